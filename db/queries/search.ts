/**
 * Reader search, per language, in PostgreSQL (the same SQL on the embedded PGlite and on a server):
 * full-text search over the headline, lead and body of published variants in the page's language
 * (article_translations.search_vector, migration 0005: stemmed for Russian and English, folded for
 * Azerbaijani), every word matched as a prefix, ranked; when that finds nothing, headlines are matched
 * by trigram similarity (pg_trgm) so a typo still finds the story. Public: no session.
 * Whatever is typed becomes letters and digits only (lib/search-text.ts), so no input is an SQL or syntax error.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { fold, queryTerms, snippet, tsQueryOf, type SnippetPart } from '@/lib/search-text';
import { getReaderDb } from '../client';
import * as s from '../schema';
import { loadPhotos, type Photo } from './articles';
import { cacheTags } from './cache-tags';
import { cachedRead, memoizedRead } from './cached';

export const SEARCH_PAGE_SIZE = 20;
/** How many matches, newest first, a search ranks and counts (see searchStories). */
export const SEARCH_CANDIDATES = 500;
/** The windows of publication time (days back; null: everything) a search looks in, newest first. */
const SEARCH_WINDOWS_DAYS = [30, 365, null];
/** A window with this many matches is enough (five pages of results). */
const SEARCH_ENOUGH = 100;

/**
 * A day of the calendar the archive can hold. Years outside 1900–2999 ("0000-01-01", "9999-12-31") are no
 * limit at all: PostgreSQL refuses year 0, and the day after 9999-12-31 is a year JavaScript writes as
 * "+010000", which it cannot read.
 */
const day = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d))
  .optional()
  .catch(undefined);

