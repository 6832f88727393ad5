/** npm run db:migrate — applies the committed migrations to DATABASE_URL, or to the embedded database. */
import { closeDb, databaseKind } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

async function main() {
  await migrateDatabase();
  console.log(`Migrations applied (${databaseKind()}).`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
