/**
 * The media library: uploading photos, browsing and searching them, and their alt text, caption and credit in
 * each language. Every function checks the caller itself:
 * - every newsroom role browses the library;
 * - admins, editors and reporters upload, and describe photos in every language;
 * - translators describe photos in the languages assigned to them;
 * - admins and editors delete photos no story uses (deleteMedia; listMediaUsage says which stories use one).
 * Uploads take the one road into storage, lib/images.ts: the format is detected from the bytes, and the picture
 * is re-encoded without metadata. Storage keys are content hashes, so the same photo uploaded twice is one item.
 */
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { isRowId } from '@/lib/ids';
import { ImageRejectedError, processImage, type ImageErrorCode } from '@/lib/images';
import { MediaStorageUnavailable, mediaKeyFor, mediaStorage } from '@/lib/media-storage';
import { escapeLike, withoutControlCharacters } from '@/lib/plain-text';
import { getDb, type Db } from '../client';
import * as s from '../schema';
import { mediaUrl } from './articles';
import { recordAudit } from './audit';
import { tagsForStoryChange } from './cache-tags';
import { assert, mayPublish, requireCapability, workLanguages } from './roles';
import type { Staff } from './staff';
import { requireStaff } from './staff';

export type MediaText = { alt: string; caption: string; credit: string };

export type LibraryItem = {
  id: number;
  src: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string | null;
  createdAt: string;
  texts: Record<Locale, MediaText>;
};

const emptyText = (): MediaText => ({ alt: '', caption: '', credit: '' });

async function withTexts(rows: (typeof s.media.$inferSelect)[]): Promise<LibraryItem[]> {
  if (rows.length === 0) return [];
  const texts = await getDb()
    .select()
    .from(s.mediaTranslations)
    .where(inArray(s.mediaTranslations.mediaId, rows.map((r) => r.id)));
  return rows.map((r) => {
    const byLocale = Object.fromEntries(locales.map((l) => [l, emptyText()])) as Record<Locale, MediaText>;
    for (const t of texts) {
      if (t.mediaId === r.id && (locales as readonly string[]).includes(t.locale)) {
        byLocale[t.locale as Locale] = { alt: t.alt, caption: t.caption ?? '', credit: t.credit ?? '' };
      }
    }
    return {
      id: r.id,
      src: mediaUrl(r.storageKey),
      width: r.width,
      height: r.height,
      bytes: r.bytes,
      originalName: r.originalName,
      createdAt: new Date(r.createdAt).toISOString(),
      texts: byLocale,
    };
  });
}

export type UploadResult =
  | { ok: true; item: LibraryItem; duplicate: boolean }
  | { ok: false; error: ImageErrorCode | 'storageUnavailable' };

/** A file's name is only a label: control characters (a NUL made the insert fail) are dropped. */
const fileNameSchema = z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200)).catch('');

/**
 * Stores an uploaded photo (admins, editors, reporters). The bytes decide the format: only JPEG, PNG, WebP and
 * AVIF pass, within the size and pixel limits; the stored picture is re-encoded, rotated upright, without EXIF.
 * If the media store cannot take it, nothing is recorded and the uploader is told so ('storageUnavailable').
 */
/** Throws AccessDenied unless the caller may upload: the upload route asks before it reads a byte of the body. */
export async function assertMayUpload(): Promise<void> {
  await requireCapability('upload');
}

export async function uploadMedia(input: { bytes: Buffer; name?: string }): Promise<UploadResult> {
  const staff = await requireCapability('upload');
  let image;
  try {
    image = await processImage(input.bytes);
  } catch (error) {
    if (error instanceof ImageRejectedError) return { ok: false, error: error.code };
    throw error;
  }
  const key = mediaKeyFor(image.bytes, image.extension);
  const db = getDb();
  const [existing] = await db.select().from(s.media).where(eq(s.media.storageKey, key));
  if (existing) return { ok: true, item: (await withTexts([existing]))[0]!, duplicate: true };
  try {
    await mediaStorage.put(key, image.bytes);
  } catch (error) {
    if (!(error instanceof MediaStorageUnavailable)) throw error;
    console.error(`Upload not stored: ${error.message}`);
    return { ok: false, error: 'storageUnavailable' };
  }
  let row: typeof s.media.$inferSelect | undefined;
  try {
    [row] = await db
      .insert(s.media)
      .values({
        storageKey: key,
        mimeType: image.mimeType,
        width: image.width,
        height: image.height,
        bytes: image.bytes.byteLength,
        blurDataUrl: image.blurDataUrl,
        originalName: fileNameSchema.parse(input.name ?? '') || null,
        uploadedBy: staff.id,
      })
      .onConflictDoNothing({ target: s.media.storageKey })
      .returning();
  } catch (error) {
    // No row, no file: a stored file nobody can list or delete would stay in the store for ever.
    await mediaStorage.delete(key).catch(() => {});
    throw error;
  }
  // Two people uploading the same photo at the same moment: the second finds the first one's row.
  const stored = row ?? (await db.select().from(s.media).where(eq(s.media.storageKey, key)))[0]!;
  return { ok: true, item: (await withTexts([stored]))[0]!, duplicate: !row };
}

