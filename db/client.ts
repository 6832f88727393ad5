/**
 * The one place that picks the database driver.
 * - DATABASE_URL set: postgres.js to that PostgreSQL server (production, CI).
 * - unset: the embedded PGlite in .data/pglite (or in memory with BUREAU_DATA_DIR=memory://), guarded by a
 *   lock so that a second process gets a clear error instead of silently losing writes.
 * Only db/queries, db/seed and the CLI scripts import this module.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { pgliteDir } from '@/lib/config';
import { acquirePgliteLock } from './pglite-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Handle = { db: Db; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { bureauDb?: Handle };

function open(): Handle {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    // `next build` runs several workers; none of them may open the embedded database (STACK.md).
    throw new Error('The database is not available during `next build`: reader pages render on request.');
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const sql = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      connect_timeout: 5,
      idle_timeout: 30,
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres(sql, { schema }) as unknown as Db,
      kind: 'postgres',
      close: () => sql.end({ timeout: 5 }),
    };
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
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The process-wide database handle, opened on first use. */
export function getDb(): Db {
  globalForDb.bureauDb ??= open();
  return globalForDb.bureauDb.db;
}

export function databaseKind(): 'postgres' | 'pglite' {
  globalForDb.bureauDb ??= open();
  return globalForDb.bureauDb.kind;
}

/** Closes the handle (and releases the embedded database's lock). For CLI scripts and tests. */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.bureauDb;
  globalForDb.bureauDb = undefined;
  await handle?.close();
}
