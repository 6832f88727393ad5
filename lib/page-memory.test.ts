import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OutgoingHttpHeaders } from 'node:http';
// Next's own file-system methods, as Next passes them to its cache handler.
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import { describe, expect, it, vi } from 'vitest';
import { DYNAMIC_MAX_AGE_MS, FileTagTimes, MAX_LAG_MS, MEMORY_HEADER, PageMemory, PolledTagTimes, isSearchPage, memoryKeyFor, memoryLimits, whyNotFromMemory, type DataRead, type MemoryRequest, type SentResponse, type TagTimes } from './page-memory';
import BureauCacheHandler, { FileStore, TagExpiries, observeCache, tagExpiriesFile, type CacheObserver } from './shared-cache.mjs';

const STORY = '/ru/news/posolstvo';
const TAGS = ['_N_T_/layout', `_N_T_${STORY}`, 'article-slug:ru:posolstvo', 'ticker', 'taxonomy', 'listings:ru'];

const reader = (url = STORY, headers: MemoryRequest['headers'] = {}, method = 'GET'): MemoryRequest => ({ method, url, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } });

/** A response as scripts/server.ts sees it leave for a page Next answered from its cache. */
function sent(overrides: Partial<SentResponse> & { headers?: OutgoingHttpHeaders } = {}, lastModified = 1_000_000): SentResponse {
  const body = overrides.body === undefined && 'body' in overrides ? undefined : (overrides.body ?? Buffer.from('gzip bytes of the story'));
  return {
    status: 200,
    nextCacheControl: 's-maxage=60, stale-while-revalidate=31535940',
    read: { lastModified, tags: TAGS },
    ...overrides,
    body,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'gzip',
      'content-length': body?.length,
      etag: 'W/"abc"',
      vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
      'x-nextjs-cache': 'HIT',
      'cache-control': 'public, max-age=0, s-maxage=2, stale-while-revalidate=60, stale-if-error=86400',
      'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-AAAA'",
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
      ...overrides.headers,
    },
  };
}

/** Tag times that never expire anything and are always known. */
const noTags: TagTimes = { expired: () => false, trusted: () => true };

function memoryAt(clock: { t: number }, options: { maxEntries?: number; maxBytes?: number; tagTimes?: TagTimes } = {}) {
  return new PageMemory({ tagTimes: noTags, ...options, now: () => clock.t });
}

const gzipKey = (url = STORY) => memoryKeyFor(reader(url))!;

describe('which requests may use the memory', () => {
  it("an anonymous reader's GET or HEAD of a page under a language", () => {
    expect(whyNotFromMemory(reader())).toBeNull();
    expect(whyNotFromMemory(reader('/az', {}, 'HEAD'))).toBeNull();
    expect(whyNotFromMemory(reader(`${STORY}?utm_source=x`, { cookie: 'theme=dark; _ga=1' }))).toBeNull();
  });

  it('never a write, the newsroom, the APIs or anything outside a language', () => {
    expect(whyNotFromMemory(reader(STORY, {}, 'POST'))).toBe('method');
    for (const url of ['/ru/dashboard', '/ru/dashboard/stories/4', '/ru/login', '/ru/%64ashboard']) expect(whyNotFromMemory(reader(url)), url).toBe('newsroom');
    for (const url of ['/api/search?q=x', '/_next/static/chunks/a.js', '/media/1d/x.jpg', '/', '/sitemap.xml']) expect(whyNotFromMemory(reader(url)), url).toBe('not a reader page');
    expect(whyNotFromMemory(reader(`/ru/news/${'x'.repeat(3000)}`))).toBe('long URL');
  });

  it("never a signed-in editor, Next's draft mode or a request with credentials", () => {
    expect(whyNotFromMemory(reader(STORY, { cookie: 'bureau.session_token=abc.def' }))).toBe('signed in');
    expect(whyNotFromMemory(reader(STORY, { cookie: 'theme=dark; __Secure-bureau.session_token=abc' }))).toBe('signed in');
    expect(whyNotFromMemory(reader(STORY, { cookie: '__prerender_bypass=1' }))).toBe('draft mode');
    expect(whyNotFromMemory(reader(STORY, { cookie: 'a=b; __next_preview_data=x' }))).toBe('draft mode');
    expect(whyNotFromMemory(reader(STORY, { authorization: 'Bearer x' }))).toBe('authorization header');
  });

  it("never the client router's requests, a server action or Next's revalidation", () => {
    for (const name of ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action', 'x-prerender-revalidate']) {
      expect(whyNotFromMemory(reader(STORY, { [name]: '1' })), name).toBe(`${name} header`);
    }
    expect(whyNotFromMemory(reader(`${STORY}?_rsc=1x2y`))).toBe('RSC request');
    expect(whyNotFromMemory(reader(`${STORY}?a=1&_rsc`))).toBe('RSC request');
    expect(whyNotFromMemory(reader(STORY, { 'content-type': 'multipart/form-data; boundary=x' }))).toBe('form body');
  });

  it('keys on the URL with its query and on the encoding the answer is made for', () => {
    expect(gzipKey()).toBe(`gzip ${STORY}`);
    expect(memoryKeyFor(reader(STORY, { 'accept-encoding': 'identity' }))).toBe(`identity ${STORY}`);
    expect(memoryKeyFor(reader(STORY, { 'accept-encoding': 'gzip;q=0, br' }))).toBe(`identity ${STORY}`);
    expect(memoryKeyFor({ method: 'GET', url: STORY, headers: {} })).toBe(`identity ${STORY}`);
    expect(gzipKey(`${STORY}?page=2`)).not.toBe(gzipKey());
    expect(memoryKeyFor(reader(STORY, { cookie: 'bureau.session_token=x' }))).toBeNull();
  });
});