/** Query-string filters. Anything malformed is dropped rather than refused: a search never errors. */
export const searchFiltersSchema = z.object({
  q: z.string().catch('').default('').transform((q) => q.slice(0, 10_000)),
  category: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export type SearchHit = {
  slug: string;
  title: string;
  publishedAt: string;
  category: { slug: string; name: string };
  cover: Photo | null;
  snippet: SnippetPart[];
};

export type SearchResults = {
  terms: string[];
  hits: SearchHit[];
  total: number;
  /** True when there were more matches than SEARCH_CANDIDATES: `total` is then a lower bound. */
  capped: boolean;
  page: number;
  pageCount: number;
  /** True when no story had every word and the headlines closest to the query are shown instead. */
  approximate: boolean;
};

/**
 * Published stories in `locale` matching the query, best first, with a highlighted passage.
 *
 * Recent results are kept in memory (at most 2,000 of them and 32 MB, five minutes each): a story in the news is
 * searched for by many readers with the same words. Every story change expires cacheTags.search of its languages,
 * which gives the results a new generation, so a published or corrected story is found at once (on every instance
 * when they share the Next.js cache).
 */
const searchGeneration = cachedRead('search-generation', async (locale: Locale) => randomUUID(), (locale) => [cacheTags.search(locale), cacheTags.taxonomy], {
  revalidate: 300,
});

export const searchStories = memoizedRead(rankStories, {
  key: (locale, filters) =>
    JSON.stringify([locale, queryTerms(filters.q), filters.category ?? '', filters.from ?? '', filters.to ?? '', filters.page]),
  // The locale only: the generation is one value per language, not one cache entry per query.
  generation: (locale) => searchGeneration(locale),
  maxEntries: 2000,
  maxBytes: 32 * 1024 * 1024,
  ttlMs: 5 * 60_000,
});

async function rankStories(locale: Locale, filters: SearchFilters): Promise<SearchResults> {
  const terms = queryTerms(filters.q);
  const empty: SearchResults = { terms, hits: [], total: 0, capped: false, page: 1, pageCount: 1, approximate: false };
  if (terms.length === 0) return empty;
  const db = getReaderDb();
  const t = s.articleTranslations;
  const query = sql`to_tsquery(bureau_search_config(${locale}), ${tsQueryOf(terms, locale)})`;
  const filtersSql: (SQL | undefined)[] = [
    eq(t.locale, locale),
    eq(t.status, 'published'),
    filters.category
      ? sql`exists (select 1 from ${s.articles} join ${s.categories} on ${s.categories.id} = ${s.articles.categoryId} where ${s.articles.id} = ${t.articleId} and ${s.categories.slug} = ${filters.category})`
      : undefined,
    filters.from ? gte(t.publishedAt, new Date(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to ? lt(t.publishedAt, new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000)) : undefined,
  ];

  /**
   * At most SEARCH_CANDIDATES matches are ranked and counted, the newest first, looked for in widening windows of
   * publication time (the last month, the last year, everything) until one holds enough of them: a common word
   * costs about the same in a small archive as in a large one (each window is a bitmap of the search index and the
   * publication-time index), a rare word ends in the last window, which the search index answers alone.
   * `total` stops counting at SEARCH_CANDIDATES (`capped`), and is a lower bound when a window sufficed.
   */
  const run = async (match: SQL, rank: SQL, page: number, executor: Pick<typeof db, 'select'> = db, windows = SEARCH_WINDOWS_DAYS) => {
    for (const [i, days] of windows.entries()) {
      const last = i === windows.length - 1;
      const since = days === null ? undefined : gte(t.publishedAt, new Date(Date.now() - days * 86_400_000));
      const result = await rankWindow(match, rank, page, executor, since);
      if (last || result.total >= SEARCH_ENOUGH) return { ...result, capped: result.capped || !last };
    }
    throw new Error('unreachable');
  };

  const rankWindow = async (match: SQL, rank: SQL, page: number, executor: Pick<typeof db, 'select'>, since: SQL | undefined) => {
    // The newest matches first, without their rank: ranking reads each story's whole search vector, so it is done
    // for the SEARCH_CANDIDATES kept, not for every match (a common word matched 3,583 Russian stories of 10,000:
    // 24 ms to rank them all, 9.5 ms this way).
    const candidates = executor
      .select({ id: t.id, publishedAt: t.publishedAt })
      .from(t)
      .where(and(...filtersSql, since, match))
      .orderBy(desc(t.publishedAt), desc(t.id))
      .limit(SEARCH_CANDIDATES)
      .as('candidates');
    const ranked = await executor
      .select({ id: candidates.id, total: sql<number>`(count(*) over ())::int` })
      .from(candidates)
      .innerJoin(t, eq(t.id, candidates.id))
      .orderBy(desc(rank), desc(candidates.publishedAt), desc(candidates.id));
    const total = ranked[0]?.total ?? 0;
    const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
    const current = Math.min(page, pageCount);
    const ids = ranked.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE).map((r) => r.id);
    const found = ids.length
      ? await executor
          .select({
            variant: t.id,
            id: t.articleId,
            slug: t.slug,
            title: t.title,
            lead: t.lead,
            bodyText: t.bodyText,
            publishedAt: t.publishedAt,
            categorySlug: s.categories.slug,
            categoryName: s.categoryTranslations.name,
            coverId: s.articles.coverMediaId,
          })
          .from(t)
          .innerJoin(s.articles, eq(s.articles.id, t.articleId))
          .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
          .innerJoin(s.categoryTranslations, and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)))
          .where(inArray(t.id, ids))
      : [];
    const byId = new Map(found.map((r) => [r.variant, r]));
    const rows = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    return { rows, total, page: current, pageCount, capped: total >= SEARCH_CANDIDATES };
  };

  let approximate = false;
  let found = await run(sql`${t.searchVector} @@ ${query}`, sql`ts_rank_cd(${t.searchVector}, ${query})`, filters.page);
  if (found.total === 0) {
    // A typo ("sefirlk", "посольтво"): the headlines most like the query, if any is close enough. `<%` is the
    // form the trigram index answers; its threshold is set for this transaction only.
    const typed = fold(terms.join(' '));
    found = await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.45', true)`);
      return run(sql`${typed} <% ${t.searchTitle}`, sql`word_similarity(${typed}, ${t.searchTitle})`, filters.page, tx, [null]);
    });
    approximate = found.total > 0;
  }
  const photos = await loadPhotos(locale, found.rows.flatMap((r) => (r.coverId ? [r.coverId] : [])));
  return {
    terms,
    approximate,
    total: found.total,
    capped: found.capped,
    page: found.page,
    pageCount: found.pageCount,
    hits: found.rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      publishedAt: new Date(r.publishedAt!).toISOString(),
      category: { slug: r.categorySlug, name: r.categoryName },
      cover: r.coverId ? (photos.get(r.coverId) ?? null) : null,
      snippet: snippet(`${r.lead} ${r.bodyText}`.trim(), terms, locale),
    })),
  };
}
