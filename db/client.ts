/**
 * The one place that picks the database driver.
 * - DATABASE_URL set: postgres.js to that PostgreSQL server (production, CI).
 * - unset: the embedded PGlite in .data/pglite (or in memory with BUREAU_DATA_DIR=memory://), guarded by a
 *   lock so that a second process gets a clear error instead of silently losing writes.
 * Only db/queries, db/seed and the CLI scripts import this module.
 *
 * Read replicas (DATABASE_REPLICA_URLS, PostgreSQL only). The rule, in two functions:
 * - `getDb()` is the primary, always: every write, every dashboard read, sign-in and sessions (db/auth.ts),
 *   anything read right after a write. Code that does not think about replicas gets the primary.
 * - A replica is used only inside `readFromReplica(read)`, which db/queries/cached.ts wraps around every public
 *   reader read it caches (articles, listings, feeds, search, most read, the ticker); those reads take their
 *   handle from `getReaderDb()`, which is the replica inside that scope and the primary anywhere else (the
 *   newsroom's preview calls the same story loader, unscoped, so it reads the primary).
 * Replication lag: a cached page is re-filled right after a publish expires it, possibly on another instance,
 * and a replica that has not replayed the publish yet would put the old text back in the cache for up to an
 * hour. So before each fill `readFromReplica` asks the primary how far its WAL is flushed (one trivial query)
 * and uses the replica only once it has replayed that far, waiting up to REPLICA_WAIT_MS; else the fill reads
 * the primary. Whatever committed before the fill began (the publish that expired it) is therefore seen.
 * A replica that fails (down, refusing, not a standby) is left alone for REPLICA_RETRY_MS, with a log line
 * naming DATABASE_REPLICA_URLS; a read that fails on a replica runs again on the primary, so readers never
 * see the replica's failure.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { pgliteDir } from '@/lib/config';
import { displayDatabaseUrl, REPLICA_SETTING, usableReplicaUrls, warnReplicasIgnored } from '@/lib/replica-urls';
import { acquirePgliteLock } from './pglite-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Replica = {
  label: string;
  sql: postgres.Sql;
  db: Db;
  /** Highest WAL position this replica was seen to have replayed (it only grows). */
  replayed: bigint;
  /** While Date.now() is below this, reads skip the replica. */
  downUntil: number;
  down: boolean;
};

type Handle = {
  db: Db;
  kind: 'postgres' | 'pglite';
  close: () => Promise<void>;
  /** postgres.js client of the primary (PostgreSQL only): asked for its WAL position before replica reads. */
  primarySql?: postgres.Sql;
  replicas: Replica[];
};

/** How long a cache fill waits for a replica to replay what the primary has flushed before reading the primary. */
export const REPLICA_WAIT_MS = 1000;
/** How long a failed replica is left alone before reads try it again. */
export const REPLICA_RETRY_MS = 5000;

/** Seconds to wait before the next connection try after `retries` failures: 0.05, 0.1, 0.2 … at most 1. */
export function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.05 * 2 ** Math.max(0, retries - 1), 1);
}

/** PostgreSQL error classes that mean "the database cannot answer now", not "this statement is wrong". */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3])/;
const UNAVAILABLE_CODES = new Set(['READ_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * Whether an error (or one it wraps: Drizzle wraps the driver's) says the database is unreachable or refusing
 * connections: a write during an outage answers "unavailable, try again" instead of failing as a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  }
  return false;
}

const globalForDb = globalThis as unknown as { bureauDb?: Handle };