describe('what is kept', () => {
  it("a page Next answered from its cache: replayed whole, marked, without connection headers", () => {
    const clock = { t: 1_000_500 };
    const memory = memoryAt(clock);
    expect(memory.store(gzipKey(), sent(), clock.t)).toBeNull();
    const answer = memory.answer(gzipKey(), reader())!;
    expect(answer.status).toBe(200);
    expect(answer.body?.toString()).toBe('gzip bytes of the story');
    expect(answer.headers[MEMORY_HEADER]).toBe('hit');
    expect(answer.headers['content-security-policy']).toContain("'sha256-AAAA'");
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.connection).toBeUndefined();
    // Another encoding is another entry.
    expect(memory.answer(memoryKeyFor(reader(STORY, { 'accept-encoding': 'identity' }))!, reader())).toBeUndefined();
  });

  it('HEAD gets the headers without the body; If-None-Match with the ETag gets a 304 from memory', () => {
    const clock = { t: 1_000_500 };
    const memory = memoryAt(clock);
    memory.store(gzipKey(), sent(), clock.t);
    const head = memory.answer(gzipKey(), reader(STORY, {}, 'HEAD'))!;
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
    expect(head.headers['content-length']).toBe(23);
    for (const ifNoneMatch of ['W/"abc"', '"abc"', '"other", W/"abc"', '*']) {
      const answer = memory.answer(gzipKey(), reader(STORY, { 'if-none-match': ifNoneMatch }))!;
      expect(answer.status, ifNoneMatch).toBe(304);
      expect(answer.body).toBeUndefined();
      expect(answer.headers.etag).toBe('W/"abc"');
      expect(answer.headers['cache-control']).toContain('public');
      expect(answer.headers['content-length']).toBeUndefined();
      expect(answer.headers['content-encoding']).toBeUndefined();
    }
    expect(memory.answer(gzipKey(), reader(STORY, { 'if-none-match': 'W/"old"' }))!.status).toBe(200);
  });

  it('never what Next did not answer from its cache, nor anything private, personal or per request', () => {
    const clock = { t: 1_000_500 };
    const memory = memoryAt(clock);
    const refused: [string, SentResponse][] = [
      ['status 404', sent({ status: 404 })],
      ['MISS', sent({ headers: { 'x-nextjs-cache': 'MISS' } })],
      ['STALE', sent({ headers: { 'x-nextjs-cache': 'STALE' } })],
      ['a dynamic page', sent({ headers: { 'x-nextjs-cache': undefined } })],
      ['streamed', sent({ body: undefined })],
      ['no page entry read (or several)', sent({ read: undefined })],
      ['Next says private', sent({ nextCacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' })],
      ['Next gives no s-maxage', sent({ nextCacheControl: 'public, max-age=60' })],
      ['the policy says private', sent({ headers: { 'cache-control': 'private, no-store' } })],
      ['sets a cookie', sent({ headers: { 'set-cookie': ['a=b'] } })],
      ['varies on the language', sent({ headers: { vary: 'Accept-Encoding, Accept-Language' } })],
      ['CSP with a nonce', sent({ headers: { 'content-security-policy': "script-src 'self' 'nonce-abc'" } })],
      ['no ETag', sent({ headers: { etag: undefined } })],
      ['another encoding', sent({ headers: { 'content-encoding': 'br' } })],
      ['a length that is not the body', sent({ headers: { 'content-length': 5 } })],
      ['past its revalidate time', sent({}, clock.t - 61_000)],
    ];
    for (const [what, response] of refused) {
      expect(memory.store(gzipKey(), response, clock.t), what).not.toBeNull();
      expect(memory.size, what).toBe(0);
    }
  });

  it("a signed-in editor's request neither fills the memory nor gets its answers", () => {
    // scripts/server.ts asks memoryKeyFor first: null means the memory is not used at all for the request.
    const editor = reader(STORY, { cookie: 'bureau.session_token=abc' });
    expect(memoryKeyFor(editor)).toBeNull();
  });

  it('nothing under a URL whose pages are never kept, whatever the response says', () => {
    const clock = { t: 1_000_500 };
    const memory = memoryAt(clock);
    for (const url of ['/ru/dashboard', '/ru/login?next=/ru/dashboard', '/api/search', `${STORY}?_rsc=abc`, '/']) {
      const key = memoryKeyFor(reader(url))!;
      expect(memory.store(key, sent(), clock.t), url).not.toBeNull();
      expect(memory.answer(key, reader(url)), url).toBeUndefined();
    }
    expect(memory.size).toBe(0);
  });
});

describe('bounds', () => {
  const big = (n: number) => sent({ body: Buffer.alloc(n, 1) });

  it('by count: the least recently used goes first', () => {
    const clock = { t: 1_000_500 };
    const memory = memoryAt(clock, { maxEntries: 3 });
    for (const page of ['a', 'b', 'c']) memory.store(gzipKey(`/ru/${page}`), sent(), clock.t);
    memory.answer(gzipKey('/ru/a'), reader('/ru/a'));
    memory.store(gzipKey('/ru/d'), sent(), clock.t);
    expect(memory.size).toBe(3);
    expect(memory.has(gzipKey('/ru/b'))).toBe(false);
    for (const page of ['a', 'c', 'd']) expect(memory.has(gzipKey(`/ru/${page}`)), page).toBe(true);
  });

  it('by bytes, counting headers; an entry over an eighth of the bound is not kept', () => {
    const clock = { t: 1_000_500 };
    const memory = memoryAt(clock, { maxBytes: 80_000 });
    expect(memory.store(gzipKey('/ru/huge'), big(10_001), clock.t)).toBe('too large');
    for (let i = 0; i < 10; i++) memory.store(gzipKey(`/ru/${i}`), big(9_000), clock.t);
    expect(memory.totalBytes).toBeLessThanOrEqual(80_000);
    expect(memory.size).toBeLessThan(10);
    expect(memory.has(gzipKey('/ru/9'))).toBe(true);
    expect(memory.has(gzipKey('/ru/0'))).toBe(false);
    // Storing the same key again replaces it: the bytes are counted once.
    const before = memory.totalBytes;
    memory.store(gzipKey('/ru/9'), big(9_000), clock.t);
    expect(memory.totalBytes).toBe(before);
  });

  it('from the environment: BUREAU_PAGE_MEMORY_MB megabytes, 64 by default, 0 for none', () => {
    const warn = vi.fn();
    expect(memoryLimits({}, warn)).toEqual({ maxEntries: 2_000, maxBytes: 64 * 1024 * 1024 });
    expect(memoryLimits({ BUREAU_PAGE_MEMORY_MB: '16' }, warn)).toEqual({ maxEntries: 2_000, maxBytes: 16 * 1024 * 1024 });
    expect(memoryLimits({ BUREAU_PAGE_MEMORY_MB: '0' }, warn)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(memoryLimits({ BUREAU_PAGE_MEMORY_MB: 'lots' }, warn)).toEqual({ maxEntries: 2_000, maxBytes: 64 * 1024 * 1024 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('BUREAU_PAGE_MEMORY_MB=lots'));
  });
});

describe('expiry', () => {
  it("at the page's own revalidate time, counted from what Next read, never later", () => {
    const lastModified = 1_000_000;
    const clock = { t: lastModified + 30_000 };
    const memory = memoryAt(clock);
    memory.store(gzipKey(), sent({}, lastModified), clock.t);
    clock.t = lastModified + 59_999;
    expect(memory.answer(gzipKey(), reader())?.status).toBe(200);
    clock.t = lastModified + 60_000;
    expect(memory.answer(gzipKey(), reader())).toBeUndefined();
    expect(memory.size).toBe(0);
  });

  it('without Redis: as soon as one of its tags is revalidated on this instance (the handler\'s TagExpiries)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-memory-')), 'cache', 'tags.txt');
    const expiries = new TagExpiries(file);
    const memory = new PageMemory({ tagTimes: new FileTagTimes(expiries) });
    const lastModified = Date.now() - 1_000;
    memory.store(gzipKey(), sent({}, lastModified), Date.now());
    memory.store(gzipKey('/ru/other'), sent({ read: { lastModified, tags: ['article-slug:ru:other'] } }, lastModified), Date.now());
    expiries.record(['section:ru:culture'], Date.now());
    expect(memory.answer(gzipKey(), reader())?.status, 'a tag the page does not have').toBe(200);
    expiries.record(['listings:ru'], Date.now() + 60_000);
    expect(memory.answer(gzipKey(), reader())?.status, 'an expiry still to come').toBe(200);
    expiries.record(['article-slug:ru:posolstvo'], Date.now());
    expect(memory.answer(gzipKey(), reader())).toBeUndefined();
    expect(memory.has(gzipKey())).toBe(false);
    expect(memory.answer(gzipKey('/ru/other'), reader('/ru/other'))?.status).toBe(200);
    // A page read before the revalidation, whose response ends after it, is not kept.
    expect(memory.store(gzipKey(), sent({}, lastModified), Date.now())).toBe('tags revalidated');
  });

  it("with Redis: this instance's revalidations at once, through the handler", () => {
    const clock = { t: 1_000_500 };
    const tags = new PolledTagTimes();
    const memory = memoryAt(clock, { tagTimes: tags });
    memory.store(gzipKey(), sent(), clock.t);
    tags.revalidated(['ticker'], clock.t);
    expect(memory.answer(gzipKey(), reader())).toBeUndefined();
    expect(memory.store(gzipKey(), sent(), clock.t)).toBe('tags revalidated');
    // A page read after the revalidation (newer last-modified time) is kept again.
    expect(memory.store(gzipKey(), sent({}, clock.t + 10), clock.t + 20)).toBeNull();
  });

  it("with Redis: other instances' revalidations through polled tag times; unknown for longer than a second, not answered", async () => {
    const lastModified = 1_000_000;
    const clock = { t: 1_000_500 };
    const tags = new PolledTagTimes();
    const memory = memoryAt(clock, { tagTimes: tags });
    expect(memory.store(gzipKey(), sent({}, lastModified), clock.t)).toBeNull();
    const asked: string[][] = [];
    const redis = new Map<string, string>();
    const fetchTimes = async (wanted: string[]) => (asked.push(wanted), wanted.map((tag) => redis.get(tag) ?? null));

    // Within a second of the handler's read, the entry is answered; its tags are then polled.
    clock.t += 400;
    expect(memory.answer(gzipKey(), reader())?.status).toBe(200);
    await tags.poll(fetchTimes, () => clock.t);
    expect(asked.at(-1)?.sort()).toEqual([...TAGS].sort());
    clock.t += MAX_LAG_MS - 1;
    expect(memory.answer(gzipKey(), reader())?.status, 'known from the poll').toBe(200);

    // Another instance revalidates a tag of the page: the next poll sees it and the entry goes.
    redis.set('article-slug:ru:posolstvo', String(clock.t));
    await tags.poll(fetchTimes, () => clock.t);
    expect(memory.answer(gzipKey(), reader())).toBeUndefined();
    expect(memory.has(gzipKey())).toBe(false);

    // Redis stops answering: what was known ages, and after a second the memory stops answering.
    const later = clock.t + 100;
    expect(memory.store(gzipKey(), sent({}, later), later)).toBeNull();
    clock.t = later + 200;
    expect(memory.answer(gzipKey(), reader())?.status).toBe(200);
    await expect(tags.poll(async () => Promise.reject(new Error('down')), () => clock.t)).rejects.toThrow('down');
    clock.t = later + MAX_LAG_MS + 1;
    expect(memory.answer(gzipKey(), reader())).toBeUndefined();
    expect(memory.has(gzipKey()), 'kept, only not trusted').toBe(true);
    // Redis answers again: the entry is answered after the next poll.
    await tags.poll(fetchTimes, () => clock.t);
    expect(memory.answer(gzipKey(), reader())?.status).toBe(200);
  });

  it('sweep drops entries Next would not serve fresh, and tags no entry refers to are forgotten', async () => {
    const clock = { t: 1_000_500 };
    const tags = new PolledTagTimes();
    const memory = memoryAt(clock, { tagTimes: tags });
    memory.store(gzipKey('/ru/a'), sent({ read: { lastModified: 1_000_000, tags: ['a'] } }), clock.t);
    memory.store(gzipKey('/ru/b'), sent({ read: { lastModified: 1_000_000, tags: ['b'] }, nextCacheControl: 's-maxage=3600' }), clock.t);
    memory.answer(gzipKey('/ru/a'), reader('/ru/a'));
    memory.answer(gzipKey('/ru/b'), reader('/ru/b'));
    await tags.poll(async (wanted) => wanted.map(() => null), () => clock.t);
    expect(tags.size).toBe(2);
    clock.t = 1_000_000 + 61_000;
    memory.sweep();
    expect(memory.has(gzipKey('/ru/a'))).toBe(false);
    expect(memory.has(gzipKey('/ru/b'))).toBe(true);
    expect(tags.size).toBe(1);
  });
});

