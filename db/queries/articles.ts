/**
 * Reader-facing reads of stories. Public: no session needed, and only published variants are ever returned.
 * Each function returns plain objects with just the fields pages need (dates as ISO strings), and is cached
 * and tagged through cachedRead.
 *
 * Reads go through getReaderDb(): a read replica inside a cache fill (cachedRead), the primary anywhere else.
 */
import { and, asc, desc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { isLocale, type Locale } from '@/i18n/locales';
import { cursorTimestamp, encodeCursor, parseCursor, type Cursor } from '@/lib/cursor';
import { parseRichText, type RichTextDoc } from '@/lib/rich-text';
import { isValidSlug } from '@/lib/slug';
import { getReaderDb } from '../client';
import * as s from '../schema';
import { cachedRead } from './cached';
import { cacheTags } from './cache-tags';
import { FRONT_PAGE_PINS } from './front-page';

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
  /** Where the story is filed from: the variant's own dateline, else its bureau's; null without either. */
  dateline: string | null;
  /** The authors with a name in this language, in byline order, for links to their pages. */
  authors: { slug: string; name: string }[];
  /** Shown instead of the authors' names when set ("Staff and agencies"). */
  byline: string | null;
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
/**
 * One page of a keyset-paginated listing. `cursor` is this page's (null: the first page); `older` the next older
 * page's (null: none); `newer` the newer page's, null meaning the first page, undefined on the first page itself.
 */
export type KeysetPage<T> = { items: T[]; cursor: string | null; older: string | null; newer: string | null | undefined };

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
  const rows = await getReaderDb()
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

/**
 * Which stories a listing shows: its category, author or bureau, a tag, only those with a photo exhibition, or any
 * other condition on `articles` / `article_translations` (listings.ts).
 */
export type StoryFilter = {
  categoryId?: number;
  authorId?: number;
  bureauId?: number;
  tagId?: number;
  withGallery?: boolean;
  excludeIds?: number[];
  where?: SQL;
};

const t = s.articleTranslations;
/** The publication time in microseconds (exact, as a string): what a cursor holds. */
const micros = sql<string>`floor(extract(epoch from ${t.publishedAt}) * 1000000)::bigint::text`;

function filterConditions(locale: string, filter: StoryFilter): (SQL | undefined)[] {
  return [
    published(locale),
    filter.categoryId !== undefined ? eq(s.articles.categoryId, filter.categoryId) : undefined,
    filter.authorId !== undefined
      ? sql`exists (select 1 from ${s.articleAuthors} where ${s.articleAuthors.articleId} = ${t.articleId} and ${s.articleAuthors.authorId} = ${filter.authorId})`
      : undefined,
    filter.bureauId !== undefined ? eq(s.articles.bureauId, filter.bureauId) : undefined,
    filter.tagId !== undefined
      ? sql`exists (select 1 from ${s.articleTags} where ${s.articleTags.articleId} = ${t.articleId} and ${s.articleTags.tagId} = ${filter.tagId})`
      : undefined,
    filter.withGallery ? sql`exists (select 1 from ${s.articleGallery} where ${s.articleGallery.articleId} = ${t.articleId})` : undefined,
    filter.excludeIds?.length ? notInArray(t.articleId, filter.excludeIds) : undefined,
    filter.where,
  ];
}

/**
 * Ids (and cursors) of the stories matching `filter`, newest first, strictly older than `before` (or, with
 * direction 'newer', at or newer than `before`, oldest first). Walks the (locale, status, published_at,
 * article_id) index: the cost grows with the page, not with the archive.
 */
async function storyKeys(
  locale: string,
  filter: StoryFilter,
  limit: number,
  before: Cursor | null,
  direction: 'older' | 'newer' = 'older',
): Promise<{ id: number; cursor: string }[]> {
  const position = before
    ? direction === 'older'
      ? sql`(${t.publishedAt}, ${t.articleId}) < (${cursorTimestamp(before)}::timestamptz, ${before.id}::int)`
      : sql`(${t.publishedAt}, ${t.articleId}) >= (${cursorTimestamp(before)}::timestamptz, ${before.id}::int)`
    : undefined;
  const order = direction === 'older' ? [desc(t.publishedAt), desc(t.articleId)] : [asc(t.publishedAt), asc(t.articleId)];
  const rows = await getReaderDb()
    .select({ id: t.articleId, micros })
    .from(t)
    .innerJoin(s.articles, eq(s.articles.id, t.articleId))
    .where(and(...filterConditions(locale, filter), position))
    .orderBy(...order)
    .limit(limit);
  return rows.map((r) => ({ id: r.id, cursor: encodeCursor({ micros: r.micros, id: r.id }) }));
}

/** Cards of the given stories in one language, in the order of `ids` (missing or unpublished ones dropped). */
export async function cardsByIds(locale: string, ids: number[]): Promise<StoryCard[]> {
  if (ids.length === 0) return [];
  const rows = await getReaderDb()
    .select({
      id: s.articles.id,
      slug: t.slug,
      title: t.title,
      lead: t.lead,
      publishedAt: t.publishedAt,
      categorySlug: s.categories.slug,
      categoryName: s.categoryTranslations.name,
      coverId: s.articles.coverMediaId,
      photoCount: sql<number>`(select count(*) from ${s.articleGallery} where ${s.articleGallery.articleId} = ${s.articles.id})::int`,
    })
    .from(t)
    .innerJoin(s.articles, eq(s.articles.id, t.articleId))
    .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
    .innerJoin(
      s.categoryTranslations,
      and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
    )
    .where(and(published(locale), inArray(t.articleId, ids)));
  const photos = await loadPhotos(locale, rows.flatMap((r) => (r.coverId ? [r.coverId] : [])));
  const byId = new Map(
    rows.map((r): [number, StoryCard] => [
      r.id,
      {
        id: r.id,
        slug: r.slug,
        title: r.title,
        lead: r.lead,
        publishedAt: iso(r.publishedAt)!,
        category: { slug: r.categorySlug, name: r.categoryName },
        cover: r.coverId ? (photos.get(r.coverId) ?? null) : null,
        photoCount: r.photoCount,
      },
    ]),
  );
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/**
 * One page of a listing, newest first: the first page (cursor null) or the stories older than a cursor, with the
 * cursors of the next older page and of the newer one (null: the first page). Null when a cursor is malformed, is
 * not the key of a story in this listing (every "older" link the site writes is one: the last story shown), or
 * nothing is older than it: the page answers 404. So only the site's own older pages exist, and a flood of
 * made-up but well-formed cursors cannot fill the page cache (issue 14). No count: the cost does not grow with
 * the archive.
 */
export async function keysetPage(locale: string, filter: StoryFilter, cursor: string | null): Promise<KeysetPage<StoryCard> | null> {
  const before = cursor === null ? null : parseCursor(cursor);
  if (cursor !== null && !before) return null;
  const [keys, newerKeys] = await Promise.all([
    storyKeys(locale, filter, PAGE_SIZE + 1, before),
    before ? storyKeys(locale, filter, PAGE_SIZE + 1, before, 'newer') : Promise.resolve([]),
  ]);
  if (before && (keys.length === 0 || newerKeys[0]?.cursor !== cursor)) return null;
  const shown = keys.slice(0, PAGE_SIZE);
  return {
    items: await cardsByIds(locale, shown.map((k) => k.id)),
    cursor,
    older: keys.length > PAGE_SIZE ? shown[shown.length - 1]!.cursor : null,
    newer: before === null ? undefined : newerKeys.length > PAGE_SIZE ? newerKeys[PAGE_SIZE]!.cursor : null,
  };
}

/** How many top stories stand beside the lead on the front page. */
export const TOP_STORIES = 4;

export type HomePage = {
  lead: StoryCard | null;
  /** Beside the lead: the other stories editors pinned, then the newest with a photo (db/queries/front-page.ts). */
  top: StoryCard[];
  latest: StoryCard[];
  sections: { category: CategoryRef; stories: StoryCard[] }[];
  exhibitions: StoryCard[];
};

/**
 * The home page of one language: the lead story and the top stories beside it, the latest news, a block per
 * category, recent exhibitions. The lead is the newest story editors pinned that is published in this language
 * (db/queries/front-page.ts), otherwise the newest with a photo; the top stories are the other pins, then the
 * newest. Neither is repeated in the blocks below (the latest feed lists every story but the lead, by time).
 * Every block's keys first (index reads, in two rounds), then one read of all the cards they show: a publish
 * re-renders this page at once, so it is built with few statements (12 for six sections, where a read of cards per
 * block took 25).
 */
export async function loadHomePage(locale: Locale): Promise<HomePage> {
  const db = getReaderDb();
  const [latestKeys, categoryRows, exhibitionKeys, pinKeys] = await Promise.all([
    storyKeys(locale, {}, 13 + TOP_STORIES, null),
    listCategoriesUncached(locale),
    storyKeys(locale, { withGallery: true }, 4 + 1 + TOP_STORIES, null),
    db
      .select({ id: s.articles.id })
      .from(s.articles)
      .where(sql`${s.articles.homePinnedAt} is not null`)
      .orderBy(desc(s.articles.homePinnedAt), desc(s.articles.id))
      .limit(FRONT_PAGE_PINS),
  ]);
  // More than shown: the lead and the top stories are left out of their sections' blocks.
  const sectionKeys = await Promise.all(categoryRows.map((category) => storyKeys(locale, { categoryId: category.id }, 4 + 1 + TOP_STORIES, null)));
  const ids = [...new Set([...latestKeys, ...exhibitionKeys, ...sectionKeys.flat(), ...pinKeys].map((k) => k.id))];
  // Only stories published in this language have a card: a pin of a story not published here is passed over.
  const cards = new Map((await cardsByIds(locale, ids)).map((card) => [card.id, card]));
  const pick = (keys: { id: number }[]) => keys.flatMap((k) => (cards.has(k.id) ? [cards.get(k.id)!] : []));
  const latest = pick(latestKeys);
  const pinned = pick(pinKeys);
  const lead = pinned[0] ?? latest.find((story) => story.cover) ?? latest[0] ?? null;
  const rest = latest.filter((story) => story.id !== lead?.id && !pinned.includes(story));
  const top = [...pinned.slice(1), ...rest.filter((story) => story.cover), ...rest.filter((story) => !story.cover)].slice(0, TOP_STORIES);
  const above = new Set([lead?.id, ...top.map((story) => story.id)]);
  const sections = categoryRows.map((category, i) => ({
    category: { slug: category.slug, name: category.name },
    stories: pick(sectionKeys[i]!).filter((story) => !above.has(story.id)).slice(0, 4),
  }));
  return {
    lead,
    top,
    latest: latest.filter((story) => story.id !== lead?.id).slice(0, 12),
    sections: sections.filter((section) => section.stories.length > 0),
    exhibitions: pick(exhibitionKeys).filter((story) => !above.has(story.id)).slice(0, 4),
  };
}

async function listCategoriesUncached(locale: string): Promise<(CategoryRef & { id: number })[]> {
  return getReaderDb()
    .select({ id: s.categories.id, slug: s.categories.slug, name: s.categoryTranslations.name })
    .from(s.categories)
    .innerJoin(
      s.categoryTranslations,
      and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)),
    )
    .orderBy(asc(s.categories.position), asc(s.categories.id));
}

