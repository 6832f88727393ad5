/**
 * Read replicas (DATABASE_REPLICA_URLS) against a real streaming replica of the local cluster on port 5434
 * (scripts/replica.ts: pg_basebackup -R, about 15 s the first time; reused when one already runs there).
 * The replica replicates the whole cluster, so it holds this run's database too. PostgreSQL only: skipped, with
 * the reason, without DATABASE_URL or where a replica cannot be made (not root, no server binaries).
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureReplica, pauseReplica, replicaUnavailableReason, stopReplica } from '@/scripts/replica';
import { readFromReplica, readerServer } from '../client';
import { as, signedInAccount } from '../test-sessions';
import { getHomePage, getStoryBySlug } from './articles';
import { createStory, getStoryForEditing, saveVariant } from './stories';
import { setVariantStatus } from './publishing';

const REPLICA_PORT = 5434;
const primaryUrl = process.env.DATABASE_URL;

function skipReason(): string | null {
  if (!primaryUrl) return 'needs PostgreSQL (set DATABASE_URL)';
  const url = new URL(primaryUrl);
  if (!['127.0.0.1', 'localhost'].includes(url.hostname) || (url.port || '5432') !== '5432') {
    return 'DATABASE_URL is not the local cluster at 127.0.0.1:5432';
  }
  return replicaUnavailableReason();
}

const reason = skipReason();
const replicaUrl = (() => {
  if (reason) return '';
  const url = new URL(primaryUrl!);
  url.hostname = '127.0.0.1';
  url.port = String(REPLICA_PORT);
  return url.toString();
})();
// Before db/test-setup.ts opens the database in its beforeAll (db/client.ts reads the setting when it opens).
const previousSetting = process.env.DATABASE_REPLICA_URLS;
if (!reason) process.env.DATABASE_REPLICA_URLS = replicaUrl;
else console.log(`db/queries/replicas.test.ts skipped: ${reason}.`);

/** A direct connection to the replica, as an operator would look at it. */
async function onReplica<T extends postgres.Row>(text: string, params: postgres.ParameterOrJSON<never>[] = []): Promise<T[]> {
  const sql = postgres(replicaUrl, { max: 1, onnotice: () => {} });
  try {
    return await sql.unsafe<T[]>(text, params);
  } finally {
    await sql.end({ timeout: 2 });
  }
}

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe.skipIf(reason !== null)('read replicas (DATABASE_REPLICA_URLS)', () => {
  beforeAll(async () => {
    await ensureReplica(REPLICA_PORT);
  }, 300_000);

  afterAll(() => {
    stopReplica(REPLICA_PORT);
    if (previousSetting === undefined) delete process.env.DATABASE_REPLICA_URLS;
    else process.env.DATABASE_REPLICA_URLS = previousSetting;
  });

  it('sends reader reads to the replica and everything else to the primary', async () => {
    expect(await readFromReplica(() => readerServer())).toEqual({ port: REPLICA_PORT, replica: true });
    // Outside a reader fill (newsroom modules, the preview, anything unscoped) it is the primary.
    expect(await readerServer()).toEqual({ port: 5432, replica: false });

    // A real reader page: its queries ran on the replica's reader connections (their last query is kept there).
    const home = await getHomePage('ru');
    expect(home.lead).toBeTruthy();
    const [row] = await onReplica<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where application_name = 'bureau-reader' and datname = current_database() and query ilike '%article_translations%'`,
    );
    expect(row!.n).toBeGreaterThan(0);
  });

  it('reads the newsroom\'s own writes at once, and readers see a publish even while the replica lags', async () => {
    // Replay stopped: the replica lags as far behind as it gets. Sign-in (a write, then session reads), saves and
    // the editor's reads all go to the primary, so none of it notices.
    await onReplica('select pg_wal_replay_pause()');
    try {
      const editor = await signedInAccount('editor');
      const created = await as(editor, () => createStory({ category: 'society', title: 'Реплика отстаёт' }));
      if (!created.ok) throw new Error(created.error);
      const slug = `replika-otstayot-${created.id}`;
      const saved = await as(editor, () => saveVariant(created.id, 'ru', { title: 'Реплика отстаёт', lead: 'Лид.', body: doc('Текст.'), slug }, 1));
      expect(saved).toMatchObject({ ok: true });
      expect((await as(editor, () => getStoryForEditing(created.id)))?.variants.ru).toMatchObject({ slug, revision: 2 });
      expect(await as(editor, () => setVariantStatus(created.id, 'ru', 'publish'))).toMatchObject({ ok: true, status: 'published' });

      // The replica has not got the story…
      const [missing] = await onReplica<{ n: number }>(`select count(*)::int as n from article_translations where slug = $1`, [slug]);
      expect(missing!.n).toBe(0);
      // …yet the page a reader asks for right after the publish (the cache fill) has it: the fill waited for the
      // replica, then read the primary.
      const lookup = await getStoryBySlug('ru', slug);
      expect(lookup.kind).toBe('story');

      await onReplica('select pg_wal_replay_resume()');
      // Caught up again, the replica answers the same.
      expect(await readFromReplica(() => readerServer())).toEqual({ port: REPLICA_PORT, replica: true });
      expect((await getStoryBySlug('ru', slug)).kind).toBe('story');
    } finally {
      await onReplica('select pg_wal_replay_resume()').catch(() => {});
    }
  });

  it('keeps answering readers from the primary while the replica is down, and says so naming the setting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      // Warm the reader pool first, so the stop leaves it holding dead connections, the harder case.
      expect(await readFromReplica(() => readerServer())).toMatchObject({ port: REPLICA_PORT });
      pauseReplica(REPLICA_PORT);
      const home = await getHomePage('ru');
      expect(home.lead).toBeTruthy();
      expect(await readFromReplica(() => readerServer())).toEqual({ port: 5432, replica: false });
      expect((await getStoryBySlug('ru', 'no-such-story')).kind).toBe('notFound');
      expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(/DATABASE_REPLICA_URLS.*unavailable/);
    } finally {
      warn.mockRestore();
    }
  });
});
