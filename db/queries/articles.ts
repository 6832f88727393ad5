/**
 * Reader-facing reads of stories. Public: no session needed, and only published variants are ever returned.
 * Each function returns plain objects with just the fields pages need (dates as ISO strings), and is cached
 * and tagged through cachedRead.
 */
import { aliasedTable, and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { isLocale, type Locale } from '@/i18n/locales';
import { parseRichText, type RichTextDoc } from '@/lib/rich-text';
import { isValidSlug } from '@/lib/slug';
import { getDb } from '../client';
import * as s from '../schema';
import { cachedRead } from './cached';
import { cacheTags } from './cache-tags';

export type ImageRef = { id: number; src: string; width: number; height: number; alt: string; blurDataUrl: string | null };
export type Photo = ImageRef & { caption: string | null; credit: string | null };
export type CategoryRef = { slug: string; name: string };
export type StoryCard = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  publishedAt: string;
  category: CategoryRef;
  cover: Photo | null;
  photoCount: number;
};
export type StoryAlternate = { locale: Locale; slug: string; title: string };
export type StoryPage = StoryCard & {
  locale: Locale;
  body: RichTextDoc;
  seoTitle: string | null;
  seoDescription: string | null;
  revisedAt: string | null;
  bureau: { name: string; dateline: string } | null;
  author: string | null;
  tags: { slug: string; name: string }[];
  gallery: Photo[];
  /** Images placed inside the body, by media id. */
  inlineImages: Record<number, Photo>;
  /** Published variants in every language, this one included. */
  alternates: StoryAlternate[];
};
export type StoryLookup =
  | { kind: 'story'; story: StoryPage }
  | { kind: 'redirect'; slug: string }
  | { kind: 'missing'; alternates: StoryAlternate[] }
  | { kind: 'notFound' };
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

export const PAGE_SIZE = 12;

export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}

const published = (locale: string) =>
  and(eq(s.articleTranslations.locale, locale), eq(s.articleTranslations.status, 'published'));

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export async function loadPhotos(locale: string, ids: number[]): Promise<Map<number, Photo>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await getDb()
    .select({
      id: s.media.id,
      key: s.media.storageKey,
      width: s.media.width,
      height: s.media.height,
      blurDataUrl: s.media.blurDataUrl,
      alt: s.mediaTranslations.alt,
      caption: s.mediaTranslations.caption,
      credit: s.mediaTranslations.credit,
    })
    .from(s.media)
    .leftJoin(s.mediaTranslations, and(eq(s.mediaTranslations.mediaId, s.media.id), eq(s.mediaTranslations.locale, locale)))
    .where(inArray(s.media.id, unique));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        src: mediaUrl(r.key),
        width: r.width,
        height: r.height,
        blurDataUrl: r.blurDataUrl,
        // No other language's text is shown as if it were this one's: a missing alt is empty, a caption absent.
        alt: r.alt ?? '',
        caption: r.caption ?? null,
        credit: r.credit ?? null,
      },
    ]),
  );
}

type CardFilter = { categorySlug?: string; withGallery?: boolean; excludeIds?: number[] };

