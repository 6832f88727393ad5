/**
 * The shared cache against a real redis-server this file starts on its own port (REDIS_TEST_PORT, 3638): entries
 * and tags seen from a second connection as another instance would, and what happens when Redis stops answering
 * (killed, or frozen with SIGSTOP) and comes back.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BureauCacheHandler, { RedisStore, deserialize, isRedisUrl, serialize, sharedConnection } from './shared-cache.mjs';

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
