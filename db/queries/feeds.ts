/**
 * Reads for the machine-readable lists: RSS feeds, sitemaps and Google News sitemaps. Public: no session needed,
 * and only published variants are ever returned, each in the language asked for. Plain data (dates as ISO
 * strings, paths relative to the site); app/ turns it into XML with lib/feed-xml.ts.
 *
 * Cached and tagged with cacheTags.feeds(locale) (expired by every story change through tagsForStoryChange) and
 * cacheTags.taxonomy (category names and the category list), so a story appears in or leaves the feeds and
 * sitemaps of exactly the languages it is published in as soon as it is published or withdrawn. Sitemaps also
 * list the agency's pages (db/queries/pages.ts), under cacheTags.agencyPageList.
 */
import { and, asc, desc, eq, gt, gte, lte } from 'drizzle-orm';
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { getReaderDb } from '../client';
import * as s from '../schema';
import { mediaUrl, type CategoryRef } from './articles';
import { cachedRead } from './cached';
import { cacheTags } from './cache-tags';
import { loadPagesForSitemap } from './pages';

/** How many stories one RSS feed carries. */
export const FEED_SIZE = 50;
/** Google News reads only stories published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** A news sitemap may hold at most 1,000 URLs. */
export const NEWS_SITEMAP_LIMIT = 1000;

export type FeedEnclosure = { path: string; bytes: number; mimeType: string };
export type FeedItem = {
  id: number;
  path: string;
  title: string;
  lead: string;
  publishedAt: string;
  category: CategoryRef;
  cover: FeedEnclosure | null;
};
export type Feed = { locale: Locale; category: CategoryRef | null; items: FeedItem[] };

/** A language version of a page, for hreflang: `x-default` names the page readers without a language get. */
export type SitemapAlternate = { hreflang: Locale | 'x-default'; path: string };
export type SitemapEntry = { path: string; lastmod: string | null; alternates: SitemapAlternate[] };
export type Sitemap = { locale: Locale; entries: SitemapEntry[]; lastmod: string | null };

export type NewsSitemapItem = { path: string; title: string; publishedAt: string };
export type NewsSitemap = { locale: Locale; items: NewsSitemapItem[] };

const iso = (value: Date | string) => new Date(value).toISOString();
const latest = (dates: (string | null)[]) =>
  dates.reduce<string | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);

const publishedIn = (locale: string) =>
  and(eq(s.articleTranslations.locale, locale), eq(s.articleTranslations.status, 'published'));

async function categoriesIn(locale: string): Promise<CategoryRef[]> {
  return getReaderDb()
    .select({ slug: s.categories.slug, name: s.categoryTranslations.name })
    .from(s.categories)
    .innerJoin(
      s.categoryTranslations,
      and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
    )
    .orderBy(asc(s.categories.position), asc(s.categories.id));
}

/**
 * The newest FEED_SIZE stories published in one language (optionally one category), newest first, with the
 * cover's stored file for the enclosure. Null for a category that does not exist in that language.
 */
export async function loadFeed(locale: Locale, categorySlug: string | null): Promise<Feed | null> {
  const categoryList = await categoriesIn(locale);
  const category = categorySlug === null ? null : (categoryList.find((c) => c.slug === categorySlug) ?? null);
  if (categorySlug !== null && !category) return null;
  const rows = await getReaderDb()
    .select({
      id: s.articles.id,
      slug: s.articleTranslations.slug,
      title: s.articleTranslations.title,
      lead: s.articleTranslations.lead,
      publishedAt: s.articleTranslations.publishedAt,
      categorySlug: s.categories.slug,
      categoryName: s.categoryTranslations.name,
      coverKey: s.media.storageKey,
      coverBytes: s.media.bytes,
      coverType: s.media.mimeType,
    })
    .from(s.articleTranslations)
    .innerJoin(s.articles, eq(s.articles.id, s.articleTranslations.articleId))
    .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
    .innerJoin(
      s.categoryTranslations,
      and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
    )
    .leftJoin(s.media, eq(s.media.id, s.articles.coverMediaId))
    .where(and(publishedIn(locale), category ? eq(s.categories.slug, category.slug) : undefined))
    .orderBy(desc(s.articleTranslations.publishedAt), desc(s.articles.id))
    .limit(FEED_SIZE);
  return {
    locale,
    category,
    items: rows.map((r) => ({
      id: r.id,
      path: paths.story(locale, r.slug),
      title: r.title,
      lead: r.lead,
      publishedAt: iso(r.publishedAt!),
      category: { slug: r.categorySlug, name: r.categoryName },
      cover:
        r.coverKey !== null && r.coverBytes !== null && r.coverType !== null
          ? { path: mediaUrl(r.coverKey), bytes: r.coverBytes, mimeType: r.coverType }
          : null,
    })),
  };
}

