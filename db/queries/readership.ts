/**
 * What readers read, and what the newsroom flags as breaking.
 * - Views are counted per story, language and day, without anything about the reader (see story_views), and
 *   one reader counts once per story, language and day: the rest of their readings are not counted, so a script
 *   cannot push a story up "most read" (30 beacons in 1.8 s counted 30 before).
 * - "Most read" ranks the published stories of one language over the last day or week.
 * - The breaking-news ticker lists the stories an editor switched on, until the time they chose.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, gte, isNotNull, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { locales, type Locale } from '@/i18n/locales';
import { newsroomTimeZone } from '@/lib/config';
import { isRowId } from '@/lib/ids';
import { getDb, getReaderDb } from '../client';
import * as s from '../schema';
import { cacheTags } from './cache-tags';
import { cachedRead } from './cached';
import { recordAudit, storySubject } from './audit';
import { requireCapability } from './roles';
import { requireStaff } from './staff';

/** Today's date in the newsroom's time zone (YYYY-MM-DD), or `daysAgo` days before it. */
export function newsroomDay(now = new Date(), daysAgo = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: newsroomTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(now.getTime() - daysAgo * 86_400_000),
  );
}

/**
 * The readings already counted today, as keyed hashes of (reader, story, language, day) kept in this process's
 * memory only: nothing about a reader is written anywhere, and the key (random per process) makes the hashes
 * useless to anyone else. Bounded: 200,000 entries (about 20 MB), each for a day and a half. Several instances
 * each keep their own, so one reader counts at most once per instance.
 */
const countedReadings = new LRUCache<string, true>({ max: 200_000, ttl: 36 * 3600_000 });
const readingKey = randomBytes(32);

/** Whether this reader's reading of this story today was counted already (and remembers that it now is). */
function countedBefore(reader: string, articleId: number, locale: Locale, day: string): boolean {
  const key = createHmac('sha256', readingKey).update(`${reader}\n${articleId}\n${locale}\n${day}`).digest('base64url');
  if (countedReadings.has(key)) return true;
  countedReadings.set(key, true);
  return false;
}

/**
 * Counts one reading of a published story in one language. Public; returns false for anything else. `reader`
 * (the client's address and browser, from the request) counts once per story, language and day; without it
 * (the demo seed, tests) every call counts.
 */
export async function recordView(articleId: number, locale: Locale, now = new Date(), reader?: string): Promise<boolean> {
  if (!isRowId(articleId)) return false;
  const db = getDb();
  const [variant] = await db
    .select({ id: s.articleTranslations.id })
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, articleId), eq(s.articleTranslations.locale, locale), eq(s.articleTranslations.status, 'published')));
  if (!variant) return false;
  const day = newsroomDay(now);
  if (reader !== undefined && countedBefore(reader, articleId, locale, day)) return true;
  await db
    .insert(s.storyViews)
    .values({ articleId, locale, day, views: 1 })
    .onConflictDoUpdate({ target: [s.storyViews.articleId, s.storyViews.locale, s.storyViews.day], set: { views: sql`${s.storyViews.views} + 1` } });
  return true;
}

export type MostReadItem = { slug: string; title: string; views: number };

/** The most read published stories of a language over the last `days` days (1: today and yesterday's rest). */
export async function loadMostRead(locale: Locale, days: 1 | 7, limit = 5, now = new Date()): Promise<MostReadItem[]> {
  const db = getReaderDb();
  const total = sql<number>`sum(${s.storyViews.views})::int`;
  const rows = await db
    .select({ slug: s.articleTranslations.slug, title: s.articleTranslations.title, views: total })
    .from(s.storyViews)
    .innerJoin(
      s.articleTranslations,
      and(eq(s.articleTranslations.articleId, s.storyViews.articleId), eq(s.articleTranslations.locale, s.storyViews.locale), eq(s.articleTranslations.status, 'published')),
    )
    .where(and(eq(s.storyViews.locale, locale), gte(s.storyViews.day, newsroomDay(now, days))))
    .groupBy(s.articleTranslations.slug, s.articleTranslations.title)
    .orderBy(desc(total), s.articleTranslations.title)
    .limit(limit);
  return rows;
}

