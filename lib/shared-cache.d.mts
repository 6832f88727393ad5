/** Types of lib/shared-cache.mjs (plain JavaScript: Next imports it at run time without compiling it). */
import type { RedisClientType } from '@redis/client';

type Log = Pick<Console, 'log' | 'error'>;

export declare class Connection {
  readonly url: string;
  readonly client: RedisClientType;
  readonly pendingTags: Map<string, number>;
  down: boolean;
  usable(): boolean;
  /** Waits up to `ms` for the first connection; true when Redis answered. */
  ready(ms?: number): Promise<boolean>;
}

export declare function displayUrl(url: string): string;
/** A redis:// or rediss:// URL. */
export declare function isRedisUrl(url: string): boolean;
export declare function sharedConnection(url: string, log?: Log): Connection;
export declare function serialize(entry: unknown): string;
export declare function deserialize(text: string): unknown;

export type Entry = { lastModified: number; value: unknown; cacheControl?: { revalidate: number | false; expire?: number } };

export declare class RedisStore {
  constructor(connection: Connection, prefix: string);
  get(key: string, ctx: { tags?: string[]; softTags?: string[] } | Record<string, unknown>): Promise<Entry | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}

/** Tag revalidation times kept in a file, so a restart does not bring expired pages back. */
export declare class TagExpiries {
  constructor(file: string);
  readonly file: string;
  /** Tag → the latest time it expires (or expired). */
  readonly times: Map<string, number>;
  /** One per file per process (kept on globalThis), shared with FileStore. */
  static of(file: string): TagExpiries;
  record(tags: string[], at: number): void;
  expired(tags: string[], lastModified: number): boolean;
}

/** Next's file-system cache plus TagExpiries. */
export declare class FileStore {
  constructor(ctx: unknown);
  readonly expiries: TagExpiries;
  get(key: string, ctx: unknown): Promise<Entry | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}

/** What observeCache() is told: it only watches, the cache behaves the same without it. */
export type CacheObserver = {
  /**
   * A read through the handler: its key, what is read (Next's kind: APP_PAGE, APP_ROUTE, FETCH…), the entry Next
   * gets (null: none, or expired) and the tags a revalidation of which expires it.
   */
  read?: (read: { key: string; kind: string | undefined; entry: { lastModified?: number; value?: unknown } | null; tags: string[]; revalidate: number | undefined }) => void;
  /** A revalidation, before the store records it: the tags and the time they expire (ms since the epoch). */
  revalidated?: (tags: string[], at: number) => void;
};

/** Installs the observer of this process (one, on globalThis), or removes it with undefined. */
export declare function observeCache(observer: CacheObserver | undefined): void;
/** Every tag a revalidation of which makes a read entry stale, as the stores check them. */
export declare function tagsOfRead(entry: unknown, ctx: unknown): string[];
/** The file of a build's tag times (BUREAU_DIST_DIR or .next by default). */
export declare function tagExpiriesFile(distDir?: string): string;
/** The prefix of a build's keys in Redis; its tag times are the hash `{prefix}tags`. */
export declare function redisPrefix(serverDistDir?: string): string;

/** A rendered page or route whose answer is 404: never stored. */
export declare function isNotFoundPage(data: unknown): boolean;

export default class BureauCacheHandler {
  /** Redis (REDIS_URL set and usable) or Next's own file-system cache. */
  readonly store: RedisStore | FileStore;
  constructor(ctx: unknown);
  get(key: string, ctx: unknown): Promise<Entry | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