/**
 * A category's stories in one language, newest first: the first page (cursor null) or those older than a cursor.
 * Null for an unknown category, a malformed cursor or one with nothing older.
 */
export async function loadCategoryPage(
  locale: Locale,
  categorySlug: string,
  cursor: string | null,
): Promise<{ category: CategoryRef; stories: KeysetPage<StoryCard> } | null> {
  const found = (await listCategoriesUncached(locale)).find((c) => c.slug === categorySlug);
  if (!found) return null;
  const stories = await keysetPage(locale, { categoryId: found.id }, cursor);
  return stories ? { category: { slug: found.slug, name: found.name }, stories } : null;
}

/** Every story published in one language, newest first: the news feed. Null for a bad cursor. */
export async function loadLatest(locale: Locale, cursor: string | null): Promise<KeysetPage<StoryCard> | null> {
  return keysetPage(locale, {}, cursor);
}

/** Stories with a photo exhibition in one language, newest first. Null for a bad cursor. */
export async function loadExhibitions(locale: Locale, cursor: string | null): Promise<KeysetPage<StoryCard> | null> {
  return keysetPage(locale, { withGallery: true }, cursor);
}

async function loadAlternates(articleId: number): Promise<StoryAlternate[]> {
  const rows = await getReaderDb()
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
  const db = getReaderDb();
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
      bureauDateline: s.bureauTranslations.dateline,
      ownDateline: s.articleTranslations.dateline,
      byline: s.articleTranslations.byline,
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
    .where(and(eq(s.articleTranslations.locale, locale), where))
    .limit(1);

  return row ?? null;
}

