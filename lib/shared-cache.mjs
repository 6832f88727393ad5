// @ts-check
/**
 * Next.js's cache (ISR pages and `unstable_cache` reads, db/queries/cached.ts) shared by every instance through
 * Redis when REDIS_URL is set, so a publish on one instance expires the pages of all of them (issue 7).
 * Without REDIS_URL, and while `next build` runs, it is Next's own file-system cache, unchanged: one build runs
 * either way. next.config.ts names this file as `cacheHandler`; Next imports it at run time without compiling it,
 * hence plain JavaScript (types: shared-cache.d.mts).
 *
 * Written on `@redis/client` (node-redis's core, without the modules of the `redis` bundle) rather than
 * `@trieb.work/nextjs-turbo-redis-cache` 1.18.0, which was measured: that library waits up to 30 s for its
 * tag maps when Redis is unreachable at start, queues commands while disconnected, and needs keyspace
 * notifications (a CONFIG command managed Redis services often refuse). Here:
 *
 * - An entry is one Redis string `{prefix}e:{key}`: JSON of { lastModified, tags, cacheControl, value } (Buffers and
 *   Maps inside a page encoded). The prefix carries the build id: instances of another build never read it.
 * - `revalidateTag` writes each tag's time into one hash `{prefix}tags`; `get` reads an entry's tags there and
 *   treats it as a miss when one was revalidated after the entry was made. No local tag map to keep in sync,
 *   so every instance sees a revalidation on its next read. Next's stale-while-revalidate profiles
 *   (`revalidateTag(tag, 'max')`) are treated as immediate expiry: Bureau only expires at once anyway.
 * - A render that read the database before a publish and stores its result after it would keep the old story
 *   under a newer time: `set` does not store an entry one of whose tags was revalidated in the last
 *   SET_GUARD_MS. The next reader renders again and stores it.
 * - Redis down or slow never fails or holds a request: commands are not queued while disconnected, each one has
 *   a deadline (REDIS_CACHE_TIMEOUT_MS, 250 ms), and after a failure the cache is skipped for BACKOFF_MS. A miss
 *   means Next renders the page, as without a cache. Revalidations made while Redis was away are written when
 *   it answers again, so no instance keeps a page older than a publish.
 *
 * Without Redis, Next's file-system cache keeps page bodies on disk but its record of revalidated tags in memory
 * only: after a restart an unpublished story answered 200 again, listed on the home page and in the sitemap
 * (issue 14). FileStore is that cache plus the tag times written to a file beside it (TagExpiries), read at start
 * and checked on every read.
 *
 * Bureau's server keeps whole pages in memory in front of Next (lib/page-memory.ts) and must drop each one exactly
 * when Next's cache would: observeCache() lets it see, without changing anything here, each page read (the entry,
 * its last-modified time and the tags it depends on) and each revalidation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@redis/client';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/** @type {any} */
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule;

const TIMEOUT_MS = Number(process.env.REDIS_CACHE_TIMEOUT_MS || 250);
const BACKOFF_MS = 2_000;
const SET_GUARD_MS = 2_000;
/** Redis keeps an entry this long when Next gives no expiry (a `revalidate: false` page). */
const DEFAULT_TTL_S = 14 * 24 * 3600;
const STATE = Symbol.for('bureau.shared-cache');
const TAG_FILES = Symbol.for('bureau.tag-expiries');
const OBSERVER = Symbol.for('bureau.shared-cache.observer');

/**
 * @typedef {{
 *   read?: (read: { key: string; kind: string | undefined; entry: { lastModified?: number; value?: any } | null; tags: string[]; revalidate: number | undefined }) => void;
 *   revalidated?: (tags: string[], at: number) => void;
 * }} CacheObserver
 */

/**
 * Installs the one observer of this process (kept on globalThis: Next and scripts/server.ts may each load this
 * module). It is told of every read through the handler (the entry Next gets, or null, and the tags a
 * revalidation of which expires it) and of every revalidation (the tags and the time they expire), before the
 * store records it. It only watches: what the cache returns and stores is the same with or without it, and an
 * observer that throws is ignored.
 * @param {CacheObserver | undefined} observer
 */
