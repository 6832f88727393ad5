/** npm run db:seed — migrates, then loads the demo content into an empty database (does nothing otherwise). */
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoContent } from '@/db/seed/seed';

async function main() {
  await migrateDatabase();
  const started = Date.now();
  const result = await seedDemoContent(getDb());
  console.log(
    result.seeded
      ? `Demo content loaded: ${result.stories} stories, ${result.media} photos (${((Date.now() - started) / 1000).toFixed(1)} s).`
      : 'The database already has stories: demo content not loaded.',
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