describe("what the cache handler tells the server (lib/shared-cache.mjs observeCache)", () => {
  it('each read with its tags and last-modified time, each revalidation with its time, changing nothing', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-observe-'));
    const serverDistDir = path.join(root, 'server');
    fs.mkdirSync(path.join(serverDistDir, 'app'), { recursive: true });
    const saved = process.env.REDIS_URL;
    delete process.env.REDIS_URL;
    const reads: Parameters<NonNullable<CacheObserver['read']>>[0][] = [];
    const revalidations: [string[], number][] = [];
    try {
      const handler = new BureauCacheHandler({ serverDistDir, fs: nodeFs, dev: false, flushToDisk: true, revalidatedTags: [] });
      // The server reads the very tag times the handler records.
      expect((handler.store as FileStore).expiries).toBe(TagExpiries.of(tagExpiriesFile(root)));
      const entry = { kind: 'FETCH', data: { headers: {}, body: 'text', status: 200, url: '' }, revalidate: false, tags: ['article-slug:ru:x'] };
      await handler.set('k1', entry, { fetchCache: true, tags: ['article-slug:ru:x'] });
      const ctx = { kind: 'FETCH', tags: ['article-slug:ru:x'], softTags: ['_N_T_/ru/news/x'] };
      const unobserved = await handler.get('k1', ctx);
      observeCache({ read: (read) => reads.push(read), revalidated: (tags, at) => revalidations.push([tags, at]) });
      expect(await handler.get('k1', ctx)).toEqual(unobserved);
      expect(reads).toHaveLength(1);
      expect(reads[0]).toMatchObject({ key: 'k1', kind: 'FETCH', entry: { lastModified: unobserved!.lastModified } });
      expect(reads[0]!.tags.sort()).toEqual(['_N_T_/ru/news/x', 'article-slug:ru:x']);
      // A revalidation in the same millisecond as the entry would not expire it.
      await new Promise((r) => setTimeout(r, 5));
      const before = Date.now();
      await handler.revalidateTag(['article-slug:ru:x']);
      expect(revalidations).toEqual([[['article-slug:ru:x'], expect.any(Number)]]);
      expect(revalidations[0]![1]).toBeGreaterThanOrEqual(before);
      expect(await handler.get('k1', ctx)).toBeNull();
      // A data read that missed still names the tags it will be stored under: a dynamic page made of it expires with them.
      expect(reads.at(-1)).toMatchObject({ key: 'k1', entry: null });
      expect(reads.at(-1)!.tags.sort()).toEqual(['_N_T_/ru/news/x', 'article-slug:ru:x']);
      // An observer that throws changes nothing either.
      const failing = () => {
        throw new Error('observer');
      };
      observeCache({ read: failing });
      expect(await handler.get('k1', ctx)).toBeNull();
    } finally {
      observeCache(undefined);
      if (saved !== undefined) process.env.REDIS_URL = saved;
    }
  });
});