async function loadCards(locale: string, filter: CardFilter, limit: number, offset: number): Promise<{ items: StoryCard[]; total: number }> {
  const db = getDb();
  const galleryCount = db
    .select({ articleId: s.articleGallery.articleId, n: count().as('n') })
    .from(s.articleGallery)
    .groupBy(s.articleGallery.articleId)
    .as('gallery_count');
  const conditions = [published(locale)];
  if (filter.categorySlug) conditions.push(eq(s.categories.slug, filter.categorySlug));
  if (filter.withGallery) conditions.push(sql`${galleryCount.n} > 0`);
  if (filter.excludeIds?.length) for (const id of filter.excludeIds) conditions.push(ne(s.articles.id, id));
  const where = and(...conditions);

  const base = () =>
    db
      .select({
        id: s.articles.id,
        slug: s.articleTranslations.slug,
        title: s.articleTranslations.title,
        lead: s.articleTranslations.lead,
        publishedAt: s.articleTranslations.publishedAt,
        categorySlug: s.categories.slug,
        categoryName: s.categoryTranslations.name,
        coverId: s.articles.coverMediaId,
        photoCount: sql<number>`coalesce(${galleryCount.n}, 0)::int`,
      })
      .from(s.articleTranslations)
      .innerJoin(s.articles, eq(s.articles.id, s.articleTranslations.articleId))
      .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
      .innerJoin(
        s.categoryTranslations,
        and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
      )
      .leftJoin(galleryCount, eq(galleryCount.articleId, s.articles.id));

  const [rows, totals] = await Promise.all([
    base().where(where).orderBy(desc(s.articleTranslations.publishedAt), desc(s.articles.id)).limit(limit).offset(offset),
    db
      .select({ n: count() })
      .from(s.articleTranslations)
      .innerJoin(s.articles, eq(s.articles.id, s.articleTranslations.articleId))
      .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
      .innerJoin(
        s.categoryTranslations,
        and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
      )
      .leftJoin(galleryCount, eq(galleryCount.articleId, s.articles.id))
      .where(where),
  ]);
  const photos = await loadPhotos(locale, rows.flatMap((r) => (r.coverId ? [r.coverId] : [])));
  return {
    total: totals[0]?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      lead: r.lead,
      publishedAt: iso(r.publishedAt)!,
      category: { slug: r.categorySlug, name: r.categoryName },
      cover: r.coverId ? (photos.get(r.coverId) ?? null) : null,
      photoCount: r.photoCount,
    })),
  };
}

function paged<T>(result: { items: T[]; total: number }, page: number): Paged<T> {
  return { ...result, page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE)) };
}

export type HomePage = {
  lead: StoryCard | null;
  latest: StoryCard[];
  sections: { category: CategoryRef; stories: StoryCard[] }[];
  exhibitions: StoryCard[];
};

/** The home page of one language: the lead story, the latest news, a block per category, recent exhibitions. */
export async function loadHomePage(locale: Locale): Promise<HomePage> {
  const latest = await loadCards(locale, {}, 13, 0);
  const lead = latest.items.find((story) => story.cover) ?? latest.items[0] ?? null;
  const categoryRows = await listCategoriesUncached(locale);
  const sections = await Promise.all(
    categoryRows.map(async (category) => ({
      category,
      stories: (await loadCards(locale, { categorySlug: category.slug, excludeIds: lead ? [lead.id] : [] }, 4, 0)).items,
    })),
  );
  const exhibitions = await loadCards(locale, { withGallery: true }, 4, 0);
  return {
    lead,
    latest: latest.items.filter((story) => story.id !== lead?.id).slice(0, 12),
    sections: sections.filter((section) => section.stories.length > 0),
    exhibitions: exhibitions.items,
  };
}

async function listCategoriesUncached(locale: string): Promise<CategoryRef[]> {
  return getDb()
    .select({ slug: s.categories.slug, name: s.categoryTranslations.name })
    .from(s.categories)
    .innerJoin(
      s.categoryTranslations,
      and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
    )
    .orderBy(asc(s.categories.position), asc(s.categories.id));
}

/** A category's stories in one language, newest first; null for an unknown category. */
export async function loadCategoryPage(
  locale: Locale,
  categorySlug: string,
  page: number,
): Promise<{ category: CategoryRef; stories: Paged<StoryCard> } | null> {
  const category = (await listCategoriesUncached(locale)).find((c) => c.slug === categorySlug);
  if (!category) return null;
  const result = await loadCards(locale, { categorySlug }, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return { category, stories: paged(result, page) };
}

/** Every story published in one language, newest first: the news feed. */
export async function loadLatest(locale: Locale, page: number): Promise<Paged<StoryCard>> {
  return paged(await loadCards(locale, {}, PAGE_SIZE, (page - 1) * PAGE_SIZE), page);
}

/** Stories with a photo exhibition in one language, newest first. */
export async function loadExhibitions(locale: Locale, page: number): Promise<Paged<StoryCard>> {
  return paged(await loadCards(locale, { withGallery: true }, PAGE_SIZE, (page - 1) * PAGE_SIZE), page);
}

async function loadAlternates(articleId: number): Promise<StoryAlternate[]> {
  const rows = await getDb()
    .select({ locale: s.articleTranslations.locale, slug: s.articleTranslations.slug, title: s.articleTranslations.title })
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, articleId), eq(s.articleTranslations.status, 'published')));
  return rows.flatMap((r) => (isLocale(r.locale) ? [{ locale: r.locale, slug: r.slug, title: r.title }] : []));
}