function open(): Handle {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    // `next build` runs several workers; none of them may open the embedded database (one process at a time).
    throw new Error('The database is not available during `next build`: reader pages render on request.');
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    // A malformed replica URL is told here, naming the setting, and left out.
    const replicaUrls = usableReplicaUrls(process.env[REPLICA_SETTING]);
    const poolSize = Number(process.env.DATABASE_POOL_SIZE || 10);
    const sql = postgres(url, {
      max: poolSize,
      // During an outage a request waits at most this long for a connection, then gets the 503 page.
      connect_timeout: 3,
      // Between tries after a failed connection: postgres.js's own backoff grows to 20 s, so saves resumed up to
      // 7 s after PostgreSQL was back. 50 ms doubling to at most 1 s.
      backoff: reconnectDelaySeconds,
      idle_timeout: 30,
      onnotice: () => {},
    });
    const replicas = replicaUrls.map((replicaUrl): Replica => {
      const replicaSql = postgres(replicaUrl, {
        max: Number(process.env.DATABASE_REPLICA_POOL_SIZE || poolSize),
        // A replica that does not answer quickly costs readers time: the primary can answer instead.
        connect_timeout: 2,
        backoff: reconnectDelaySeconds,
        idle_timeout: 30,
        onnotice: () => {},
        connection: { application_name: 'bureau-reader' },
      });
      return {
        label: displayDatabaseUrl(replicaUrl),
        sql: replicaSql,
        db: drizzlePostgres(replicaSql, { schema }) as unknown as Db,
        replayed: 0n,
        downUntil: 0,
        down: false,
      };
    });
    return {
      db: drizzlePostgres(sql, { schema }) as unknown as Db,
      kind: 'postgres',
      close: async () => {
        await Promise.all([sql.end({ timeout: 5 }), ...replicas.map((r) => r.sql.end({ timeout: 5 }))]);
      },
      primarySql: sql,
      replicas,
    };
  }
  if (process.env[REPLICA_SETTING]?.trim()) {
    warnReplicasIgnored();
  }
  const release = pgliteDir === 'memory://' ? () => {} : acquirePgliteLock(pgliteDir);
  try {
    // pg_trgm: typo-tolerant search (migration 0005 creates the extension).
    const client = new PGlite({ ...(pgliteDir === 'memory://' ? {} : { dataDir: pgliteDir }), extensions: { pg_trgm } });
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
      replicas: [],
    };
  } catch (error) {
    release();
    throw error;
  }
}

function handle(): Handle {
  globalForDb.bureauDb ??= open();
  return globalForDb.bureauDb;
}

/** The primary: for every write, every newsroom read, sessions, and any read that must see a write just made. */
export function getDb(): Db {
  return handle().db;
}

export function databaseKind(): 'postgres' | 'pglite' {
  return handle().kind;
}

const readerScope = new AsyncLocalStorage<Db>();

/**
 * The handle for public reader reads: inside `readFromReplica` a caught-up replica (or the primary when there is
 * none), anywhere else the primary. Only reader modules (articles, listings, feeds, search, readership's public
 * reads) call it; newsroom modules call getDb().
 */
export function getReaderDb(): Db {
  return readerScope.getStore() ?? getDb();
}

/**
 * Runs a public read (a cache fill) with getReaderDb() bound to a replica that has replayed everything the primary
 * had flushed when the call began. Without replicas, or when none is up and caught up within REPLICA_WAIT_MS,
 * the read runs on the primary; a read that fails on a replica runs again on the primary. `read` must only read.
 */
export async function readFromReplica<T>(read: () => Promise<T>): Promise<T> {
  const h = handle();
  if (h.kind !== 'postgres') return readFromReplicaOrPrimary(h, read);
  // Just given up on: the next reads fail at once for a moment rather than each waiting out the deadline again
  // (a page makes several reads; each took the full time in turn).
  if (Date.now() < readsFailUntil) return Promise.reject(Object.assign(new Error('The database did not answer just now.'), { code: 'READ_TIMEOUT' }));
  return within(READ_TIMEOUT_MS, readFromReplicaOrPrimary(h, read)).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'READ_TIMEOUT') readsFailUntil = Date.now() + READ_PAUSE_MS;
    throw error;
  });
}

let readsFailUntil = 0;
const READ_PAUSE_MS = 2000;

/**
 * How long a public read may take on PostgreSQL before the reader gets the "temporarily unavailable" page
 * (BUREAU_READ_TIMEOUT_MS, 3 s): a database that hangs (a frozen host, a full pool) would otherwise hold every
 * request until TCP gives up. The query itself goes on; only the reader stops waiting.
 */
