/**
 * What an editor pulls stays pulled across a restart. Next.js keeps page bodies on disk but, without Redis, its
 * record of expired tags in memory only: after a restart an unpublished story answered 200 with its text and the
 * home page, news list, feed and sitemap listed it again (lib/shared-cache.mjs, FileStore). Each variant runs
 * `npm start`'s own starter on a database and build folder of its own: the embedded database, PostgreSQL (when
 * DATABASE_URL is set, in a database made for the test) and the embedded database with Redis (when redis-server
 * is installed). The editor unpublishes the story in the dashboard as they would; readers are anonymous requests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, watchedContext } from './test';
import postgres from 'postgres';
import { panel, saveState, signIn } from './newsroom';
import { staff } from './staff';

test.skip(({ isMobile }) => isMobile, 'a process check: the desktop project runs it');

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const builtDir = process.env.BUREAU_DIST_DIR || '.next-test';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type Site = { baseURL: string; start: () => Promise<void>; stop: () => Promise<void>; output: () => string; cleanup: () => Promise<void> };

/**
 * A site of its own: a copy of the e2e build without its page cache (servers sharing a build folder share cached
 * pages, and this one's database differs), its own data folders and port, started by scripts/start.ts.
 */
async function site(variant: { database: 'embedded' | 'postgres'; redis: boolean }): Promise<Site> {
  const name = `restart-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const root = path.join('.data', name);
  const distDir = path.join(root, 'dist');
  fs.mkdirSync(root, { recursive: true });
  fs.cpSync(builtDir, distDir, { recursive: true, filter: (source) => path.relative(builtDir, source) !== 'cache' });
  const port = 3400 + Math.floor(Math.random() * 200);
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    BUREAU_DIST_DIR: distDir,
    BUREAU_DATA_DIR: path.join(root, 'data'),
    BUREAU_MEDIA_DIR: path.join(root, 'media'),
    BUREAU_SITE_URL: baseURL,
    BUREAU_SEED_DEMO: '1',
    BUREAU_STOP_GRACE_MS: '5000',
    DATABASE_URL: '',
    REDIS_URL: '',
  };
  let dropDatabase = async () => {};
  if (variant.database === 'postgres') {
    const url = new URL(process.env.DATABASE_URL!);
    const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const database = name.replace(/-/g, '_');
    await admin.unsafe(`CREATE DATABASE "${database}"`);
    await admin.end();
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const again = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
      await again.unsafe(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await again.end();
    };
  }
  let redis: ChildProcess | undefined;
  if (variant.redis) {
    const redisPort = 3640 + Math.floor(Math.random() * 50);
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(() => listening(redisPort), 'redis-server listens', 10_000);
    env.REDIS_URL = `redis://127.0.0.1:${redisPort}/0`;
  }
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'e2e/prepare-server.ts'], { env, encoding: 'utf8' });
  if (prepared.status !== 0) throw new Error(`prepare-server failed:\n${prepared.stdout}${prepared.stderr}`);

  let output = '';
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const running = child;
    await waitFor(async () => {
      if (running.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
      return (await fetch(`${baseURL}/ru`).catch(() => null))?.status === 200;
    }, `the server answers on ${baseURL}\n${output}`);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    await waitFor(async () => !(await listening(port)), 'the port is free', 15_000);
  };
  const cleanup = async () => {
    child?.kill('SIGKILL');
    redis?.kill('SIGKILL');
    await dropDatabase().catch(() => {});
    fs.rmSync(root, { recursive: true, force: true });
  };
  return { baseURL, start, stop, output: () => output, cleanup };
}

/** What an anonymous reader (no cookies) gets. */
async function read(baseURL: string, path: string) {
  const response = await fetch(baseURL + path, { redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/** The reader's pages that list a Russian story. */
const listings = ['/ru', '/ru/news', '/ru/rss.xml', '/ru/sitemap.xml', '/az/sitemap.xml'];

async function unpublishRussian(browser: Browser, baseURL: string, title: string) {
  const context = await watchedContext(browser, { baseURL });
  const page = await context.newPage();
  await signIn(page, staff.editor);
  await page.goto('/ru/dashboard?q=' + encodeURIComponent(title));
  await page.locator('tbody a').filter({ hasText: title }).first().click();
  await expect(page).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  await page.getByRole('tab', { name: /Русский/ }).click();
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).click();
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).last().click();
  await expect(saveState(page)).toContainText('черновик');
  await context.close();
}

const variants = [
  { title: 'the embedded database', database: 'embedded', redis: false, skip: false },
  { title: 'PostgreSQL', database: 'postgres', redis: false, skip: !process.env.DATABASE_URL },
  { title: 'the embedded database with Redis', database: 'embedded', redis: true, skip: !hasRedis },
] as const;

for (const variant of variants) {
  test(`an unpublished story stays gone after a restart: ${variant.title}`, async ({ browser }) => {
    test.skip(variant.skip, 'needs DATABASE_URL (PostgreSQL) or redis-server');
    test.setTimeout(240_000);
    const bureau = await site(variant);
    try {
      await bureau.start();
      // The second story on the home page (the first is the lead, which other tests read).
      const home = await read(bureau.baseURL, '/ru');
      const storyPath = [...new Set([...home.text.matchAll(/href="(\/ru\/news\/[^"/?#]+)"/g)].map((m) => m[1]!))][1]!;
      expect(storyPath).toBeTruthy();
      const slug = storyPath.split('/').pop()!;
      // Read as readers would, twice, so every page is in the cache.
      for (let i = 0; i < 2; i++) {
        expect((await read(bureau.baseURL, storyPath)).status).toBe(200);
        for (const listing of listings) expect((await read(bureau.baseURL, listing)).text, `${listing} lists the story`).toContain(slug);
      }
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec((await read(bureau.baseURL, storyPath)).text)![1]!;

      await unpublishRussian(browser, bureau.baseURL, title.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      const gone = async (when: string) => {
        const story = await read(bureau.baseURL, storyPath);
        expect(story.status, `${when}: the story`).toBe(404);
        expect(story.text, `${when}: the story's text`).not.toContain(title);
        for (const listing of listings) expect((await read(bureau.baseURL, listing)).text, `${when}: ${listing}`).not.toContain(slug);
      };
      // No reader between the unpublish and the restart: a read would store the new pages over the old ones.
      await bureau.stop();
      await bureau.start();
      await gone('after a restart');
    } finally {
      await bureau.cleanup();
    }
  });
}
