/**
 * A story's photo exhibition and cover, for the editor. Who may change them is who may edit the story's
 * source-language text: admins and editors always, a reporter their own story while it is a draft or in review.
 * Translators describe the photos (db/queries/media.ts) but do not choose them.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/locales';
import { getDb } from '../client';
import * as s from '../schema';
import { tagsForStoryChange } from './cache-tags';
import { getMediaItems, type LibraryItem } from './media';
import { assert, mayArrange, mayOpen, workLanguages } from './roles';
import { requireStaff, type Staff } from './staff';
import { loadArticle, loadVariant, type ArticleRow } from './stories';

export const MAX_EXHIBITION_PHOTOS = 100;

export type ExhibitionForEditing = {
  items: LibraryItem[];
  coverId: number | null;
  /** Whether the caller may add, remove, reorder photos and choose the cover. */
  canArrange: boolean;
  /** The languages in which the caller may write captions. */
  describable: Locale[];
};

async function mayArrangeStory(staff: Staff, article: ArticleRow): Promise<boolean> {
  return mayArrange(staff, article, await loadVariant(article.id, article.sourceLocale as Locale));
}

/** The exhibition in reading order and the cover. Reporters may open only their own stories. */
export async function getExhibition(articleId: number): Promise<ExhibitionForEditing | null> {
  const staff = await requireStaff();
  const article = await loadArticle(articleId);
  if (!article) return null;
  assert(mayOpen(staff, article));
  const db = getDb();
  const [rows, [story]] = await Promise.all([
    db.select({ mediaId: s.articleGallery.mediaId }).from(s.articleGallery).where(eq(s.articleGallery.articleId, articleId)).orderBy(asc(s.articleGallery.position)),
    db.select({ cover: s.articles.coverMediaId }).from(s.articles).where(eq(s.articles.id, articleId)),
  ]);
  return {
    items: await getMediaItems(rows.map((r) => r.mediaId)),
    coverId: story?.cover ?? null,
    canArrange: await mayArrangeStory(staff, article),
    describable: workLanguages(staff),
  };
}

export const exhibitionInputSchema = z
  .object({
    mediaIds: z.array(z.number().int().positive()).max(MAX_EXHIBITION_PHOTOS, 'tooManyPhotos'),
  })
  .refine((v) => new Set(v.mediaIds).size === v.mediaIds.length, { message: 'duplicatePhoto' });
export type ExhibitionInput = z.input<typeof exhibitionInputSchema>;

export type ArrangeResult = { ok: true; revalidate: string[] } | { ok: false; error: 'notFound' | 'invalid' | 'unknownPhoto' | 'tooManyPhotos' | 'duplicatePhoto' };

/**
 * Replaces the exhibition with these photos in this order. Nothing changes unless every photo exists. A story
 * without a cover takes the exhibition's first photo as its cover; otherwise the cover is the settings panel's
 * (story-settings.ts), so two screens never overwrite each other's choice. If the story is published, its pages
 * are returned for revalidation.
 */
export async function arrangeExhibition(articleId: number, input: ExhibitionInput): Promise<ArrangeResult> {
  const staff = await requireStaff();
  const article = await loadArticle(articleId);
  if (!article) return { ok: false, error: 'notFound' };
  assert(await mayArrangeStory(staff, article));
  const parsed = exhibitionInputSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    return { ok: false, error: message === 'tooManyPhotos' || message === 'duplicatePhoto' ? message : 'invalid' };
  }
  const { mediaIds } = parsed.data;
  const db = getDb();
  const wanted = [...new Set(mediaIds)];
  if (wanted.length) {
    const found = await db.select({ id: s.media.id }).from(s.media).where(inArray(s.media.id, wanted));
    if (found.length !== wanted.length) return { ok: false, error: 'unknownPhoto' };
  }
  await db.transaction(async (tx) => {
    await tx.delete(s.articleGallery).where(eq(s.articleGallery.articleId, articleId));
    if (mediaIds.length) await tx.insert(s.articleGallery).values(mediaIds.map((mediaId, position) => ({ articleId, mediaId, position })));
    const [story] = await tx.select({ cover: s.articles.coverMediaId }).from(s.articles).where(eq(s.articles.id, articleId)).for('update');
    await tx
      .update(s.articles)
      .set({ updatedAt: new Date(), ...(story?.cover == null && mediaIds.length ? { coverMediaId: mediaIds[0] } : {}) })
      .where(eq(s.articles.id, articleId));
  });
  const variants = await db
    .select({ slug: s.articleTranslations.slug, status: s.articleTranslations.status })
    .from(s.articleTranslations)
    .where(eq(s.articleTranslations.articleId, articleId));
  const published = variants.some((v) => v.status === 'published');
  return {
    ok: true,
    revalidate: published ? tagsForStoryChange({ locales, slugs: variants.map((v) => v.slug), categorySlugs: [article.categorySlug] }) : [],
  };
}
