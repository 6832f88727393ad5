/**
 * Timed work: scheduled stories going live at their time, once, however many instances serve the site.
 *
 * - PostgreSQL (DATABASE_URL set): a pg-boss 10.4.2 queue (11.x needs Node 22). Each schedule adds a delayed
 *   "wake-up" job that starts at the publish time; a cron job every minute is the safety net (a wake-up lost while
 *   the queue was unreachable). Whichever instance fetches a job runs it (SKIP LOCKED): one run per job, not one
 *   per instance. The schema, queues and cron are created by the deploy step (installJobQueues, from
 *   db/migrate.ts), never at an instance's start: two instances creating the same queue at first boot
 *   deadlocked (pg-boss 10.4.2, measured with two instances on one PostgreSQL).
 * - Embedded PGlite (no DATABASE_URL): only one process can open it, so a timer in that process is already "once
 *   across instances". pg-boss is not run on PGlite: its single connection would be shared by the queue's polling
 *   and the app's transactions, for nothing gained.
 *
 * A job only says "look now": what to publish is decided by the database (publishDueVariants publishes rows still
 * 'scheduled' and due, with a conditional UPDATE), so a stale or duplicated wake-up publishes nothing twice.
 * This module opens no connection at import; the app imports it from db/queries, scripts/server.ts to run jobs.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';

export const PUBLISH_DUE_QUEUE = 'publish-due';
/** pg-boss's own queue for cron jobs, created by every instance's timekeeper unless it exists already. */
const CRON_QUEUE = '__pgboss__send-it';
/** The safety net: every minute (cron's finest grain), in case a wake-up was never queued. */
const SAFETY_NET_CRON = '* * * * *';

type Logger = Pick<Console, 'error' | 'log'>;

/** pg-boss's polling bounds: it refuses under 500 ms; over 2 s a wake-up is needlessly late. */
export function pollingIntervalMs(configured = Number(process.env.BUREAU_SCHEDULER_INTERVAL_MS || 15_000)): number {
  return Math.min(2000, Math.max(500, Number.isFinite(configured) ? configured : 2000));
}

/**
 * The wake-up job's id for a variant at a time: the same schedule saved twice is one job (pg-boss inserts with
 * ON CONFLICT DO NOTHING), and re-scheduling can cancel the old wake-up by its id. A UUID (pg-boss's id type)
 * made from a hash, shaped like a version-5 UUID.
 */
