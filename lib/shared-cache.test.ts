/**
 * The shared cache against a real redis-server this file starts on its own port (REDIS_TEST_PORT, 3638): entries
 * and tags seen from a second connection as another instance would, and what happens when Redis stops answering
 * (killed, or frozen with SIGSTOP) and comes back.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
// Next's own file-system methods (what Next passes its cache handler), its cache and its record of expired tags.
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BureauCacheHandler, { FileStore, RedisStore, TagExpiries, deserialize, isNotFoundPage, isRedisUrl, serialize, sharedConnection } from './shared-cache.mjs';

const port = Number(process.env.REDIS_TEST_PORT || 3638);
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const quiet = { log: () => {}, error: () => {} };
let server: ChildProcess | undefined;

async function startRedis() {
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() === 'PONG') return;
    await sleep(100);
  }
  throw new Error(`redis-server did not start on port ${port}`);
}

async function stopRedis() {
  if (!server) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill('SIGKILL');
  await exited;
  server = undefined;
}

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(50);
  }
}

/** Two connections to the same database, as two instances of the site have. */
const urlA = `redis://127.0.0.1:${port}/7`;
const urlB = `redis://localhost:${port}/7`;

describe('without Redis, tag revalidations written to a file', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-tags-'));

  it('outlive the process: a new reader of the file still sees the page as expired', () => {
    const file = path.join(dir(), 'cache', 'tags.txt');
    const made = Date.now() - 10_000;
    new TagExpiries(file).record(['article-slug:ru:pulled', '_N_T_/ru'], Date.now());
    const afterRestart = new TagExpiries(file);
    expect(afterRestart.expired(['home:ru', 'article-slug:ru:pulled'], made)).toBe(true);
    expect(afterRestart.expired(['_N_T_/ru'], made)).toBe(true);
    // A page made after the revalidation, and a page with other tags, are fresh.
    expect(afterRestart.expired(['article-slug:ru:pulled'], Date.now() + 1)).toBe(false);
    expect(afterRestart.expired(['home:az'], made)).toBe(false);
  });

  it('keep the latest time of each tag when the file is rewritten, and a delayed expiry only counts once due', () => {
    const file = path.join(dir(), 'tags.txt');
    const expiries = new TagExpiries(file);
    for (let i = 0; i < 1_500; i++) expiries.record(['home:ru', `article-slug:ru:s${i % 10}`], 1_000 + i);
    expiries.record(['feeds:ru'], Date.now() + 60_000);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThan(1_200);
    const reread = new TagExpiries(file);
    expect(reread.times.get('home:ru')).toBe(2_499);
    expect(reread.times.get('article-slug:ru:s9')).toBe(2_499);
    expect(reread.expired(['home:ru'], 2_498)).toBe(true);
    expect(reread.expired(['home:ru'], 2_499)).toBe(false);
    expect(reread.expired(['feeds:ru'], 0)).toBe(false);
  });

  it('is the store of the handler, and drops a stored page whose tag a previous process revalidated', async () => {
    const root = dir();
    const serverDistDir = path.join(root, 'server');
    fs.mkdirSync(path.join(serverDistDir, 'app'), { recursive: true });
    const saved = process.env.REDIS_URL;
    delete process.env.REDIS_URL;
    try {
      const ctx = { serverDistDir, fs: nodeFs, dev: false, flushToDisk: true, revalidatedTags: [] };
      const handler = new BureauCacheHandler(ctx);
      expect(handler.store).toBeInstanceOf(FileStore);
      const entry = { kind: 'FETCH', data: { headers: {}, body: 'old text', status: 200, url: '' }, revalidate: false, tags: ['article-slug:ru:pulled'] };
      await handler.set('k1', entry, { fetchCache: true, tags: ['article-slug:ru:pulled'] });
      const read = (h: BureauCacheHandler) => h.get('k1', { kind: 'FETCH', tags: ['article-slug:ru:pulled'], softTags: [] });
      expect((await read(handler))?.value).toMatchObject({ data: { body: 'old text' } });
      await sleep(5);
      await handler.revalidateTag('article-slug:ru:pulled');
      expect(await read(handler)).toBeNull();
      // What a restart leaves: the entry on disk, no memory (Next's record of expired tags, this module's state).
      tagsManifest.clear();
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('bureau.tag-expiries')];
      const plain = new FileSystemCache(ctx as unknown as ConstructorParameters<typeof FileSystemCache>[0]);
      expect((await plain.get('k1', { kind: 'FETCH' as never, tags: ['article-slug:ru:pulled'], softTags: [] }))?.value, 'Next alone serves it again').toBeTruthy();
      expect(await read(new BureauCacheHandler(ctx))).toBeNull();
    } finally {
      if (saved !== undefined) process.env.REDIS_URL = saved;
    }
  });
});

describe('pages that answered 404', () => {
  it('are never stored: one entry per missing path would grow without end', () => {
    expect(isNotFoundPage({ kind: 'APP_PAGE', status: 404, html: '' })).toBe(true);
    expect(isNotFoundPage({ kind: 'APP_ROUTE', status: 404 })).toBe(true);
    expect(isNotFoundPage({ kind: 'APP_PAGE', status: 200 })).toBe(false);
    expect(isNotFoundPage({ kind: 'APP_PAGE' })).toBe(false);
    expect(isNotFoundPage({ kind: 'FETCH', data: { status: 404 } })).toBe(false);
    expect(isNotFoundPage(null)).toBe(false);
  });
});