async function buildStoryPage(locale: Locale, row: NonNullable<Awaited<ReturnType<typeof loadVariantRow>>>): Promise<StoryPage> {
  const db = getReaderDb();
  const body = parseRichText(row.body);
  const [galleryRows, tagRows, authorRows, alternates] = await Promise.all([
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
    db
      .select({ slug: s.authors.slug, name: s.authorTranslations.name })
      .from(s.articleAuthors)
      .innerJoin(s.authors, eq(s.authors.id, s.articleAuthors.authorId))
      .innerJoin(s.authorTranslations, and(eq(s.authorTranslations.authorId, s.authors.id), eq(s.authorTranslations.locale, locale)))
      .where(eq(s.articleAuthors.articleId, row.id))
      .orderBy(asc(s.articleAuthors.position)),
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
      bureau: row.bureauName && row.bureauDateline ? { name: row.bureauName, dateline: row.ownDateline || row.bureauDateline } : null,
      dateline: row.ownDateline || row.bureauDateline || null,
      authors: authorRows,
      byline: row.byline || null,
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
  const db = getReaderDb();
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
 * Unguarded: only db/queries/stories.ts calls it, after its own check. Called there outside any cache fill, so it
 * reads the primary: an editor previews the text they have just saved.
 */
export async function loadStoryVariantPage(articleId: number, locale: Locale, text?: StoryText): Promise<StoryPage | null> {
  const row = await loadVariantRow(locale, eq(s.articleTranslations.articleId, articleId));
  return row ? buildStoryPage(locale, text ? { ...row, ...text } : row) : null;
}

/** A text shown in place of the stored one (the newsroom's preview of changes not yet published). */
export type StoryText = { title: string; lead: string; body: unknown; seoTitle: string | null; seoDescription: string | null };

// Cached versions: what pages call.

export const getHomePage = cachedRead('home', loadHomePage, (locale) => [cacheTags.home(locale), cacheTags.taxonomy]);

// A slug that cannot exist (too long, odd characters) is answered without tagging it: Next refuses tags over
// 256 characters, with a warning per request.
export const getStoryBySlug = cachedRead('story-by-slug', loadStoryBySlug, (locale, slug) => (isValidSlug(slug) ? [cacheTags.articleSlug(locale, slug)] : []), {
  stored: (result) => result.kind !== 'notFound',
});

export const getCategoryPage = cachedRead('category', loadCategoryPage, (locale, categorySlug) =>
  isValidSlug(categorySlug) ? [cacheTags.section(locale, categorySlug), cacheTags.taxonomy] : [cacheTags.taxonomy],
);

export const getLatest = cachedRead('latest', loadLatest, (locale) => [cacheTags.home(locale)]);

export const getExhibitions = cachedRead('exhibitions', loadExhibitions, (locale) => [cacheTags.photo(locale)]);

export const listCategories = cachedRead(
  'categories',
  async (locale: string): Promise<CategoryRef[]> => (await listCategoriesUncached(locale)).map(({ slug, name }) => ({ slug, name })),
  () => [cacheTags.taxonomy],
);