export const LIBRARY_PAGE_SIZE = 24;

export type LibraryPage = { items: LibraryItem[]; total: number; page: number; pages: number };

/** The library, newest first; `q` searches file names, alt texts, captions and credits in every language. */
export async function listMedia(options: { q?: string; page?: number; perPage?: number } = {}): Promise<LibraryPage> {
  await requireStaff();
  const perPage = Math.min(Math.max(options.perPage ?? LIBRARY_PAGE_SIZE, 1), 100);
  const q = withoutControlCharacters(options.q ?? '').trim().slice(0, 100);
  let where: SQL | undefined;
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    const matchingText = getDb()
      .select({ id: s.mediaTranslations.mediaId })
      .from(s.mediaTranslations)
      .where(or(ilike(s.mediaTranslations.alt, pattern), ilike(s.mediaTranslations.caption, pattern), ilike(s.mediaTranslations.credit, pattern)));
    where = or(ilike(s.media.originalName, pattern), inArray(s.media.id, matchingText));
  }
  const db = getDb();
  const [{ total }] = (await db.select({ total: sql<number>`count(*)::int` }).from(s.media).where(where)) as [{ total: number }];
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(options.page ?? 1, 1), pages);
  const rows = await db
    .select()
    .from(s.media)
    .where(where)
    .orderBy(desc(s.media.createdAt), desc(s.media.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  return { items: await withTexts(rows), total, page, pages };
}

/** Library items by id, in the order asked (unknown ids are left out). Any newsroom role. */
export async function getMediaItems(ids: number[]): Promise<LibraryItem[]> {
  await requireStaff();
  const wanted = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0).slice(0, 200);
  if (wanted.length === 0) return [];
  const rows = await getDb().select().from(s.media).where(inArray(s.media.id, wanted));
  const items = new Map((await withTexts(rows)).map((i) => [i.id, i]));
  return wanted.flatMap((id) => items.get(id) ?? []);
}

/** One photo with its texts, and which languages the caller may describe. */
export async function getMediaForEditing(id: number): Promise<{ item: LibraryItem; editable: Locale[] } | null> {
  const staff = await requireStaff();
  const [row] = await getDb().select().from(s.media).where(eq(s.media.id, id));
  if (!row) return null;
  return { item: (await withTexts([row]))[0]!, editable: workLanguages(staff) };
}

const textSchema = z.object({
  alt: z.string().trim().max(limits.photoAlt, 'altTooLong'),
  caption: z.string().trim().max(limits.photoCaption, 'captionTooLong'),
  credit: z.string().trim().max(limits.photoCredit, 'creditTooLong'),
});
export const mediaTextsSchema = z.partialRecord(z.enum(locales), textSchema);
export type MediaTextsInput = z.input<typeof mediaTextsSchema>;

export type DescribeResult = { ok: true; revalidate: string[] } | { ok: false; error: 'notFound' | 'invalid' | 'photoLive'; issues?: string[] };

/**
 * Whether a caller who cannot publish may set this photo's texts in these languages: only while no story
 * published or scheduled in one of them shows it (the live page would change without an editor), and for a
 * reporter only when every story showing it is their own. Editors and admins always may.
 */
async function mayDescribe(staff: Staff, mediaId: number, languages: Locale[]): Promise<boolean> {
  if (mayPublish(staff)) return true;
  const t = s.articleTranslations;
  const inline = sql`${t.body} @> ${JSON.stringify({ content: [{ type: 'image', attrs: { mediaId } }] })}::jsonb`;
  const showing = await getDb()
    .selectDistinct({ ownerId: s.articles.ownerId, locale: t.locale, status: t.status })
    .from(s.articles)
    .innerJoin(t, eq(t.articleId, s.articles.id))
    .leftJoin(s.articleGallery, eq(s.articleGallery.articleId, s.articles.id))
    .where(or(eq(s.articles.coverMediaId, mediaId), eq(s.articleGallery.mediaId, mediaId), inline));
  if (staff.role === 'reporter' && showing.some((r) => r.ownerId !== staff.id)) return false;
  return !showing.some((r) => languages.includes(r.locale as Locale) && (r.status === 'published' || r.status === 'scheduled'));
}