function collectInlineImageIds(doc: RichTextDoc): number[] {
  const ids: number[] = [];
  const walk = (nodes: RichTextDoc['content']) => {
    for (const node of nodes) {
      if (node.type === 'image') ids.push(node.mediaId);
      else if (node.type === 'blockquote') walk(node.content);
      else if (node.type === 'bulletList' || node.type === 'orderedList') for (const li of node.content) walk(li.content);
    }
  };
  walk(doc.content);
  return ids;
}

/** One variant's row with its category, bureau and author names in that language. */
async function loadVariantRow(locale: Locale, where: SQL | undefined) {
  const db = getDb();
  const author = aliasedTable(s.authorTranslations, 'author_t');
  const [row] = await db
    .select({
      id: s.articles.id,
      slug: s.articleTranslations.slug,
      title: s.articleTranslations.title,
      lead: s.articleTranslations.lead,
      body: s.articleTranslations.body,
      seoTitle: s.articleTranslations.seoTitle,
      seoDescription: s.articleTranslations.seoDescription,
      publishedAt: s.articleTranslations.publishedAt,
      revisedAt: s.articleTranslations.revisedAt,
      coverId: s.articles.coverMediaId,
      categorySlug: s.categories.slug,
      categoryName: s.categoryTranslations.name,
      bureauName: s.bureauTranslations.name,
      dateline: s.bureauTranslations.dateline,
      authorName: author.name,
    })
    .from(s.articleTranslations)
    .innerJoin(s.articles, eq(s.articles.id, s.articleTranslations.articleId))
    .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
    .innerJoin(
      s.categoryTranslations,
      and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
    )
    .leftJoin(
      s.bureauTranslations,
      and(eq(s.bureauTranslations.bureauId, s.articles.bureauId), eq(s.bureauTranslations.locale, locale)),
    )
    .leftJoin(author, and(eq(author.authorId, s.articles.authorId), eq(author.locale, locale)))
    .where(and(eq(s.articleTranslations.locale, locale), where))
    .limit(1);

  return row ?? null;
}

async function buildStoryPage(locale: Locale, row: NonNullable<Awaited<ReturnType<typeof loadVariantRow>>>): Promise<StoryPage> {
  const db = getDb();
  const body = parseRichText(row.body);
  const [galleryRows, tagRows, alternates] = await Promise.all([
    db
      .select({ mediaId: s.articleGallery.mediaId })
      .from(s.articleGallery)
      .where(eq(s.articleGallery.articleId, row.id))
      .orderBy(asc(s.articleGallery.position)),
    db
      .select({ slug: s.tags.slug, name: s.tagTranslations.name })
      .from(s.articleTags)
      .innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId))
      .innerJoin(s.tagTranslations, and(eq(s.tagTranslations.tagId, s.tags.id), eq(s.tagTranslations.locale, locale)))
      .where(eq(s.articleTags.articleId, row.id))
      .orderBy(asc(s.tagTranslations.name)),
    loadAlternates(row.id),
  ]);
  const inlineIds = collectInlineImageIds(body);
  const photos = await loadPhotos(locale, [
    ...(row.coverId ? [row.coverId] : []),
    ...galleryRows.map((g) => g.mediaId),
    ...inlineIds,
  ]);
  const gallery = galleryRows.flatMap((g) => {
    const photo = photos.get(g.mediaId);
    return photo ? [photo] : [];
  });
  return {
      id: row.id,
      locale,
      slug: row.slug,
      title: row.title,
      lead: row.lead,
      body,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      publishedAt: iso(row.publishedAt)!,
      revisedAt: iso(row.revisedAt),
      category: { slug: row.categorySlug, name: row.categoryName },
      cover: row.coverId ? (photos.get(row.coverId) ?? null) : null,
      photoCount: gallery.length,
      bureau: row.bureauName && row.dateline ? { name: row.bureauName, dateline: row.dateline } : null,
      author: row.authorName,
      tags: tagRows,
      gallery,
      inlineImages: Object.fromEntries(inlineIds.flatMap((id) => (photos.get(id) ? [[id, photos.get(id)!]] : []))),
      alternates,
    };
}