/** Most read, cached for a minute: counts change with every reader, not with publishing. */
export const getMostRead = cachedRead('most-read', (locale: Locale, days: 1 | 7) => loadMostRead(locale, days), (locale) => [cacheTags.home(locale)], { revalidate: 60 });

/**
 * The week's most read for the story page's side column, refreshed hourly rather than every minute: the column is
 * on every story page, and a minute's revalidation would re-render each story read in that minute.
 */
export const getMostReadOfWeek = cachedRead('most-read-week', (locale: Locale) => loadMostRead(locale, 7, 6), (locale) => [cacheTags.home(locale)], { revalidate: 3600 });

export type BreakingItem = { slug: string; title: string; until: string };

/** Stories flagged as breaking and published in this language, newest flag first. */
export async function loadBreaking(locale: Locale, now = new Date()): Promise<BreakingItem[]> {
  const rows = await getReaderDb()
    .select({ slug: s.articleTranslations.slug, title: s.articleTranslations.title, until: s.articles.breakingUntil })
    .from(s.articles)
    .innerJoin(s.articleTranslations, and(eq(s.articleTranslations.articleId, s.articles.id), eq(s.articleTranslations.locale, locale), eq(s.articleTranslations.status, 'published')))
    .where(and(isNotNull(s.articles.breakingUntil), gt(s.articles.breakingUntil, now)))
    .orderBy(desc(s.articleTranslations.publishedAt))
    .limit(3);
  return rows.map((r) => ({ slug: r.slug, title: r.title, until: new Date(r.until!).toISOString() }));
}

const cachedBreaking = cachedRead('breaking', (locale: Locale) => loadBreaking(locale), () => [cacheTags.ticker], { revalidate: 60 });

/** The ticker's stories; an item whose time ran out since the cache was filled is left out. */
export async function getBreaking(locale: Locale): Promise<BreakingItem[]> {
  const now = Date.now();
  return (await cachedBreaking(locale)).filter((item) => Date.parse(item.until) > now);
}

export const BREAKING_HOURS = [1, 3, 6, 12, 24] as const;

export type BreakingResult = { ok: true; until: string | null; revalidate: string[] } | { ok: false; error: 'notFound' | 'invalid' };

/** Switches the ticker on for a story for `hours` (one of BREAKING_HOURS), or off with 0. Admins and editors. */
export async function setBreaking(articleId: number, hours: number, now = new Date()): Promise<BreakingResult> {
  const staff = await requireCapability('publish');
  if (hours !== 0 && !(BREAKING_HOURS as readonly number[]).includes(hours)) return { ok: false, error: 'invalid' };
  if (!isRowId(articleId)) return { ok: false, error: 'notFound' };
  const until = hours === 0 ? null : new Date(now.getTime() + hours * 3_600_000);
  const updated = await getDb().transaction(async (tx) => {
    const rows = await tx.update(s.articles).set({ breakingUntil: until }).where(eq(s.articles.id, articleId)).returning({ id: s.articles.id });
    if (rows.length) await recordAudit(tx, { actorId: staff.id, action: 'breaking', subject: storySubject(articleId), details: { hours, until: until?.toISOString() ?? null } });
    return rows.length;
  });
  if (updated === 0) return { ok: false, error: 'notFound' };
  return { ok: true, until: until?.toISOString() ?? null, revalidate: [cacheTags.ticker, ...locales.map((l) => cacheTags.home(l))] };
}

/** Until when a story is in the ticker (null: not, or no longer). Any newsroom role, for the editor's screen. */
export async function getBreakingUntil(articleId: number, now = new Date()): Promise<string | null> {
  await requireStaff();
  if (!isRowId(articleId)) return null;
  const [row] = await getDb().select({ until: s.articles.breakingUntil }).from(s.articles).where(eq(s.articles.id, articleId));
  return row?.until && new Date(row.until) > now ? new Date(row.until).toISOString() : null;
}