/**
 * Sets a photo's alt text, caption and credit in the given languages (a translator only in theirs; a reporter or
 * translator only while no live story shows it in them: mayDescribe). Published
 * stories showing the photo (as cover, in the exhibition or in the text) are returned for revalidation.
 */
export async function describeMedia(id: number, input: MediaTextsInput): Promise<DescribeResult> {
  const staff = await requireStaff();
  const parsed = mediaTextsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', issues: [...new Set(parsed.error.issues.map((i) => i.message))] };
  const allowed = workLanguages(staff);
  const given = Object.keys(parsed.data) as Locale[];
  assert(given.every((l) => allowed.includes(l)));
  const db = getDb();
  const [row] = await db.select({ id: s.media.id }).from(s.media).where(eq(s.media.id, id));
  if (!row) return { ok: false, error: 'notFound' };
  if (!(await mayDescribe(staff, id, given))) return { ok: false, error: 'photoLive' };
  await db.transaction(async (tx) => {
    for (const locale of given) {
      const text = parsed.data[locale]!;
      const values = { alt: text.alt, caption: text.caption || null, credit: text.credit || null };
      if (!text.alt && !text.caption && !text.credit) {
        await tx.delete(s.mediaTranslations).where(and(eq(s.mediaTranslations.mediaId, id), eq(s.mediaTranslations.locale, locale)));
      } else {
        await tx
          .insert(s.mediaTranslations)
          .values({ mediaId: id, locale, ...values })
          .onConflictDoUpdate({ target: [s.mediaTranslations.mediaId, s.mediaTranslations.locale], set: values });
      }
    }
  });
  return { ok: true, revalidate: await tagsForPublishedStoriesShowing([id]) };
}

/** The cache tags of the published stories that show any of these photos: as cover, in the exhibition or inline. */
export async function tagsForPublishedStoriesShowing(mediaIds: number[]): Promise<string[]> {
  if (mediaIds.length === 0) return [];
  const db = getDb();
  const inline = mediaIds.map(
    (id) => sql`${s.articleTranslations.body} @> ${JSON.stringify({ content: [{ type: 'image', attrs: { mediaId: id } }] })}::jsonb`,
  );
  const articleIds = await db
    .selectDistinct({ id: s.articles.id, category: s.categories.slug })
    .from(s.articles)
    .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
    .innerJoin(s.articleTranslations, eq(s.articleTranslations.articleId, s.articles.id))
    .leftJoin(s.articleGallery, eq(s.articleGallery.articleId, s.articles.id))
    .where(
      and(
        eq(s.articleTranslations.status, 'published'),
        or(inArray(s.articles.coverMediaId, mediaIds), inArray(s.articleGallery.mediaId, mediaIds), ...inline),
      ),
    );
  if (articleIds.length === 0) return [];
  const slugs = await db
    .select({ slug: s.articleTranslations.slug })
    .from(s.articleTranslations)
    .where(inArray(s.articleTranslations.articleId, articleIds.map((a) => a.id)));
  return tagsForStoryChange({ locales, slugs: slugs.map((r) => r.slug), categorySlugs: [...new Set(articleIds.map((a) => a.category))] });
}

// --- Deleting a photo ---------------------------------------------------------------------------------------------

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** How a story uses a photo: its cover, in its exhibition, or inline in a language's text (working or pending). */
export type MediaUse = 'cover' | 'exhibition' | 'text';

/** A story that uses a photo; `title` is in the language asked for when the story has it, else its source language. */
export type MediaUsage = { id: number; title: string; titleLocale: Locale; uses: MediaUse[] };

/**
 * An image node showing this photo anywhere in a document: at the top level, or inside a quote or a list item
 * (the editor allows both; lib/rich-text.ts renders both). Strict mode: a filter on a value that is not an object
 * is false, not a match found by unwrapping an array.
 */
const IMAGE_ANYWHERE = 'strict $.** ? (@.type == "image" && (@.attrs.mediaId == $id || @.attrs.mediaId == $idText))';