/**
 * Finds a story by its slug in one language. A published variant is returned whole; an old slug, or another
 * language's slug of a story published in this language, answers with the slug to redirect to; a story that
 * exists only in other languages answers `missing` with those languages, so the 404 can link to them.
 */
export async function loadStoryBySlug(locale: Locale, slug: string): Promise<StoryLookup> {
  if (!isValidSlug(slug)) return { kind: 'notFound' };
  const db = getDb();
  const row = await loadVariantRow(locale, and(eq(s.articleTranslations.status, 'published'), eq(s.articleTranslations.slug, slug)));
  if (!row) {
    // An old slug of this language, or a slug of another language: which story is it?
    const [redirect] = await db
      .select({ articleId: s.slugRedirects.articleId })
      .from(s.slugRedirects)
      .where(and(eq(s.slugRedirects.locale, locale), eq(s.slugRedirects.slug, slug)))
      .limit(1);
    const [other] = redirect
      ? [redirect]
      : // Slugs are unique per language only: prefer the source language, then the oldest story, so the
        // answer is always the same.
        await db
          .select({ articleId: s.articleTranslations.articleId })
          .from(s.articleTranslations)
          .where(and(eq(s.articleTranslations.slug, slug), eq(s.articleTranslations.status, 'published')))
          .orderBy(sql`case when ${s.articleTranslations.locale} = 'ru' then 0 else 1 end`, asc(s.articleTranslations.articleId))
          .limit(1);
    if (!other) return { kind: 'notFound' };
    const alternates = await loadAlternates(other.articleId);
    const here = alternates.find((a) => a.locale === locale);
    if (here) return { kind: 'redirect', slug: here.slug };
    return alternates.length ? { kind: 'missing', alternates } : { kind: 'notFound' };
  }

  return { kind: 'story', story: await buildStoryPage(locale, row) };
}

/**
 * A story variant as readers would see it once published, whatever its status: for the newsroom's preview.
 * Unguarded: only db/queries/stories.ts calls it, after its own check.
 */
export async function loadStoryVariantPage(articleId: number, locale: Locale): Promise<StoryPage | null> {
  const row = await loadVariantRow(locale, eq(s.articleTranslations.articleId, articleId));
  return row ? buildStoryPage(locale, row) : null;
}

// Cached versions: what pages call.

export const getHomePage = cachedRead('home', loadHomePage, (locale) => [cacheTags.home(locale), cacheTags.taxonomy]);

export const getStoryBySlug = cachedRead('story-by-slug', loadStoryBySlug, (locale, slug) => [
  cacheTags.articleSlug(locale, slug),
]);

export const getCategoryPage = cachedRead('category', loadCategoryPage, (locale, categorySlug) => [
  cacheTags.section(locale, categorySlug),
  cacheTags.taxonomy,
]);

export const getLatest = cachedRead('latest', loadLatest, (locale) => [cacheTags.home(locale)]);

export const getExhibitions = cachedRead('exhibitions', loadExhibitions, (locale) => [cacheTags.photo(locale)]);

export const listCategories = cachedRead('categories', listCategoriesUncached, () => [cacheTags.taxonomy]);