export const READ_TIMEOUT_MS = Number(process.env.BUREAU_READ_TIMEOUT_MS || 3000);

/** `promise`, or a rejection with code READ_TIMEOUT (isDatabaseUnavailable) after `ms`. */
export function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`The database did not answer within ${ms} ms.`), { code: 'READ_TIMEOUT' })), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function readFromReplicaOrPrimary<T>(h: Handle, read: () => Promise<T>): Promise<T> {
  if (h.replicas.length === 0) return read();
  const replica = await caughtUpReplica(h);
  if (replica) {
    try {
      return await readerScope.run(replica.db, read);
    } catch (error) {
      if (isConnectionError(error)) markDown(replica, error);
      else console.warn(`Read replica ${replica.label} (${REPLICA_SETTING}): a read failed (${describe(error)}); reading from the primary.`);
    }
  }
  return readerScope.run(h.db, read);
}

/** Which server answered through getReaderDb() here, for the tests and for diagnosing lag. */
export async function readerServer(): Promise<{ port: number; replica: boolean }> {
  const rows = await getReaderDb().execute<{ port: number; replica: boolean }>(sql`select inet_server_port() as port, pg_is_in_recovery() as replica`);
  const [row] = Array.isArray(rows) ? rows : (rows as { rows: { port: number; replica: boolean }[] }).rows;
  return { port: Number(row!.port), replica: Boolean(row!.replica) };
}

let nextReplica = 0;

async function caughtUpReplica(h: Handle): Promise<Replica | null> {
  const now = Date.now();
  const up = h.replicas.filter((r) => r.downUntil <= now);
  if (up.length === 0) return null;
  const replica = up[nextReplica++ % up.length]!;
  let target: bigint;
  try {
    // Flushed, not merely written: a committed transaction (synchronous_commit on) is flushed before it returns.
    const [row] = await h.primarySql!<{ lsn: string }[]>`select pg_current_wal_flush_lsn()::text as lsn`;
    target = parseLsn(row!.lsn);
  } catch {
    // The primary does not answer: nothing can be published meanwhile, so the replica is as fresh as it gets.
    return replica;
  }
  const deadline = Date.now() + REPLICA_WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 50)) {
    if (replica.replayed >= target) return replica;
    try {
      const [row] = await replica.sql<{ standby: boolean; lsn: string | null }[]>`
        select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as lsn`;
      if (!row?.standby || !row.lsn) {
        markDown(replica, new Error('it is not a standby (pg_is_in_recovery() is false)'));
        return null;
      }
      if (replica.down) {
        replica.down = false;
        console.log(`Read replica ${replica.label} (${REPLICA_SETTING}) answers again.`);
      }
      const replayed = parseLsn(row.lsn);
      if (replayed > replica.replayed) replica.replayed = replayed;
    } catch (error) {
      markDown(replica, error);
      return null;
    }
    if (replica.replayed >= target) return replica;
    if (Date.now() + delay > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

function markDown(replica: Replica, error: unknown) {
  replica.downUntil = Date.now() + REPLICA_RETRY_MS;
  if (replica.down) return;
  replica.down = true;
  console.warn(
    `Read replica ${replica.label} (${REPLICA_SETTING}) is unavailable: ${describe(error)}. ` +
      `Reading from the primary; trying it again every ${REPLICA_RETRY_MS / 1000} s.`,
  );
}

/** "16/B374D848" → a number that orders like the WAL position. */
function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
]);

/** A failure of the connection rather than of the query (drizzle wraps the driver's error in `cause`). */
function isConnectionError(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    // 08: connection exception; 57P0x: the server is shutting down or starting.
    if (CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[1-4]$/.test(code)) return true;
  }
  return false;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const inner = cause instanceof Error ? cause : error;
  return inner instanceof Error ? inner.message : String(inner);
}

/** Closes the handle (and releases the embedded database's lock). For CLI scripts and tests. */
export async function closeDb(): Promise<void> {
  const current = globalForDb.bureauDb;
  globalForDb.bureauDb = undefined;
  await current?.close();
}