export function wakeUpId(variantId: number, at: Date): string {
  const hex = createHash('sha1').update(`bureau:publish:${variantId}:${at.toISOString()}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function newBoss(url: string, options: PgBoss.ConstructorOptions): PgBoss {
  return new PgBoss({ connectionString: url, application_name: 'bureau-jobs', ...options });
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'> = {}) {
  if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...options });
}

/**
 * Deploy step (db/migrate.ts, under an advisory lock): installs or migrates pg-boss's schema, creates the queues
 * and registers the minute cron. Idempotent.
 */
export async function installJobQueues(url: string): Promise<void> {
  const boss = newBoss(url, { max: 2, supervise: false, schedule: false, migrate: true });
  boss.on('error', () => {}); // start() and the calls below reject with the same error.
  try {
    await boss.start();
    // A wake-up that fails (the app did not answer) is tried again a few times; one that nobody finishes in a
    // minute is given up (the cron catches the story). A queued job is kept 14 days past its start time (pg-boss's
    // default), so a story scheduled months ahead keeps its wake-up.
    await ensureQueue(boss, PUBLISH_DUE_QUEUE, { policy: 'standard', retryLimit: 3, retryDelay: 5, expireInSeconds: 60 });
    await ensureQueue(boss, CRON_QUEUE);
    await boss.schedule(PUBLISH_DUE_QUEUE, SAFETY_NET_CRON, { reason: 'safety net' }, { tz: 'UTC' });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

const globalForJobs = globalThis as unknown as { bureauJobSender?: Promise<PgBoss> };

/** A queue client that only sends (no polling, no maintenance), opened on first use in the app's process. */
function sender(url: string): Promise<PgBoss> {
  globalForJobs.bureauJobSender ??= (async () => {
    const boss = newBoss(url, { max: 2, supervise: false, schedule: false, migrate: false });
    boss.on('error', (error) => console.error(`Job queue (DATABASE_URL): ${error.message}`));
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForJobs.bureauJobSender = undefined;
    throw error;
  });
  return globalForJobs.bureauJobSender;
}

/**
 * Queues the wake-up for a variant scheduled at `at`, cancelling the one for its previous time if it had one.
 * Called by the DAL right after the schedule is committed. On the embedded database it does nothing (the timer
 * looks every few seconds). It never fails the caller: if the queue cannot be reached, the minute cron publishes
 * the story (late by up to a minute), and the failure is logged.
 */
export async function queuePublishWakeUp(variantId: number, at: Date, previous: Date | null = null): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  try {
    const boss = await sender(url);
    if (previous && previous.getTime() !== at.getTime()) await boss.cancel(PUBLISH_DUE_QUEUE, wakeUpId(variantId, previous));
    await boss.send(PUBLISH_DUE_QUEUE, { variantId, at: at.toISOString() }, { id: wakeUpId(variantId, at), startAfter: at });
  } catch (error) {
    console.error(
      `Scheduled publishing: could not queue the wake-up for variant ${variantId} in PostgreSQL (DATABASE_URL): ` +
        `${error instanceof Error ? error.message : String(error)}. The minute check will publish it.`,
    );
  }
}

/**
 * Cancels the wake-up of a variant that was scheduled at `at` and no longer is (unscheduled, published by hand,
 * deleted). Never fails the caller: a wake-up left behind only finds nothing to publish.
 */
export async function cancelPublishWakeUp(variantId: number, at: Date): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  try {
    const boss = await sender(url);
    await boss.cancel(PUBLISH_DUE_QUEUE, wakeUpId(variantId, at));
  } catch (error) {
    console.error(`Scheduled publishing: could not cancel the wake-up for variant ${variantId}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** Closes the app process's queue client (tests, shutdown). */
export async function stopJobSender(): Promise<void> {
  const pending = globalForJobs.bureauJobSender;
  globalForJobs.bureauJobSender = undefined;
  const boss = await pending?.catch(() => undefined);
  await boss?.stop({ graceful: false, wait: true });
}

export type PublishDueRun = (job: { id: string; data: unknown }) => Promise<void>;

/**
 * One pg-boss worker for the publish-due queue: it polls every `pollMs`, runs cron jobs (the timekeeper) and
 * pg-boss's maintenance, like every other instance; pg-boss makes sure each job runs on one of them. A job whose
 * `run` throws is retried (the queue's retryLimit). Rejects if the database cannot be reached.
 */
export async function startJobWorker(url: string, run: PublishDueRun, pollMs = pollingIntervalMs()): Promise<PgBoss> {
  const boss = newBoss(url, { max: 3, migrate: false });
  boss.on('error', (error) => console.error(`Job queue (DATABASE_URL): ${error.message}`));
  try {
    await boss.start();
    await boss.work(PUBLISH_DUE_QUEUE, { pollingIntervalSeconds: pollMs / 1000, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await run({ id: job.id, data: job.data });
    });
    return boss;
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
}

/**
 * The server's timed work (scripts/server.ts): a pg-boss worker on PostgreSQL, started again every 30 s until the
 * database answers (the site keeps serving meanwhile); on the embedded database a timer every
 * BUREAU_SCHEDULER_INTERVAL_MS. `run` publishes what is due (the server calls its own publish-due route, so the
 * cache is expired inside Next).
 */
export function startTimedWork(run: () => Promise<void>, log: Logger = console): { stop: () => Promise<void> } {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const every = Number(process.env.BUREAU_SCHEDULER_INTERVAL_MS || 15_000);
    let running = false;
    const timer = setInterval(() => {
      if (running) return; // a slow run is not piled on
      running = true;
      run()
        .catch(() => {
          // The next tick tries again.
        })
        .finally(() => (running = false));
    }, every);
    timer.unref();
    return { stop: async () => clearInterval(timer) };
  }
  const retryMs = Number(process.env.BUREAU_JOBS_RETRY_MS || 30_000);
  let worker: PgBoss | undefined;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = () => {
    startJobWorker(url, () => run())
      .then(async (boss) => {
        worker = boss;
        if (stopped) await boss.stop({ graceful: false });
        else log.log('Scheduled publishing: job queue started (pg-boss on DATABASE_URL).');
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        const hint = /not installed|requires migrations/.test(reason) ? ' Run `npm run db:migrate` (or `npm start`, which does).' : '';
        log.error(
          `Scheduled publishing is paused: the job queue in PostgreSQL (DATABASE_URL) cannot start: ${reason}.${hint} ` +
            `The site keeps serving; trying again in ${Math.round(retryMs / 1000)} s.`,
        );
        if (!stopped) retry = setTimeout(attempt, retryMs);
      });
  };
  attempt();
  return {
    // A job running now finishes (up to 10 s) instead of waiting out its expiry on another instance.
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await worker?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
