/**
 * Vitest setup of the "data" project (vitest.config.mts): gives every test file a migrated database holding the demo
 * content. Without DATABASE_URL that is an embedded PGlite in memory, fresh for each test file; with it, the
 * PostgreSQL server it names (CI points it at a fresh database; the seed does nothing once stories exist).
 * Tests only read what the seed wrote.
 *
 * The environment is set before db/client (and lib/config, which reads it once) is first imported, so the
 * database modules are imported dynamically below rather than at the top of this file.
 */
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

if (!process.env.DATABASE_URL) process.env.BUREAU_DATA_DIR = 'memory://';
// Photos rendered by the seed are kept here between runs (db/seed/seed.ts caches them by recipe).
process.env.BUREAU_MEDIA_DIR = path.resolve('.data/test-media');

beforeAll(async () => {
  const [{ migrateDatabase }, { getDb }, { seedDemoContent }] = await Promise.all([
    import('./migrate'),
    import('./client'),
    import('./seed/seed'),
  ]);
  await migrateDatabase();
  await seedDemoContent(getDb());
}, 600_000);

afterAll(async () => {
  const [{ closeDb }, { stopJobSender }] = await Promise.all([import('./client'), import('./jobs')]);
  // Scheduling a story on PostgreSQL opened the job queue's client (db/jobs.ts).
  await stopJobSender();
  await closeDb();
});