/** The stories that use the photo, newest first (all of them: any status, any language). */
async function usageOf(db: Db | Tx, id: number, locale: Locale): Promise<MediaUsage[]> {
  const vars = JSON.stringify({ id, idText: String(id) });
  // One after another: inside a transaction they share one connection.
  const covers = await db.select({ id: s.articles.id }).from(s.articles).where(eq(s.articles.coverMediaId, id));
  const exhibitions = await db.selectDistinct({ id: s.articleGallery.articleId }).from(s.articleGallery).where(eq(s.articleGallery.mediaId, id));
  const texts = await db
    .selectDistinct({ id: s.articleTranslations.articleId })
    .from(s.articleTranslations)
    .where(
      or(
        sql`jsonb_path_exists(${s.articleTranslations.body}, ${IMAGE_ANYWHERE}::jsonpath, ${vars}::jsonb)`,
        sql`jsonb_path_exists(${s.articleTranslations.pending} -> 'body', ${IMAGE_ANYWHERE}::jsonpath, ${vars}::jsonb)`,
      ),
    );
  const uses = new Map<number, Set<MediaUse>>();
  const add = (rows: { id: number }[], use: MediaUse) => {
    for (const r of rows) uses.set(r.id, (uses.get(r.id) ?? new Set<MediaUse>()).add(use));
  };
  add(covers, 'cover');
  add(exhibitions, 'exhibition');
  add(texts, 'text');
  if (uses.size === 0) return [];
  const ids = [...uses.keys()];
  const variants = await db
    .select({ articleId: s.articleTranslations.articleId, locale: s.articleTranslations.locale, title: s.articleTranslations.title, sourceLocale: s.articles.sourceLocale })
    .from(s.articleTranslations)
    .innerJoin(s.articles, eq(s.articles.id, s.articleTranslations.articleId))
    .where(inArray(s.articleTranslations.articleId, ids));
  const order: MediaUse[] = ['cover', 'exhibition', 'text'];
  return ids
    .sort((a, b) => b - a)
    .map((articleId) => {
      const own = variants.filter((v) => v.articleId === articleId);
      const chosen = own.find((v) => v.locale === locale) ?? own.find((v) => v.locale === v.sourceLocale) ?? own[0];
      const titleLocale = chosen && isLocale(chosen.locale) ? chosen.locale : locale;
      return { id: articleId, title: chosen?.title || `#${articleId}`, titleLocale, uses: order.filter((u) => uses.get(articleId)!.has(u)) };
    });
}

/** Which stories use a photo, and how (any newsroom role; titles in `locale` where the story has that language). */
export async function listMediaUsage(id: number, locale: Locale): Promise<MediaUsage[]> {
  await requireStaff();
  if (!isRowId(id)) return [];
  return usageOf(getDb(), id, locale);
}

export type DeleteMediaResult =
  | { ok: true; revalidate: string[] }
  | { ok: false; error: 'notFound' | 'storageUnavailable' }
  | { ok: false; error: 'inUse'; usedBy: MediaUsage[] };

/** Thrown inside the transaction to undo the row's deletion when the store could not remove the file. */
class FileNotRemoved extends Error {}

/**
 * Deletes a photo no story uses (admins and editors): its row, its texts (they cascade), its file in the media
 * store, and an audit row ('media-delete') in the same transaction. A photo that is any story's cover, in any
 * exhibition, or inline in any language's text or pending changes is refused with the stories that use it
 * (`inUse`, titles in `locale` where they have it) and nothing changes. The photo's row stays locked while this
 * runs, so a story cannot take it as cover or into its exhibition meanwhile (those wait, then find it gone).
 * If the store cannot remove the file, the row is kept and the answer is `storageUnavailable`. No reader's page
 * showed an unused photo, so there is nothing to expire.
 */
export async function deleteMedia(id: number, locale: Locale): Promise<DeleteMediaResult> {
  const staff = await requireCapability('deleteMedia');
  if (!isRowId(id)) return { ok: false, error: 'notFound' };
  try {
    return await getDb().transaction(async (tx): Promise<DeleteMediaResult> => {
      const [row] = await tx.select().from(s.media).where(eq(s.media.id, id)).for('update');
      if (!row) return { ok: false, error: 'notFound' };
      const usedBy = await usageOf(tx, id, locale);
      if (usedBy.length > 0) return { ok: false, error: 'inUse', usedBy };
      await tx.delete(s.media).where(eq(s.media.id, id));
      await recordAudit(tx, {
        actorId: staff.id,
        action: 'media-delete',
        subject: row.originalName ?? `#${id}`,
        details: { id, storageKey: row.storageKey, width: row.width, height: row.height },
      });
      // Last, so that a failure above keeps the file; a failure here undoes the row's deletion.
      try {
        await mediaStorage.delete(row.storageKey);
      } catch (error) {
        if (!(error instanceof MediaStorageUnavailable)) throw error;
        console.error(`Photo #${id} not deleted: ${error.message}`);
        throw new FileNotRemoved();
      }
      return { ok: true, revalidate: [] };
    });
  } catch (error) {
    if (error instanceof FileNotRemoved) return { ok: false, error: 'storageUnavailable' };
    throw error;
  }
}
