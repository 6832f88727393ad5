/** Applies the committed drizzle-kit migrations with the driver db/client picked, then the data steps. */
import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { databaseKind, getDb } from './client';
import { fillMissingPlaceholders } from './fill-placeholders';
import { installJobQueues } from './jobs';

/** Advisory lock key of the migration step on PostgreSQL: two deploy steps running at once take turns. */
const MIGRATION_LOCK = 7_460_201;

export const migrationsFolder = path.resolve(process.env.BUREAU_MIGRATIONS_DIR || 'db/migrations');

export async function migrateDatabase(): Promise<void> {
  const db = getDb();
  if (databaseKind() === 'pglite') {
    await migratePglite(db as Parameters<typeof migratePglite>[0], { migrationsFolder });
  } else {
    // Two instances started at once (`npm start` migrates) take turns: drizzle's migrator has no lock of its own,
    // and the second failed on CREATE TABLE. The lock is held by this transaction while the migrator and pg-boss
    // work on their own connections.
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      await migratePostgres(db as Parameters<typeof migratePostgres>[0], { migrationsFolder });
      // pg-boss's schema, queues and cron (db/jobs.ts): created here, at deploy, not by each instance at its
      // start (two instances creating the same queue at first boot deadlocked in pg-boss).
      await installJobQueues(process.env.DATABASE_URL!);
    });
  }
  // Data that SQL cannot compute (it needs the stored files): idempotent, so it runs on every start.
  const placeholders = await fillMissingPlaceholders();
  if (placeholders.filled) console.log(`Placeholders made for ${placeholders.filled} photo(s).`);
}