export function observeCache(observer) {
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[OBSERVER] = observer;
}

/** The observer's listener for `event`, if one listens. @param {'read' | 'revalidated'} event */
function listener(event) {
  const observer = /** @type {Record<symbol, CacheObserver | undefined>} */ (/** @type {unknown} */ (globalThis))[OBSERVER];
  return /** @type {((...args: any[]) => void) | undefined} */ (observer?.[event]);
}

/** Tells the observer, if one listens; what it does never reaches the cache. @param {'read' | 'revalidated'} event @param {() => unknown[]} args */
function tell(event, args) {
  const listen = listener(event);
  if (!listen) return;
  try {
    listen(...args());
  } catch {
    // Only watching: the cache works the same without it.
  }
}

/**
 * Whether REDIS_URL can be used at all: a redis:// or rediss:// URL. A malformed one is reported at start
 * (scripts/server.ts) and the instance keeps its own cache instead of failing.
 * @param {string} url
 */
export function isRedisUrl(url) {
  try {
    return ['redis:', 'rediss:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The URL as printed: without a password. */
export function displayUrl(/** @type {string} */ url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable REDIS_URL)';
  }
}

/**
 * The connection state of one process, kept on globalThis: Next creates a cache handler per request, and this
 * module may be loaded once by scripts/server.ts and once by Next.
 * @param {string} url
 */
export function sharedConnection(url, log = console) {
  const g = /** @type {Record<symbol, Map<string, Connection>>} */ (/** @type {unknown} */ (globalThis));
  const all = (g[STATE] ??= new Map());
  let connection = all.get(url);
  if (!connection) {
    connection = new Connection(url, log);
    all.set(url, connection);
  }
  return connection;
}

class Connection {
  /** @param {string} url @param {Pick<Console, 'log' | 'error'>} log */
  constructor(url, log) {
    this.url = url;
    this.log = log;
    /** Revalidations Redis has not taken yet: tag → time. */
    /** @type {Map<string, number>} */
    this.pendingTags = new Map();
    this.skipUntil = 0;
    this.down = false;
    this.client = createClient({
      url,
      // A command while disconnected fails at once instead of waiting for the connection (a hung request).
      disableOfflineQueue: true,
      // A half-open connection (Redis host gone) is noticed by the ping, not by a reader.
      pingInterval: 5_000,
      socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    });
    this.client.on('error', (/** @type {Error} */ error) => this.markDown(error));
    this.client.on('ready', () => {
      if (this.down) this.log.log(`Shared cache: Redis at ${displayUrl(url)} answers again.`);
      this.down = false;
      this.skipUntil = 0;
      void this.flushPendingTags();
    });
    this.connecting = this.client.connect().then(
      () => true,
      (/** @type {Error} */ error) => (this.markDown(error), false),
    );
  }

  /** @param {Error} error */
  markDown(error) {
    this.skipUntil = Date.now() + BACKOFF_MS;
    if (this.down) return;
    this.down = true;
    const reason = /** @type {{ code?: string }} */ (error).code ?? error.message;
    this.log.error(
      `Shared cache: Redis at REDIS_URL=${displayUrl(this.url)} is unreachable (${reason}). ` +
        'Pages render without the shared cache until it answers; retrying in the background.',
    );
  }

  /** Whether a command is worth sending now. */
  usable() {
    return this.client.isReady && Date.now() >= this.skipUntil;
  }

  /**
   * A command with a deadline: its failure or lateness turns into `fallback` and a short pause of the cache.
   * @template T @param {() => Promise<T>} command @param {T} fallback @returns {Promise<T>}
   */
  async run(command, fallback) {
    if (!this.usable()) return fallback;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    try {
      return await Promise.race([
        command(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error(`no answer in ${TIMEOUT_MS} ms`), { code: 'TIMEOUT' })), TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      this.markDown(/** @type {Error} */ (error));
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Writes the revalidations made while Redis was away, keeping their times. */
  async flushPendingTags() {
    if (this.pendingTags.size === 0) return;
    const entries = [...this.pendingTags];
    const key = this.tagsKeyForFlush;
    if (!key) return;
    const ok = await this.run(async () => (await this.client.hSet(key, Object.fromEntries(entries.map(([t, at]) => [t, String(at)]))), true), false);
    if (ok) for (const [tag, at] of entries) if (this.pendingTags.get(tag) === at) this.pendingTags.delete(tag);
  }

  /** Waits up to `ms` for the first connection; true when Redis answered. */
  async ready(ms = 1_500) {
    if (this.client.isReady) return true;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const late = new Promise((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    const result = await Promise.race([this.connecting, late]);
    clearTimeout(timer);
    return Boolean(result) && this.client.isReady;
  }

  /** @type {string | undefined} */
  tagsKeyForFlush;
}

/** JSON.stringify calls Buffer's toJSON before a replacer sees the value: look at the holder's own property. */
function replacer(/** @type {string} */ key, /** @type {unknown} */ value) {
  // @ts-expect-error `this` is the holder object JSON.stringify passes to a replacer function.
  const original = /** @type {unknown} */ (this[key]);
  if (Buffer.isBuffer(original)) return { __buffer: original.toString('base64') };
  if (original instanceof Map) return { __map: [...original] };
  return value;
}

function reviver(/** @type {string} */ _key, /** @type {any} */ value) {
  if (value && typeof value === 'object') {
    if (typeof value.__buffer === 'string') return Buffer.from(value.__buffer, 'base64');
    if (Array.isArray(value.__map)) return new Map(value.__map);
  }
  return value;
}

export const serialize = (/** @type {unknown} */ entry) => JSON.stringify(entry, replacer);
export const deserialize = (/** @type {string} */ text) => JSON.parse(text, reviver);

/** The tags Next attaches to a stored value: a page's or route's header, a fetch's context. */
function tagsOf(/** @type {any} */ data, /** @type {any} */ ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const header = data?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

/**
 * Every tag a revalidation of which makes a read entry stale, as the stores check them: the page's own header,
 * the context's tags and soft tags, and a fetch entry's tags. Exported for lib/page-memory.ts's observer.
 * @param {any} entry @param {any} ctx
 */
export function tagsOfRead(entry, ctx) {
  const value = entry?.value;
  return [...new Set([...tagsOf(value, ctx), ...(ctx?.softTags ?? []), ...(Array.isArray(value?.tags) ? value.tags : [])])];
}

function ttlSeconds(/** @type {any} */ data, /** @type {any} */ ctx) {
  const expire = ctx?.cacheControl?.expire;
  if (typeof expire === 'number' && Number.isFinite(expire) && expire > 0) return Math.ceil(expire);
  const revalidate = ctx?.cacheControl?.revalidate ?? ctx?.revalidate ?? data?.revalidate;
  // A fetch entry is kept past its revalidate time, so Next can serve it stale while it refreshes it.
  if (typeof revalidate === 'number' && revalidate > 0) return Math.min(DEFAULT_TTL_S, Math.ceil(revalidate * 10));
  return DEFAULT_TTL_S;
}

/** The store behind the handler when REDIS_URL is set. Exported for its tests. */
export class RedisStore {
  /** @param {Connection} connection @param {string} prefix */
  constructor(connection, prefix) {
    this.connection = connection;
    this.prefix = prefix;
    this.tagsKey = `${prefix}tags`;
    connection.tagsKeyForFlush = this.tagsKey;
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const { client } = this.connection;
    const text = await this.connection.run(() => client.get(`${this.prefix}e:${key}`), null);
    if (!text) return null;
    let entry;
    try {
      entry = deserialize(text);
    } catch {
      return null;
    }
    const tags = [...new Set([...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
    if (tags.length > 0) {
      const times = await this.connection.run(() => client.hmGet(this.tagsKey, tags), undefined);
      // Without the tag times the entry may be outdated: a miss, not a guess.
      if (!times) return null;
      if (times.some((at) => at !== null && Number(at) > entry.lastModified)) return null;
    }
    for (const [tag, at] of this.connection.pendingTags) if (tags.includes(tag) && at > entry.lastModified) return null;
    return { lastModified: entry.lastModified, value: entry.value, ...(entry.cacheControl ? { cacheControl: entry.cacheControl } : {}) };
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const { client } = this.connection;
    const now = Date.now();
    const tags = tagsOf(data, ctx);
    if (tags.length > 0) {
      const times = await this.connection.run(() => client.hmGet(this.tagsKey, tags), undefined);
      if (!times || times.some((at) => at !== null && Number(at) > now - SET_GUARD_MS)) return;
    }
    const entry = { lastModified: now, tags, cacheControl: ctx?.cacheControl, value: data };
    await this.connection.run(() => client.set(`${this.prefix}e:${key}`, serialize(entry), { EX: ttlSeconds(data, ctx) }), null);
  }

  /** @param {string | string[]} tagOrTags */
  async revalidateTag(tagOrTags) {
    const tags = [tagOrTags].flat();
    if (tags.length === 0) return;
    const at = Date.now();
    for (const tag of tags) this.connection.pendingTags.set(tag, at);
    await this.connection.flushPendingTags();
  }
}

/**
 * The times tags were revalidated, kept in a file so they outlive the process: one line `{time} {tag}` appended
 * (and flushed to disk) before revalidateTag returns, so an unpublish an editor was told about survives a crash
 * right after it. Read once per process; rewritten with one line per tag when it holds many repeats.
 * Exported for its tests.
 */
export class TagExpiries {
  /** @param {string} file */
  constructor(file) {
    this.file = file;
    /** @type {Map<string, number>} */
    this.times = new Map();
    this.lines = 0;
    try {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        const space = line.indexOf(' ');
        const at = Number(line.slice(0, space));
        if (space <= 0 || !Number.isFinite(at)) continue;
        const tag = line.slice(space + 1);
        this.lines++;
        if (at > (this.times.get(tag) ?? -Infinity)) this.times.set(tag, at);
      }
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
  }

  /** One per tags file per process: Next makes a handler per request. @param {string} file */
  static of(file) {
    const g = /** @type {Record<symbol, Map<string, TagExpiries>>} */ (/** @type {unknown} */ (globalThis));
    const all = (g[TAG_FILES] ??= new Map());
    let expiries = all.get(file);
    if (!expiries) all.set(file, (expiries = new TagExpiries(file)));
    return expiries;
  }

  /** @param {string[]} tags @param {number} at when they expire (now, or later for a delayed expiry) */
  record(tags, at) {
    // Tags are Bureau's and Next's path tags: a line break in one would split its line.
    const clean = tags.filter((tag) => tag && !/[\r\n]/.test(tag));
    if (clean.length === 0) return;
    for (const tag of clean) if (at > (this.times.get(tag) ?? -Infinity)) this.times.set(tag, at);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    if (this.lines + clean.length > 2 * this.times.size + 1_000) {
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeDurably(temporary, 'w', [...this.times].map(([tag, time]) => `${time} ${tag}\n`).join(''));
      fs.renameSync(temporary, this.file);
      this.lines = this.times.size;
    } else {
      writeDurably(this.file, 'a', clean.map((tag) => `${at} ${tag}\n`).join(''));
      this.lines += clean.length;
    }
  }

  /** Whether one of `tags` expired after `lastModified` (and is expired by now). @param {string[]} tags @param {number} lastModified */
  expired(tags, lastModified) {
    const now = Date.now();
    return tags.some((tag) => {
      const at = this.times.get(tag);
      return at !== undefined && at > lastModified && at <= now;
    });
  }
}

/** @param {string} file @param {'a' | 'w'} flags @param {string} text */
function writeDurably(file, flags, text) {
  const fd = fs.openSync(file, flags);
  try {
    fs.writeSync(fd, text);
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The file of a build's tag times (TagExpiries), for FileStore and for anyone reading them in the same process.
 * @param {string} [distDir] the build folder; BUREAU_DIST_DIR or .next by default
 */
export function tagExpiriesFile(distDir) {
  return path.resolve(distDir ?? (process.env.BUREAU_DIST_DIR || '.next'), 'cache', 'bureau-tag-expiries.txt');
}

/** Next's file-system cache with tag revalidations that outlive a restart (TagExpiries). */
export class FileStore extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx);
    this.expiries = TagExpiries.of(tagExpiriesFile(ctx?.serverDistDir ? path.dirname(ctx.serverDistDir) : undefined));
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (!data) return data;
    const tags = [...tagsOf(data.value, ctx), ...(ctx?.softTags ?? []), ...(Array.isArray(data.value?.tags) ? data.value.tags : [])];
    return this.expiries.expired(tags, data.lastModified ?? 0) ? null : data;
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = [tags].flat();
    // updateTag (no durations) and `{ expire: 0 }` expire at once; a longer `expire` after so many seconds. A
    // stale-only profile is recorded as at once, as RedisStore treats it: Bureau only expires at once.
    this.expiries.record(list, Date.now() + (durations?.expire ?? 0) * 1000);
    return super.revalidateTag(tags, durations);
  }
}

function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  const distDir = serverDistDir ? path.dirname(serverDistDir) : process.env.BUREAU_DIST_DIR || '.next';
  try {
    return fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unbuilt';
  }
}

/**
 * The prefix of this build's keys in Redis (its tag times are the hash `{prefix}tags`).
 * @param {string} [serverDistDir] the build's server folder; BUREAU_DIST_DIR/server by default
 */
export function redisPrefix(serverDistDir) {
  return `bureau:${buildIdOf(serverDistDir)}:`;
}

/** A rendered page or route whose answer is 404. Exported for its tests. @param {any} data */
export function isNotFoundPage(data) {
  return (data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE' || data?.kind === 'PAGES') && data.status === 404;
}

/** Next's cache handler: Redis when REDIS_URL is set at run time, otherwise Next's file-system cache (FileStore). */
export default class BureauCacheHandler {
  /** @param {any} ctx */
  constructor(ctx) {
    const url = process.env.REDIS_URL;
    if (url && isRedisUrl(url) && process.env.NEXT_PHASE !== 'phase-production-build') {
      this.store = new RedisStore(sharedConnection(url), redisPrefix(ctx?.serverDistDir));
    } else {
      this.store = new FileStore(ctx);
    }
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = await this.store.get(key, ctx);
    // A data read's tags are known even on a miss (its context names them); a page's only from its entry.
    const kind = ctx?.kind ?? entry?.value?.kind;
    tell('read', () => [{ key, kind, entry, tags: entry || kind === 'FETCH' ? tagsOfRead(entry, ctx) : [], revalidate: typeof ctx?.revalidate === 'number' ? ctx.revalidate : undefined }]);
    return entry;
  }

  /**
   * Not a page that answered 404: every distinct missing path would be an entry (files under
   * `.next/server/route-cache`, or a Redis key), never cleaned. A 404 is rendered each time instead.
   * @param {string} key @param {any} data @param {any} ctx
   */
  async set(key, data, ctx) {
    if (isNotFoundPage(data)) return;
    return this.store.set(key, data, ctx);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  revalidateTag(tags, durations) {
    // The time each store records: RedisStore expires at once, FileStore after `expire` seconds (0 by default).
    tell('revalidated', () => [[tags].flat(), Date.now() + (this.store instanceof RedisStore ? 0 : (durations?.expire ?? 0) * 1000)]);
    return this.store.revalidateTag(tags, durations);
  }

  resetRequestCache() {
    this.store.resetRequestCache?.();
  }
}
