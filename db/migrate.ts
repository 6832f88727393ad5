/** Applies the committed drizzle-kit migrations with the driver db/client picked, then the data steps. */
import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { databaseKind, getDb } from './client';
import { fillMissingPlaceholders } from './fill-placeholders';

export const migrationsFolder = path.resolve(process.env.BUREAU_MIGRATIONS_DIR || 'db/migrations');

export async function migrateDatabase(): Promise<void> {
  const db = getDb();
  if (databaseKind() === 'pglite') {
    await migratePglite(db as Parameters<typeof migratePglite>[0], { migrationsFolder });
  } else {
    await migratePostgres(db as Parameters<typeof migratePostgres>[0], { migrationsFolder });
  }
  // Data that SQL cannot compute (it needs the stored files): idempotent, so it runs on every start.
  const placeholders = await fillMissingPlaceholders();
  if (placeholders.filled) console.log(`Placeholders made for ${placeholders.filled} photo(s).`);
}
