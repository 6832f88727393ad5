/**
 * Reader lists beyond sections: a tag's, an author's and a bureau's stories, the archive by month, and a story's
 * related stories. Public: no session needed; only variants published in the asked language are ever returned,
 * newest first. Cached with cacheTags.listings(locale), which every story change expires (tagsForStoryChange),
 * and cacheTags.taxonomy for the names.
 */
import { and, count, desc, eq, inArray, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import { locales, type Locale } from '@/i18n/locales';
import { newsroomTimeZone } from '@/lib/config';
import { isValidSlug } from '@/lib/slug';
import { getReaderDb } from '../client';
import * as s from '../schema';
import { PAGE_SIZE, cardsByIds, keysetPage, type KeysetPage, type Paged, type StoryCard } from './articles';
import { cachedRead } from './cached';
import { cacheTags } from './cache-tags';

export type TaxonomyRef = { slug: string; name: string };
export type ListingPage = { subject: TaxonomyRef; stories: KeysetPage<StoryCard> };
export type ArchiveMonth = { year: number; month: number; count: number };
export type ArchiveMonthPage = { year: number; month: number; stories: Paged<StoryCard>; locales: Locale[] };
/** What a story page links to beyond the story itself: its bureau's page, related stories (authors: StoryPage). */
export type StoryLinks = { bureauSlug: string | null; related: StoryCard[] };

export const RELATED_LIMIT = 4;
/** How many of each tag's newest stories are considered for related stories. */
const RELATED_CANDIDATES = 50;
/** The archive starts here; earlier (and later than next year) dates answer 404 without asking the database. */
export const ARCHIVE_FIRST_YEAR = 2000;

const t = s.articleTranslations;

const published = (locale: string) => and(eq(t.locale, locale), eq(t.status, 'published'));

const iso = (value: Date | string) => new Date(value).toISOString();

function paged<T>(result: { items: T[]; total: number }, page: number): Paged<T> {
  return { ...result, page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE)) };
}

/** One page of the stories published in `locale` matching `where` (on articles / article_translations), newest first. */
async function pageOfStories(locale: string, where: SQL | undefined, page: number): Promise<Paged<StoryCard>> {
  const db = getReaderDb();
  const condition = and(published(locale), where);
  const [rows, totals] = await Promise.all([
    db
      .select({ id: s.articles.id })
      .from(t)
      .innerJoin(s.articles, eq(s.articles.id, t.articleId))
      .where(condition)
      .orderBy(desc(t.publishedAt), desc(s.articles.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(t).innerJoin(s.articles, eq(s.articles.id, t.articleId)).where(condition),
  ]);
  const items = await cardsByIds(locale, rows.map((r) => r.id));
  return paged({ items, total: totals[0]?.n ?? 0 }, page);
}

/** A tag's stories in one language (keyset pages); null for an unknown slug, a tag without a name in that language or a bad cursor. */
export async function loadTagPage(locale: Locale, slug: string, cursor: string | null): Promise<ListingPage | null> {
  if (!isValidSlug(slug)) return null;
  const [tag] = await getReaderDb()
    .select({ id: s.tags.id, slug: s.tags.slug, name: s.tagTranslations.name })
    .from(s.tags)
    .innerJoin(s.tagTranslations, and(eq(s.tagTranslations.tagId, s.tags.id), eq(s.tagTranslations.locale, locale)))
    .where(eq(s.tags.slug, slug))
    .limit(1);
  if (!tag) return null;
  const stories = await keysetPage(locale, { tagId: tag.id }, cursor);
  return stories ? { subject: { slug: tag.slug, name: tag.name }, stories } : null;
}

/** An author's stories in one language; null for an unknown slug or an author without a name in that language. */
export async function loadAuthorPage(locale: Locale, slug: string, cursor: string | null): Promise<ListingPage | null> {
  if (!isValidSlug(slug)) return null;
  const [author] = await getReaderDb()
    .select({ id: s.authors.id, slug: s.authors.slug, name: s.authorTranslations.name })
    .from(s.authors)
    .innerJoin(
      s.authorTranslations,
      and(eq(s.authorTranslations.authorId, s.authors.id), eq(s.authorTranslations.locale, locale)),
    )
    .where(eq(s.authors.slug, slug))
    .limit(1);
  if (!author) return null;
  const stories = await keysetPage(locale, { authorId: author.id }, cursor);
  return stories ? { subject: { slug: author.slug, name: author.name }, stories } : null;
}

/** A bureau's stories in one language; null for an unknown slug or a bureau without a name in that language. */
export async function loadBureauPage(locale: Locale, slug: string, cursor: string | null): Promise<ListingPage | null> {
  if (!isValidSlug(slug)) return null;
  const [bureau] = await getReaderDb()
    .select({ id: s.bureaus.id, slug: s.bureaus.slug, name: s.bureauTranslations.name })
    .from(s.bureaus)
    .innerJoin(
      s.bureauTranslations,
      and(eq(s.bureauTranslations.bureauId, s.bureaus.id), eq(s.bureauTranslations.locale, locale)),
    )
    .where(eq(s.bureaus.slug, slug))
    .limit(1);
  if (!bureau) return null;
  const stories = await keysetPage(locale, { bureauId: bureau.id }, cursor);
  return stories ? { subject: { slug: bureau.slug, name: bureau.name }, stories } : null;
}

/** The publish time as a wall-clock time in the newsroom's time zone: months are the newsroom's months. */
const localTime = () => sql`(${t.publishedAt} at time zone ${newsroomTimeZone})`;

/** Months (in the newsroom's time zone) with stories published in one language, newest first, with their counts. */
export async function loadArchiveMonths(locale: Locale): Promise<ArchiveMonth[]> {
  const year = sql<number>`extract(year from ${localTime()})::int`;
  const month = sql<number>`extract(month from ${localTime()})::int`;
  const rows = await getReaderDb()
    .select({ year, month, count: count() })
    .from(t)
    .where(and(published(locale), sql`${t.publishedAt} is not null`))
    // By position: the time zone is a bound parameter, so the expressions would not match the select list's.
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`1 desc`, sql`2 desc`);
  return rows.map((r) => ({ year: Number(r.year), month: Number(r.month), count: Number(r.count) }));
}

/** Whether a year and month are ones the archive could hold (checked before any query). */
export function isArchiveMonth(year: number, month: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    year >= ARCHIVE_FIRST_YEAR &&
    year <= new Date().getUTCFullYear() + 1
  );
}