describe('the search page: a dynamic render made of tagged data reads (storeDynamic)', () => {
  const SEARCH = '/ru/search?q=%D0%BF%D0%BE%D1%81%D0%BE%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE';
  const rendered = (overrides: Partial<SentResponse> & { headers?: OutgoingHttpHeaders } = {}) =>
    sent({ read: undefined, nextCacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate', ...overrides, headers: { 'x-nextjs-cache': undefined, ...overrides.headers } });
  const reads = (lastModified = 900_000, revalidate = 300): DataRead[] => [
    { lastModified, revalidate, tags: ['search:ru', 'taxonomy'] },
    { lastModified: undefined, revalidate: 3600, tags: ['taxonomy'] },
    { lastModified, revalidate: 60, tags: ['ticker'] },
  ];

  it('only the search page under a language is such a page', () => {
    expect(isSearchPage(SEARCH)).toBe(true);
    expect(isSearchPage('/az/search')).toBe(true);
    expect(isSearchPage('/ru/news/search')).toBe(false);
    expect(isSearchPage('/ru/dashboard/search?q=x')).toBe(false);
    expect(isSearchPage('/api/search?q=x')).toBe(false);
    const clock = { t: 1_000_000 };
    expect(memoryAt(clock).storeDynamic(gzipKey(STORY), rendered(), clock.t, reads())).toBe('not a kept dynamic page');
  });

  it('is kept with the tags of all its reads, and answered until one of them is revalidated', () => {
    const clock = { t: 1_000_000 };
    const tags = new PolledTagTimes();
    const memory = memoryAt(clock, { tagTimes: tags });
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered(), clock.t - 50, reads(clock.t - 1_000, 3600))).toBeNull();
    clock.t += 500; // within a second of what was last known of its tags (MAX_LAG_MS)
    tags.revalidated(['section:ru:culture'], clock.t);
    expect(memory.answer(gzipKey(SEARCH), reader(SEARCH))?.status, 'a tag none of its reads has').toBe(200);
    tags.revalidated(['search:ru'], clock.t);
    expect(memory.answer(gzipKey(SEARCH), reader(SEARCH)), 'a story changed: the search generation is new').toBeUndefined();
    // A render that began before a revalidation is not kept.
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered(), clock.t - 10, reads(clock.t - 1_000, 3600))).toBe('tags revalidated');
  });

  it('no longer than DYNAMIC_MAX_AGE_MS, nor past the refresh time of one of its reads', () => {
    const clock = { t: 1_000_000 };
    const memory = memoryAt(clock);
    // The ticker's read (60 s, read at 900,000) is due at 960,000: already past.
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered(), clock.t, reads())).toBe('stale data');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered(), clock.t, reads(clock.t - 1_000, 3600))).toBeNull();
    clock.t += 58_000; // the ticker's read is due at 1,059,000
    expect(memory.answer(gzipKey(SEARCH), reader(SEARCH))?.status).toBe(200);
    clock.t += 1_000;
    expect(memory.answer(gzipKey(SEARCH), reader(SEARCH))).toBeUndefined();
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered(), clock.t, [{ lastModified: clock.t, revalidate: 3600, tags: ['search:ru'] }])).toBeNull();
    clock.t += DYNAMIC_MAX_AGE_MS;
    expect(memory.answer(gzipKey(SEARCH), reader(SEARCH))).toBeUndefined();
  });

  it('never with a nonce, without a policy, with a cookie, private, from no read, streamed, or not a fresh render', () => {
    const clock = { t: 1_000_000 };
    const memory = memoryAt(clock);
    const fresh = reads(clock.t, 3600);
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered({ headers: { 'content-security-policy': "script-src 'nonce-abc' 'self'" } }), clock.t, fresh)).toBe('CSP with a nonce');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered({ headers: { 'content-security-policy': undefined } }), clock.t, fresh)).toBe('no CSP');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered({ headers: { 'set-cookie': 'a=b' } }), clock.t, fresh)).toBe('sets a cookie');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered({ headers: { 'cache-control': 'private, no-store' } }), clock.t, fresh)).toBe('private');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered(), clock.t, [])).toBe('no data read');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered({ body: undefined }), clock.t, fresh)).toBe('streamed');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered({ headers: { 'x-nextjs-cache': 'HIT' } }), clock.t, fresh)).toBe('not a dynamic render');
    expect(memory.storeDynamic(gzipKey(SEARCH), rendered({ status: 400 }), clock.t, fresh)).toBe('status 400');
    expect(memory.size).toBe(0);
  });
});