/** hreflang alternates for a page that exists in `present`: each of them, and x-default → the source language's. */
function alternatesFor(present: Partial<Record<Locale, string>>): SitemapAlternate[] {
  const list: SitemapAlternate[] = locales.flatMap((l) => (present[l] ? [{ hreflang: l, path: present[l]! }] : []));
  const fallback = present[defaultLocale];
  if (fallback) list.push({ hreflang: 'x-default', path: fallback });
  return list;
}

/**
 * Stories per sitemap file, by story id: file n lists the stories with ids in ((n-1)·SIZE, n·SIZE], so a story
 * stays in the same file for ever and each file is one index range scan. The protocol allows 50,000 URLs per
 * file; 10,000 stories with their alternates keep a file under ~7 MB.
 */
export const SITEMAP_STORIES_PER_FILE = 10_000;

/** The newest publication time among a language's stories (optionally one category's): one index probe. */
async function newestPublished(locale: string, categoryId?: number): Promise<string | null> {
  const [row] = await getReaderDb()
    .select({ at: s.articleTranslations.publishedAt })
    .from(s.articleTranslations)
    .innerJoin(s.articles, eq(s.articles.id, s.articleTranslations.articleId))
    .where(and(publishedIn(locale), categoryId === undefined ? undefined : eq(s.articles.categoryId, categoryId)))
    .orderBy(desc(s.articleTranslations.publishedAt), desc(s.articleTranslations.articleId))
    .limit(1);
  return row?.at ? iso(row.at) : null;
}

/** The sitemap files of one language that have stories: 1 always (it also lists home and categories), then others. */
export async function loadSitemapFiles(locale: Locale): Promise<number[]> {
  const db = getReaderDb();
  const [last] = await db
    .select({ id: s.articleTranslations.articleId })
    .from(s.articleTranslations)
    .where(publishedIn(locale))
    .orderBy(desc(s.articleTranslations.articleId))
    .limit(1);
  const count = Math.ceil((last?.id ?? 0) / SITEMAP_STORIES_PER_FILE);
  const files = [1];
  for (let file = 2; file <= count; file++) {
    const [any] = await db
      .select({ id: s.articleTranslations.articleId })
      .from(s.articleTranslations)
      .where(and(publishedIn(locale), ...storyRange(file)))
      .limit(1);
    if (any) files.push(file);
  }
  return files;
}

const storyRange = (file: number) => [
  gt(s.articleTranslations.articleId, (file - 1) * SITEMAP_STORIES_PER_FILE),
  lte(s.articleTranslations.articleId, file * SITEMAP_STORIES_PER_FILE),
];

/**
 * One of a language's sitemap files (see SITEMAP_STORIES_PER_FILE): the first also lists its home page and its
 * category pages. Each story comes with the time it last changed for readers (correction, else publication) and
 * hreflang alternates for exactly the languages it is published in. Null for a file beyond the last one or
 * without stories (other than the first).
 */