describe('a malformed REDIS_URL', () => {
  it('is told apart from a usable one, and leaves the instance its own cache instead of failing', () => {
    expect(isRedisUrl('redis://127.0.0.1:6379/1')).toBe(true);
    expect(isRedisUrl('rediss://:secret@cache.internal:6380')).toBe(true);
    for (const bad of ['127.0.0.1:6379', 'http://cache:6379', 'redis//x', '']) expect(isRedisUrl(bad), bad).toBe(false);
    const saved = process.env.REDIS_URL;
    process.env.REDIS_URL = 'cache.internal:6379';
    try {
      const handler = new BureauCacheHandler({ serverDistDir: '/nonexistent/server', fs: undefined });
      expect(handler.store).not.toBeInstanceOf(RedisStore);
    } finally {
      if (saved === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = saved;
    }
  });
});

describe.skipIf(!hasRedis)('shared cache on Redis', () => {
  beforeAll(async () => {
    await startRedis();
    await Promise.all([sharedConnection(urlA, quiet).ready(), sharedConnection(urlB, quiet).ready()]);
  });
  afterAll(async () => {
    if (server) server.kill('SIGCONT');
    await sharedConnection(urlA).client.quit().catch(() => {});
    await sharedConnection(urlB).client.quit().catch(() => {});
    await stopRedis();
  });

  const prefix = `test:${Date.now()}:`;
  const a = () => new RedisStore(sharedConnection(urlA, quiet), prefix);
  const b = () => new RedisStore(sharedConnection(urlB, quiet), prefix);
  const page = (html: string) => ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`rsc ${html}`),
    segmentData: new Map([['/_index', Buffer.from('segment')]]),
    headers: { 'x-next-cache-tags': 'story:1,_N_T_/ru/news/one' },
    status: 200,
  });
  const pageCtx = { cacheControl: { revalidate: 3600, expire: 31536000 } };

  it('keeps Buffers and Maps of a page through JSON', () => {
    const value = page('<p>one</p>');
    expect(deserialize(serialize({ value }))).toEqual({ value });
  });

  it('serves on one instance what another stored, in the database of the URL', async () => {
    await a().set('/ru/news/one', page('<p>one</p>'), pageCtx);
    const entry = await b().get('/ru/news/one', { kind: 'APP_PAGE' });
    expect(entry?.value).toEqual(page('<p>one</p>'));
    expect(entry?.cacheControl).toEqual(pageCtx.cacheControl);
    const db7 = spawnSync('redis-cli', ['-p', String(port), '-n', '7', 'exists', `${prefix}e:/ru/news/one`]).stdout.toString().trim();
    expect(db7).toBe('1');
  });

  it("expires on every instance an entry whose tag one of them revalidated, and a fetch's tags from its context", async () => {
    await a().set('fetch-key', { kind: 'FETCH', data: { body: 'x' }, revalidate: 3600 }, { tags: ['home:ru'] });
    expect(await b().get('fetch-key', { kind: 'FETCH', tags: ['home:ru'], softTags: [] })).not.toBeNull();
    await sleep(5);
    await a().revalidateTag(['story:1']);
    expect(await b().get('/ru/news/one', { kind: 'APP_PAGE' })).toBeNull();
    await a().revalidateTag('_N_T_/ru');
    expect(await b().get('fetch-key', { kind: 'FETCH', tags: ['home:ru'], softTags: ['_N_T_/ru'] })).toBeNull();
  });

  it('does not store a render that may have read the database before a revalidation of its tags', async () => {
    await a().revalidateTag('story:2');
    await b().set('/ru/news/two', { ...page('<p>old</p>'), headers: { 'x-next-cache-tags': 'story:2' } }, pageCtx);
    expect(await a().get('/ru/news/two', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('answers a miss at once while Redis is down, and applies revalidations made meanwhile when it is back', async () => {
    await a().set('/ru/news/three', { ...page('<p>three</p>'), headers: { 'x-next-cache-tags': 'story:3' } }, pageCtx);
    await sleep(5);
    await stopRedis();
    await until(() => !sharedConnection(urlA).usable());
    const started = performance.now();
    expect(await a().get('/ru/news/three', { kind: 'APP_PAGE' })).toBeNull();
    await a().set('/ru/news/four', page('<p>four</p>'), pageCtx);
    await a().revalidateTag('story:3');
    expect(performance.now() - started).toBeLessThan(50);

    await startRedis();
    // Redis kept nothing (no disk), so store again what instance B had before the outage.
    await until(() => sharedConnection(urlB).client.isReady && sharedConnection(urlA).client.isReady, 10_000);
    await until(() => sharedConnection(urlB).usable() && sharedConnection(urlA).pendingTags.size === 0, 10_000);
    const old = JSON.stringify({ lastModified: Date.now() - 60_000, tags: ['story:3'], value: page('<p>three</p>') });
    await sharedConnection(urlB).client.set(`${prefix}e:/ru/news/three`, old);
    expect(await b().get('/ru/news/three', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('gives up on a frozen Redis within the deadline, then skips it without waiting', async () => {
    await a().set('/ru/news/five', page('<p>five</p>'), pageCtx);
    server!.kill('SIGSTOP');
    try {
      let started = performance.now();
      expect(await a().get('/ru/news/five', { kind: 'APP_PAGE' })).toBeNull();
      expect(performance.now() - started).toBeLessThan(600);
      started = performance.now();
      expect(await a().get('/ru/news/five', { kind: 'APP_PAGE' })).toBeNull();
      expect(performance.now() - started).toBeLessThan(20);
    } finally {
      server!.kill('SIGCONT');
    }
  });
});