/**
 * One month's stories in one language (months in the newsroom's time zone), newest first, with the languages
 * that month has stories in (for hreflang). Null for an impossible month or one without stories in `locale`.
 */
export async function loadArchiveMonthPage(locale: Locale, year: number, month: number, page: number): Promise<ArchiveMonthPage | null> {
  if (!isArchiveMonth(year, month)) return null;
  const start = sql`make_timestamp(${year}::int, ${month}::int, 1, 0, 0, 0)`;
  const inMonth = and(
    sql`${t.publishedAt} >= (${start} at time zone ${newsroomTimeZone})`,
    sql`${t.publishedAt} < ((${start} + interval '1 month') at time zone ${newsroomTimeZone})`,
  );
  const languages = await getReaderDb()
    .selectDistinct({ locale: t.locale })
    .from(t)
    .where(and(eq(t.status, 'published'), inMonth));
  const present = languages.map((r) => r.locale);
  if (!present.includes(locale)) return null;
  const stories = await pageOfStories(locale, inMonth, page);
  return { year, month, stories, locales: locales.filter((l) => present.includes(l)) };
}

/**
 * Up to RELATED_LIMIT other stories published in `locale`: those sharing the most tags with the story first (then
 * newest), the rest filled from its category, newest first. Also the slug of its bureau, for a link.
 * Null for an unknown story.
 */
export async function loadStoryLinks(locale: Locale, articleId: number): Promise<StoryLinks | null> {
  const db = getReaderDb();
  const [article] = await db
    .select({ categoryId: s.articles.categoryId, bureauSlug: s.bureaus.slug })
    .from(s.articles)
    .leftJoin(s.bureaus, eq(s.bureaus.id, s.articles.bureauId))
    .where(eq(s.articles.id, articleId))
    .limit(1);
  if (!article) return null;

  // Candidates: the newest RELATED_CANDIDATES stories of each of the story's tags (each found by walking the
  // listing index, so the cost does not grow with the archive), ranked by how many tags they share, then newest.
  const byTags = (await db.execute(sql`
    select c.id from ${s.articleTags} mine
    cross join lateral (
      select ${t.articleId} as id, ${t.publishedAt} as published_at from ${t}
      where ${t.locale} = ${locale} and ${t.status} = 'published' and ${t.articleId} <> ${articleId}
        and exists (select 1 from ${s.articleTags} x where x.article_id = ${t.articleId} and x.tag_id = mine.tag_id)
      order by ${t.publishedAt} desc, ${t.articleId} desc
      limit ${RELATED_CANDIDATES}
    ) c
    where mine.article_id = ${articleId}
    group by c.id, c.published_at
    order by count(*) desc, c.published_at desc, c.id desc
    limit ${RELATED_LIMIT}`)) as unknown as { id: number }[] | { rows: { id: number }[] };
  const ids = (Array.isArray(byTags) ? byTags : byTags.rows).map((r) => Number(r.id));
  if (ids.length < RELATED_LIMIT) {
    const sameCategory = await db
      .select({ id: t.articleId })
      .from(t)
      .innerJoin(s.articles, eq(s.articles.id, t.articleId))
      .where(
        and(
          published(locale),
          eq(s.articles.categoryId, article.categoryId),
          notInArray(t.articleId, [articleId, ...ids]),
        ),
      )
      .orderBy(desc(t.publishedAt), desc(t.articleId))
      .limit(RELATED_LIMIT - ids.length);
    ids.push(...sameCategory.map((r) => r.id));
  }
  return { bureauSlug: article.bureauSlug, related: await cardsByIds(locale, ids) };
}

// Cached versions: what pages call.

const listingTags = (locale: string) => [cacheTags.listings(locale), cacheTags.taxonomy];

export const getTagPage = cachedRead('tag', loadTagPage, listingTags);
export const getAuthorPage = cachedRead('author', loadAuthorPage, listingTags);
export const getBureauPage = cachedRead('bureau', loadBureauPage, listingTags);
export const getArchiveMonths = cachedRead('archive-months', loadArchiveMonths, (locale) => [cacheTags.listings(locale)]);
export const getArchiveMonthPage = cachedRead(
  'archive-month',
  loadArchiveMonthPage,
  // A month's languages (hreflang) change with any language's publishing, which tagsForStoryChange expires per
  // language touched: listing them all keeps the alternates right.
  (locale) => [...locales.map((l) => cacheTags.listings(l))],
  // ?page= beyond the last page is a 404: not one cache entry per number someone types.
  { stored: (month) => month !== null && month.stories.page <= month.stories.pageCount },
);
export const getStoryLinks = cachedRead('story-links', loadStoryLinks, listingTags);