export async function loadSitemap(locale: Locale, file = 1): Promise<Sitemap | null> {
  if (!Number.isInteger(file) || file < 1 || file > 100_000) return null;
  const db = getReaderDb();
  const range = storyRange(file);
  const [stories, variants] = await Promise.all([
    db
      .select({
        articleId: s.articleTranslations.articleId,
        slug: s.articleTranslations.slug,
        publishedAt: s.articleTranslations.publishedAt,
        revisedAt: s.articleTranslations.revisedAt,
      })
      .from(s.articleTranslations)
      .where(and(publishedIn(locale), ...range))
      .orderBy(desc(s.articleTranslations.publishedAt), desc(s.articleTranslations.articleId)),
    db
      .select({ articleId: s.articleTranslations.articleId, locale: s.articleTranslations.locale, slug: s.articleTranslations.slug })
      .from(s.articleTranslations)
      .where(and(eq(s.articleTranslations.status, 'published'), ...range)),
  ]);
  if (file > 1 && stories.length === 0) return null;

  const languagesOf = new Map<number, Partial<Record<Locale, string>>>();
  for (const v of variants) {
    if (!isLocale(v.locale)) continue;
    const entry = languagesOf.get(v.articleId) ?? {};
    entry[v.locale] = paths.story(v.locale, v.slug);
    languagesOf.set(v.articleId, entry);
  }
  const storyEntries: SitemapEntry[] = stories.map((r) => ({
    path: paths.story(locale, r.slug),
    lastmod: iso(r.revisedAt ?? r.publishedAt!),
    alternates: alternatesFor(languagesOf.get(r.articleId) ?? {}),
  }));

  let pages: SitemapEntry[] = [];
  if (file === 1) {
    const [categoryRows, categoryLocales, newest, agencyPages] = await Promise.all([
      db
        .select({ id: s.categories.id, slug: s.categories.slug })
        .from(s.categories)
        .innerJoin(
          s.categoryTranslations,
          and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
        )
        .orderBy(asc(s.categories.position), asc(s.categories.id)),
      db
        .select({ slug: s.categories.slug, locale: s.categoryTranslations.locale })
        .from(s.categoryTranslations)
        .innerJoin(s.categories, eq(s.categories.id, s.categoryTranslations.categoryId)),
      newestPublished(locale),
      loadPagesForSitemap(),
    ]);
    const categoryNewest = await Promise.all(categoryRows.map((c) => newestPublished(locale, c.id)));
    const home: SitemapEntry = {
      path: paths.home(locale),
      lastmod: newest,
      alternates: alternatesFor(Object.fromEntries(locales.map((l) => [l, paths.home(l)]))),
    };
    pages = [
      home,
      ...categoryRows.map((c, i) => ({
        path: paths.category(locale, c.slug),
        lastmod: categoryNewest[i] ?? null,
        alternates: alternatesFor(
          Object.fromEntries(
            categoryLocales.filter((t) => t.slug === c.slug && isLocale(t.locale)).map((t) => [t.locale, paths.category(t.locale as Locale, c.slug)]),
          ),
        ),
      })),
      // The agency's pages (about, contacts…) written in this language, dated by their last save.
      ...agencyPages
        .filter((p) => p.locale === locale)
        .map((p) => ({
          path: p.path,
          lastmod: p.updatedAt,
          alternates: alternatesFor(Object.fromEntries(agencyPages.filter((o) => o.slug === p.slug).map((o) => [o.locale, o.path]))),
        })),
    ];
  }
  const entries = [...pages, ...storyEntries];
  return { locale, entries, lastmod: latest(entries.map((e) => e.lastmod)) };
}

/**
 * Stories published in one language within NEWS_WINDOW_MS of `now`, newest first (at most NEWS_SITEMAP_LIMIT).
 * The cached copy is filtered again on every request (getNewsSitemap), so a story leaves the news sitemap when
 * it turns two days old even if nothing was published since.
 */
export async function loadNewsSitemap(locale: Locale, now = new Date()): Promise<NewsSitemap> {
  const rows = await getReaderDb()
    .select({ slug: s.articleTranslations.slug, title: s.articleTranslations.title, publishedAt: s.articleTranslations.publishedAt })
    .from(s.articleTranslations)
    .where(and(publishedIn(locale), gte(s.articleTranslations.publishedAt, new Date(now.getTime() - NEWS_WINDOW_MS))))
    .orderBy(desc(s.articleTranslations.publishedAt), desc(s.articleTranslations.articleId))
    .limit(NEWS_SITEMAP_LIMIT);
  return {
    locale,
    items: rows.map((r) => ({ path: paths.story(locale, r.slug), title: r.title, publishedAt: iso(r.publishedAt!) })),
  };
}

// Cached versions: what route handlers call.

const feedTags = (locale: string) => [cacheTags.feeds(locale), cacheTags.taxonomy];
/** A sitemap also lists the agency pages written in its language (a page's first save expires this tag). */
const sitemapTags = (locale: string) => [...feedTags(locale), cacheTags.agencyPageList];

/** The RSS feed of one language (categorySlug null) or of one of its categories; null for an unknown category. */
export const getFeed = cachedRead('feed', loadFeed, (locale) => feedTags(locale));

/** One of a language's sitemap files (1 by default); null for one that does not exist. */
export const getSitemap = cachedRead<[Locale, number], Sitemap | null>('sitemap', (locale, file) => loadSitemap(locale, file), (locale) => sitemapTags(locale));

/** The numbers of a language's sitemap files. */
export const getSitemapFiles = cachedRead('sitemap-files', loadSitemapFiles, (locale) => feedTags(locale));

const cachedNewsSitemap = cachedRead('news-sitemap', (locale: Locale) => loadNewsSitemap(locale), (locale) => feedTags(locale));

/** One language's Google News sitemap: only stories published in the last two days as of now. */
export async function getNewsSitemap(locale: Locale, now = new Date()): Promise<NewsSitemap> {
  const cached = await cachedNewsSitemap(locale);
  const since = now.getTime() - NEWS_WINDOW_MS;
  return { ...cached, items: cached.items.filter((item) => Date.parse(item.publishedAt) >= since) };
}
