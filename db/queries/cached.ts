/**
 * Wraps a read in Next.js's data cache with tags. Outside a Next.js server (vitest, CLI scripts) there is no
 * cache to use, so the read runs directly: tests exercise exactly the query the site runs.
 *
 * Results pass through JSON in the cache, so cached reads return plain data (dates as ISO strings).
 *
 * Both wrappers are for public reader reads only, and run them through readFromReplica (db/client.ts): with
 * DATABASE_REPLICA_URLS set, a fill reads a replica that has replayed everything committed before it began, so a
 * page refilled right after a publish never caches the text from before it. Newsroom reads are never cached here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { unstable_cache } from 'next/cache';
import { readFromReplica } from '../client';

/**
 * The build's id, part of every cached read's key. Next keys unstable_cache by the function's source and the key
 * parts only, and keeps its data cache (<distDir>/cache) across builds: without the build in the key, a new version
 * read the results an older one had stored, in their older shape (a front page without its top stories broke
 * every page after an upgrade).
 */
let buildId: string | undefined;
function currentBuild(): string {
  if (buildId === undefined) {
    try {
      buildId = fs.readFileSync(path.join(process.env.BUREAU_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      buildId = 'unbuilt';
    }
  }
  return buildId;
}

/** Carries a result out of unstable_cache without letting it be stored (a throw is never cached). */
class NotStored<Result> {
  constructor(readonly result: Result) {}
}

/**
 * `options.stored` says which results are kept: by default everything but `null`, the "no such thing" of a read
 * keyed by a slug from the URL. Each kept result is a file in Next's cache (or a Redis entry), so a result for
 * an address nothing exists at would give every distinct missing slug one, never cleaned (issue 14: 5,000
 * requests for missing stories made 5,000 files). Such a lookup reads the database each time instead: it is one
 * indexed query, and the page it leads to (a 404) is not stored either.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
  options: { revalidate?: number; stored?: (result: Result) => boolean } = {},
): (...args: Args) => Promise<Result> {
  const stored = options.stored ?? ((result: Result) => result !== null);
  return async (...args: Args) => {
    if (!process.env.NEXT_RUNTIME) return readFromReplica(() => read(...args));
    const fill = async () => {
      const result = await readFromReplica(() => read(...args));
      if (!stored(result)) throw new NotStored(result);
      return result;
    };
    try {
      return await unstable_cache(fill, [name, currentBuild(), JSON.stringify(args)], {
        tags: tagsFor(...args),
        // Tags revalidate on publish; the hour is a safety net for anything changed behind the portal's back.
        // Reads that change without a publish (most read, the ticker's expiry) pass a shorter time.
        revalidate: options.revalidate ?? 3600,
      })();
    } catch (error) {
      if (error instanceof NotStored) return error.result as Result;
      throw error;
    }
  };
}

/**
 * Keeps recent results of a read whose arguments vary without bound (search queries: anything a reader types) in a
 * bounded in-memory LRU, instead of Next.js's data cache, which would write every distinct query to disk.
 *
 * An entry is valid while `generation` gives the same value. Pass a `cachedRead` tagged with what expires the
 * results (e.g. cacheTags.search): a publish expires the tag, the next call gets a new generation, and every
 * instance sharing the Next.js cache (REDIS_URL) stops using its old entries together. Concurrent calls for one
 * key wait for the same read. `ttlMs` bounds how long an entry lives whatever happens.
 */
export function memoizedRead<Args extends unknown[], Result extends object>(
  read: (...args: Args) => Promise<Result>,
  options: {
    key: (...args: Args) => string;
    generation: (...args: Args) => Promise<string>;
    maxEntries: number;
    maxBytes: number;
    ttlMs: number;
  },
): { (...args: Args): Promise<Result>; clear(): void } {
  const cache = new LRUCache<string, Result, { args: Args }>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    // UTF-16 code units of the JSON form: close enough to bound the memory the entries take.
    sizeCalculation: (value) => Math.max(1, JSON.stringify(value).length * 2),
    ttl: options.ttlMs,
    fetchMethod: (_key, _stale, { context }) => readFromReplica(() => read(...context.args)),
  });
  const memoized = async (...args: Args) => {
    const key = `${await options.generation(...args)}\u0000${options.key(...args)}`;
    const result = await cache.fetch(key, { context: { args } });
    // fetch() gives undefined only when the fetch is aborted, which nothing here does.
    return result ?? readFromReplica(() => read(...args));
  };
  return Object.assign(memoized, { clear: () => cache.clear() });
}
