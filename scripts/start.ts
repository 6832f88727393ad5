/**
 * npm start — the quick start, and a production start.
 * 1. Builds the app if there is no build yet, if a source file changed since (after a `git pull`), or with --build.
 * 2. Drops the data cache an older build left (dropOlderBuildsDataCache). Applies migrations; on the embedded
 *    database (no DATABASE_URL) also loads the demo content when it is empty. Both happen here, and the database
 *    is closed (its lock released) before the server opens it.
 * 3. Starts the server (scripts/server.ts: Next.js plus a check for malformed URLs) on PORT (3000 by default),
 *    forwarding signals to it; killed itself, it takes the server with it (the server stops when the channel
 *    between them closes), so no server is left running orphaned on the port.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoContent } from '@/db/seed/seed';
import { MediaStorageUnavailable } from '@/lib/media-storage';

const nextBin = path.resolve('node_modules/next/dist/bin/next');
const distDir = process.env.BUREAU_DIST_DIR || '.next';

const SOURCES = ['app', 'components', 'db', 'i18n', 'lib', 'messages', 'proxy.ts', 'next.config.ts', 'package-lock.json'];

function newestSourceTime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestSourceTime(path.join(entry, name))));
}

function needsBuild(): boolean {
  if (process.argv.includes('--build')) return true;
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestSourceTime(entry) > built);
}

/**
 * Next keeps its data cache (<distDir>/cache/fetch-cache) across builds, and a new build never reads what an older
 * one stored (db/queries/cached.ts keys every read by the build): at the first start of a build the older builds'
 * entries are dropped instead of staying on disk for ever. The pages' tag times beside it stay.
 */
function dropOlderBuildsDataCache() {
  const buildId = fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  const marker = path.join(distDir, 'cache', 'bureau-data-cache-build');
  const stored = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : null;
  if (stored === buildId) return;
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, `${buildId}\n`);
}

async function prepareDatabase() {
  await migrateDatabase();
  if (!process.env.DATABASE_URL || process.env.BUREAU_SEED_DEMO === '1') {
    try {
      const result = await seedDemoContent(getDb());
      if (result.seeded) console.log(`Demo content loaded: ${result.stories} stories, ${result.media} photos.`);
    } catch (error) {
      // The demo photos could not be stored: start without the demo content; the next start loads it.
      if (!(error instanceof MediaStorageUnavailable)) throw error;
      console.error(`Demo content not loaded: ${error.message}`);
    }
  }
  await closeDb();
}

async function main() {
  if (needsBuild()) {
    console.log('Building Bureau (on the first start, and when the sources changed)…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  dropOlderBuildsDataCache();
  await prepareDatabase();
  const port = process.env.PORT || '3000';
  console.log(`Bureau: http://localhost:${port}/ (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded database in .data/'})`);
  // A child process with the database closed here first: the server is then the only process holding it.
  // With a channel: if this process is killed (even with SIGKILL), the server sees it close and stops too.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, PORT: port, NODE_ENV: 'production' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});
