/**
 * Scheduled publishing across several servers (db/jobs.ts): on PostgreSQL, two pg-boss workers (as two instances
 * would run) share the queue; a scheduled story goes live once, at its time, and re-scheduling or deleting it
 * leaves nothing to fire at the old time. Needs DATABASE_URL: the embedded database has one process and a timer.
 */
import { and, eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { PUBLISH_DUE_QUEUE, startJobWorker, wakeUpId } from '../jobs';
import * as s from '../schema';
import { as, signedInAccount, type TestAccount } from '../test-sessions';
import { createStory, deleteStory } from './stories';
import { publishDueVariants, scheduleVariant } from './publishing';

const url = process.env.DATABASE_URL;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!url)('scheduled publishing with two servers (pg-boss)', () => {
  let editor: TestAccount;
  const workers: PgBoss[] = [];
  /** Which worker ran which wake-up job. */
  const runs: { worker: number; jobId: string; data: unknown }[] = [];

  beforeAll(async () => {
    editor = await signedInAccount('editor');
    for (const worker of [1, 2]) {
      workers.push(
        await startJobWorker(
          url!,
          async (job) => {
            runs.push({ worker, jobId: job.id, data: job.data });
            await publishDueVariants();
          },
          500,
        ),
      );
    }
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop({ graceful: false, wait: true })));
  });

  async function newStory(title: string) {
    const created = await as(editor, () => createStory({ category: 'society', title }));
    if (!created.ok) throw new Error(created.error);
    const [variant] = await getDb()
      .select({ id: s.articleTranslations.id })
      .from(s.articleTranslations)
      .where(and(eq(s.articleTranslations.articleId, created.id), eq(s.articleTranslations.locale, 'ru')));
    return { id: created.id, variantId: variant!.id };
  }

  const variantRow = async (variantId: number) =>
    (await getDb().select().from(s.articleTranslations).where(eq(s.articleTranslations.id, variantId)))[0];

  const publishAudits = (id: number) =>
    getDb().select().from(s.auditLog).where(and(eq(s.auditLog.action, 'publish'), eq(s.auditLog.subject, `article:${id}:ru`)));

  it('a story scheduled for a time goes live once, soon after that time, on one of the two', async () => {
    const story = await newStory('Выйдет в назначенное время');
    const at = new Date(Date.now() + 2500);
    expect(await as(editor, () => scheduleVariant(story.id, 'ru', at))).toMatchObject({ ok: true });
    // Saving the same schedule again (a double click) queues no second wake-up.
    expect(await as(editor, () => scheduleVariant(story.id, 'ru', at))).toMatchObject({ ok: true });

    await sleep(1000);
    expect((await variantRow(story.variantId))!.status).toBe('scheduled');

    const deadline = Date.now() + 20_000;
    while ((await variantRow(story.variantId))!.status !== 'published' && Date.now() < deadline) await sleep(200);
    const published = (await variantRow(story.variantId))!;
    expect(published.status).toBe('published');
    expect(published.publishedAt).toEqual(at);
    // Not before its time; by its wake-up (within seconds), not by the minute cron's next turn.
    expect(published.updatedAt.getTime()).toBeGreaterThanOrEqual(at.getTime());
    expect(published.updatedAt.getTime()).toBeLessThan(at.getTime() + 10_000);

    await sleep(1500); // time for a second worker to (wrongly) run it too
    expect(await publishAudits(story.id)).toHaveLength(1);
    const wakeUps = runs.filter((r) => (r.data as { variantId?: number } | null)?.variantId === story.variantId);
    expect(wakeUps).toHaveLength(1);
    expect(wakeUps[0]!.jobId).toBe(wakeUpId(story.variantId, at));
    const job = await workers[0]!.getJobById(PUBLISH_DUE_QUEUE, wakeUpId(story.variantId, at));
    expect(job?.state).toBe('completed');
  });

  it('re-scheduled to later, a story does not go live at its old time; its old wake-up is cancelled', async () => {
    const story = await newStory('Перенесённый материал');
    const first = new Date(Date.now() + 2000);
    const later = new Date(Date.now() + 3600_000);
    await as(editor, () => scheduleVariant(story.id, 'ru', first));
    await as(editor, () => scheduleVariant(story.id, 'ru', later));

    await sleep(first.getTime() - Date.now() + 3000);
    expect(await variantRow(story.variantId)).toMatchObject({ status: 'scheduled', publishedAt: later });
    expect(await publishAudits(story.id)).toHaveLength(0);
    expect((await workers[0]!.getJobById(PUBLISH_DUE_QUEUE, wakeUpId(story.variantId, first)))?.state).toBe('cancelled');
    const next = await workers[0]!.getJobById(PUBLISH_DUE_QUEUE, wakeUpId(story.variantId, later));
    expect(next).toMatchObject({ state: 'created', startAfter: later });
    // Even a stale wake-up that fired anyway publishes nothing early: the row decides.
    await publishDueVariants(new Date(first.getTime() + 1000));
    expect((await variantRow(story.variantId))!.status).toBe('scheduled');
  });

  it('a scheduled story deleted before its time: its wake-up is cancelled, and nothing is published', async () => {
    const story = await newStory('Удалённый до выхода');
    const at = new Date(Date.now() + 1500);
    await as(editor, () => scheduleVariant(story.id, 'ru', at));
    expect(await as(editor, () => deleteStory(story.id))).toMatchObject({ ok: true });

    const job = await workers[0]!.getJobById(PUBLISH_DUE_QUEUE, wakeUpId(story.variantId, at));
    expect(job?.state).toBe('cancelled');
    await sleep(at.getTime() - Date.now() + 2500); // past its time: a cancelled wake-up never runs
    expect(runs.filter((r) => (r.data as { variantId?: number } | null)?.variantId === story.variantId)).toHaveLength(0);
    expect(await publishAudits(story.id)).toHaveLength(0);
  });
});
