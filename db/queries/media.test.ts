import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MediaStorageUnavailable, mediaStorage } from '@/lib/media-storage';
import { getDb } from '../client';
import { fillMissingPlaceholders } from '../fill-placeholders';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadStoryVariantPage } from './articles';
import { cacheTags } from './cache-tags';
import { arrangeExhibition, getExhibition } from './exhibitions';
import { deleteMedia, describeMedia, getMediaForEditing, listMedia, listMediaUsage, uploadMedia } from './media';
import { updateStorySettings } from './story-settings';
import { createStory, saveVariant } from './stories';
import { setVariantStatus } from './publishing';

let admin: TestAccount, editor: TestAccount, reporter: TestAccount, otherReporter: TestAccount, translator: TestAccount;
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  [admin, editor, reporter, otherReporter, translator] = await Promise.all([
    signedInAccount('admin'),
    signedInAccount('editor'),
    signedInAccount('reporter'),
    signedInAccount('reporter'),
    signedInAccount('translator', ['az']),
  ]);
});

/** A distinct photo per call (the colour differs), as a camera would write it: JPEG with EXIF and GPS. */
let colour = 0;
async function cameraPhoto(width = 120, height = 80): Promise<Buffer> {
  colour += 1;
  return sharp({ create: { width, height, channels: 3, background: { r: (colour * 37) % 256, g: (colour * 91) % 256, b: (colour * 13 + 7) % 256 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam', Artist: 'Secret Photographer' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 0/1' } })
    .toBuffer();
}

const mediaCount = async () => (await getDb().select({ n: sql<number>`count(*)::int` }).from(s.media))[0]!.n;

async function upload(who: TestAccount, name: string) {
  const result = await as(who, async () => uploadMedia({ bytes: await cameraPhoto(), name }));
  if (!result.ok) throw new Error(result.error);
  return result.item;
}

async function newStory(owner: TestAccount, title: string): Promise<number> {
  const result = await as(owner, () => createStory({ category: 'society', title }));
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

describe('who may use the media library', () => {
  it('anonymous callers get nothing; translators browse and describe but do not upload', async () => {
    const bytes = await cameraPhoto();
    expect(await accessOutcome(() => as(null, () => uploadMedia({ bytes })))).toBe('unauthenticated');
    expect(await accessOutcome(() => as(null, () => listMedia()))).toBe('unauthenticated');
    expect(await accessOutcome(() => as(null, () => getMediaForEditing(1)))).toBe('unauthenticated');
    expect(await accessOutcome(() => as(null, () => describeMedia(1, { ru: { alt: 'x', caption: '', credit: '' } })))).toBe('unauthenticated');
    expect(await accessOutcome(() => as(translator, () => uploadMedia({ bytes })))).toBe('forbidden');
    for (const who of [admin, editor, reporter, translator]) expect(await accessOutcome(() => as(who, () => listMedia()))).toBe('allowed');
  });

  it('a translator describes photos only in their own languages', async () => {
    const item = await upload(editor, `translator-${run}.jpg`);
    expect(await as(translator, () => describeMedia(item.id, { az: { alt: 'Dağlar', caption: 'Qafqaz', credit: '' } }))).toMatchObject({ ok: true });
    expect(await accessOutcome(() => as(translator, () => describeMedia(item.id, { ru: { alt: 'Горы', caption: '', credit: '' } })))).toBe('forbidden');
    const found = await as(translator, () => getMediaForEditing(item.id));
    expect(found?.editable).toEqual(['az']);
    expect(found?.item.texts.az).toEqual({ alt: 'Dağlar', caption: 'Qafqaz', credit: '' });
    expect(found?.item.texts.ru.alt).toBe('');
  });

  it("the texts of a photo on a live story change only through an editor; a reporter's only on their own stories", async () => {
    const photo = await upload(editor, `live-${run}.jpg`);
    const id = await newStory(editor, `Живой материал ${run}`);
    await as(editor, () => arrangeExhibition(id, { mediaIds: [photo.id] }));
    await as(editor, () => saveVariant(id, 'ru', { title: `Живой материал ${run}`, lead: 'Лид.', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }] } }, 1));
    // Unpublished everywhere: the translator describes it in Azerbaijani.
    expect(await as(translator, () => describeMedia(photo.id, { az: { alt: 'Qaralama', caption: '', credit: '' } }))).toMatchObject({ ok: true });
    const az = await as(translator, () => saveVariant(id, 'az', { title: `Canlı material ${run}`, lead: 'Lid.', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mətn.' }] }] } }, 0));
    expect(az).toMatchObject({ ok: true });
    expect(await as(editor, () => setVariantStatus(id, 'az', 'publish'))).toMatchObject({ ok: true });
    // Published in Azerbaijani: the live page would change without an editor.
    expect(await as(translator, () => describeMedia(photo.id, { az: { alt: 'Dəyişdirilmiş', caption: 'Yeni', credit: '' } }))).toEqual({ ok: false, error: 'photoLive' });
    expect((await as(translator, () => getMediaForEditing(photo.id)))?.item.texts.az.alt).toBe('Qaralama');
    // Russian is not published: a reporter still may not, since the story is not theirs; the editor may anything.
    expect(await as(reporter, () => describeMedia(photo.id, { ru: { alt: 'Чужое', caption: '', credit: '' } }))).toEqual({ ok: false, error: 'photoLive' });
    expect(await as(editor, () => describeMedia(photo.id, { az: { alt: 'Redaktor', caption: '', credit: '' } }))).toMatchObject({ ok: true });
    // A reporter's own draft: theirs to describe.
    const own = await newStory(reporter, `Свой черновик ${run}`);
    const mine = await upload(reporter, `mine-${run}.jpg`);
    await as(reporter, () => arrangeExhibition(own, { mediaIds: [mine.id] }));
    expect(await as(reporter, () => describeMedia(mine.id, { ru: { alt: 'Моё', caption: '', credit: '' } }))).toMatchObject({ ok: true });
  });
});

describe('uploads', () => {
  it('re-encodes the photo without EXIF or GPS, and keeps its name for search', async () => {
    const item = await upload(reporter, `camera-${run}.jpg`);
    expect(item).toMatchObject({ width: 120, height: 80, originalName: `camera-${run}.jpg` });
    const stored = await mediaStorage.get(item.src.replace(/^\/media\//, ''));
    expect(stored).not.toBeNull();
    const meta = await sharp(stored!).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(stored!.includes(Buffer.from('Secret Photographer'))).toBe(false);
    const [row] = await getDb().select().from(s.media).where(eq(s.media.id, item.id));
    expect(row?.uploadedBy).toBe(reporter.id);
  });

  it('keeps a file name with a NUL in it as a label without the NUL (the insert failed, leaving the file behind)', async () => {
    const before = await mediaCount();
    const item = await upload(reporter, `nul\u0000-${run}.jpg`);
    expect(item.originalName).toBe(`nul-${run}.jpg`);
    expect(await mediaCount()).toBe(before + 1);
  });

  it('refuses HTML, SVG and text by their content, whatever the name, and stores nothing', async () => {
    const before = await mediaCount();
    const attempts = [
      { name: 'photo.jpg', bytes: Buffer.from('<!doctype html><script>alert(1)</script>') },
      { name: 'logo.png', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') },
      { name: 'notes.webp', bytes: Buffer.from('plain text') },
    ];
    for (const attempt of attempts) expect(await as(editor, () => uploadMedia(attempt))).toEqual({ ok: false, error: 'unsupportedType' });
    expect(await mediaCount()).toBe(before);
  });

  it('the same photo uploaded twice is one library item', async () => {
    const bytes = await cameraPhoto();
    const first = await as(editor, () => uploadMedia({ bytes, name: 'a.jpg' }));
    const before = await mediaCount();
    const second = await as(admin, () => uploadMedia({ bytes, name: 'b.jpg' }));
    expect(first.ok && second.ok && second.item.id === first.item.id && second.duplicate).toBe(true);
    expect(await mediaCount()).toBe(before);
  });
});

describe('placeholders shown while a photo loads', () => {
  const rowOf = async (id: number) => (await getDb().select().from(s.media).where(eq(s.media.id, id)))[0]!;

  it('an upload gets a tiny blurred preview of a few hundred bytes, an image a browser can draw', async () => {
    const item = await upload(editor, `placeholder-${run}.jpg`);
    const { blurDataUrl } = await rowOf(item.id);
    expect(blurDataUrl).toMatch(/^data:image\/webp;base64,/);
    const bytes = Buffer.from(blurDataUrl!.split(',')[1]!, 'base64');
    expect(bytes.byteLength).toBeLessThan(1000);
    expect((await sharp(bytes).metadata()).width).toBe(16);
  });

  it('a photo stored before placeholders existed gets one at the next start; a second run changes nothing', async () => {
    const item = await upload(editor, `old-${run}.jpg`);
    const made = (await rowOf(item.id)).blurDataUrl;
    await getDb().update(s.media).set({ blurDataUrl: null }).where(eq(s.media.id, item.id));
    const first = await fillMissingPlaceholders();
    expect(first.filled).toBeGreaterThanOrEqual(1);
    expect((await rowOf(item.id)).blurDataUrl).toBe(made);
    expect(await fillMissingPlaceholders()).toEqual({ filled: 0, missingFiles: 0, cleared: 0 });
  });

  it('a picture with transparency gets none (it would show through)', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.4 } } }).png().toBuffer();
    const result = await as(editor, () => uploadMedia({ bytes: png, name: `logo-${run}.png` }));
    if (!result.ok) throw new Error(result.error);
    expect((await rowOf(result.item.id)).blurDataUrl).toBeNull();
  });
});

describe('browsing and describing', () => {
  it('finds photos by file name and by caption in any language, newest first', async () => {
    const older = await upload(editor, `harbour-${run}.jpg`);
    const newer = await upload(editor, `square-${run}.jpg`);
    await as(editor, () => describeMedia(newer.id, { en: { alt: 'A square', caption: `Fountain ${run}`, credit: 'Bureau' } }));
    expect((await as(reporter, () => listMedia({ q: `harbour-${run}` }))).items.map((i) => i.id)).toEqual([older.id]);
    expect((await as(reporter, () => listMedia({ q: `fountain ${run}` }))).items.map((i) => i.id)).toEqual([newer.id]);
    const all = await as(reporter, () => listMedia({ q: run }));
    expect(all.items.findIndex((i) => i.id === newer.id)).toBeLessThan(all.items.findIndex((i) => i.id === older.id));
    // Wildcards typed by the user are searched literally.
    expect((await as(reporter, () => listMedia({ q: '%_%' }))).total).toBe(0);
  });

  it('an over-long alt text is refused and changes nothing', async () => {
    const item = await upload(editor, `long-${run}.jpg`);
    await as(editor, () => describeMedia(item.id, { ru: { alt: 'Было', caption: '', credit: '' } }));
    expect(await as(editor, () => describeMedia(item.id, { ru: { alt: 'x'.repeat(301), caption: '', credit: '' } }))).toMatchObject({ ok: false, error: 'invalid', issues: ['altTooLong'] });
    expect((await as(editor, () => getMediaForEditing(item.id)))?.item.texts.ru.alt).toBe('Было');
    expect(await as(editor, () => describeMedia(999_999, { ru: { alt: 'x', caption: '', credit: '' } }))).toEqual({ ok: false, error: 'notFound' });
  });
});

describe('the exhibition editor', () => {
  it('a reporter arranges their own draft, not another reporter\'s; a translator cannot arrange', async () => {
    const id = await newStory(reporter, `Выставка корреспондента ${run}`);
    const [a, b] = [await upload(reporter, 'a.jpg'), await upload(reporter, 'b.jpg')];
    expect(await as(reporter, () => arrangeExhibition(id, { mediaIds: [a.id, b.id] }))).toMatchObject({ ok: true, revalidate: [] });
    expect(await accessOutcome(() => as(otherReporter, () => arrangeExhibition(id, { mediaIds: [] })))).toBe('forbidden');
    expect(await accessOutcome(() => as(otherReporter, () => getExhibition(id)))).toBe('forbidden');
    expect(await accessOutcome(() => as(translator, () => arrangeExhibition(id, { mediaIds: [] })))).toBe('forbidden');
    expect(await accessOutcome(() => as(null, () => getExhibition(id)))).toBe('unauthenticated');
    const seen = await as(translator, () => getExhibition(id));
    // A story without a cover takes the exhibition's first photo.
    expect(seen).toMatchObject({ canArrange: false, describable: ['az'], coverId: a.id });
    expect(seen?.items.map((i) => i.id)).toEqual([a.id, b.id]);
  });

  it('bad arrangements change nothing', async () => {
    const id = await newStory(editor, `Выставка без ошибок ${run}`);
    const [a, b] = [await upload(editor, 'a.jpg'), await upload(editor, 'b.jpg')];
    await as(editor, () => arrangeExhibition(id, { mediaIds: [a.id, b.id] }));
    expect(await as(editor, () => arrangeExhibition(id, { mediaIds: [b.id, 999_999] }))).toEqual({ ok: false, error: 'unknownPhoto' });
    expect(await as(editor, () => arrangeExhibition(id, { mediaIds: [b.id, b.id] }))).toEqual({ ok: false, error: 'duplicatePhoto' });
    expect(await as(editor, () => arrangeExhibition(id, { mediaIds: [-1] }))).toEqual({ ok: false, error: 'invalid' });
    expect(await as(editor, () => arrangeExhibition(999_999, { mediaIds: [] }))).toEqual({ ok: false, error: 'notFound' });
    const kept = await as(editor, () => getExhibition(id));
    expect(kept?.items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(kept?.coverId).toBe(a.id);
  });

  it('readers see the exhibition in the chosen order with the chosen cover, and captions in their language', async () => {
    const id = await newStory(editor, `Выставка для читателей ${run}`);
    const photos = [await upload(editor, '1.jpg'), await upload(editor, '2.jpg'), await upload(editor, '3.jpg')];
    for (const [n, p] of photos.entries()) {
      await as(editor, () => describeMedia(p.id, { ru: { alt: `Фото ${n + 1}`, caption: `Подпись ${n + 1}`, credit: 'Бюро' }, en: { alt: `Photo ${n + 1}`, caption: `Caption ${n + 1}`, credit: 'Bureau' } }));
    }
    await as(editor, () => saveVariant(id, 'ru', { title: `Выставка для читателей ${run}`, lead: 'Лид', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст' }] }] } }, 1));
    await as(editor, () => setVariantStatus(id, 'ru', 'publish'));
    const order = [photos[2]!.id, photos[0]!.id, photos[1]!.id];
    const arranged = await as(editor, () => arrangeExhibition(id, { mediaIds: order }));
    expect(arranged.ok).toBe(true);
    // The story is published, so its page and lists are expired at once.
    const [variant] = await getDb().select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id));
    expect(arranged.ok && arranged.revalidate).toContain(cacheTags.articleSlug('ru', variant!.slug));

    const page = await loadStoryVariantPage(id, 'ru');
    expect(page?.gallery.map((p) => p.id)).toEqual(order);
    expect(page?.gallery.map((p) => p.caption)).toEqual(['Подпись 3', 'Подпись 1', 'Подпись 2']);
    expect(page?.cover?.id).toBe(photos[2]!.id);

    // Describing a photo of a published story expires that story's pages too.
    const described = await as(translator, () => describeMedia(photos[0]!.id, { az: { alt: 'Foto 1', caption: 'İmza 1', credit: '' } }));
    expect(described.ok && described.revalidate).toContain(cacheTags.articleSlug('ru', variant!.slug));
  });
});

describe('deleting a photo', () => {
  const keyOf = (item: { src: string }) => item.src.replace(/^\/media\//, '');
  const rowExists = async (id: number) => (await getDb().select({ id: s.media.id }).from(s.media).where(eq(s.media.id, id))).length === 1;
  const doc = (...content: unknown[]) => ({ type: 'doc' as const, content });
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const image = (mediaId: number) => ({ type: 'image', attrs: { mediaId } });
  const revisionOf = async (id: number, locale: string) =>
    (await getDb().select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id))).find((v) => v.locale === locale)!.revision;

  it('an editor deletes an unused photo: it leaves the library and the store, with its texts, and the audit log says so', async () => {
    const item = await upload(reporter, `unused-${run}.jpg`);
    await as(editor, () => describeMedia(item.id, { ru: { alt: 'Ненужное фото', caption: '', credit: '' } }));
    expect(await mediaStorage.get(keyOf(item))).not.toBeNull();
    expect(await as(editor, () => listMediaUsage(item.id, 'ru'))).toEqual([]);

    expect(await as(editor, () => deleteMedia(item.id, 'ru'))).toEqual({ ok: true, revalidate: [] });
    expect(await rowExists(item.id)).toBe(false);
    expect(await getDb().select().from(s.mediaTranslations).where(eq(s.mediaTranslations.mediaId, item.id))).toEqual([]);
    expect(await mediaStorage.get(keyOf(item))).toBeNull();
    expect((await as(editor, () => listMedia({ q: `unused-${run}` }))).total).toBe(0);
    expect(await as(editor, () => getMediaForEditing(item.id))).toBeNull();
    const [entry] = await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `unused-${run}.jpg`));
    expect(entry).toMatchObject({ action: 'media-delete', actorId: editor.id });
    // Gone means gone: a second press finds nothing.
    expect(await as(editor, () => deleteMedia(item.id, 'ru'))).toEqual({ ok: false, error: 'notFound' });
  });

  it('admins and editors may; reporters (even the uploader) and translators may not, and nothing changes', async () => {
    const item = await upload(reporter, `kept-${run}.jpg`);
    expect(await accessOutcome(() => as(null, () => deleteMedia(item.id, 'ru')))).toBe('unauthenticated');
    expect(await accessOutcome(() => as(reporter, () => deleteMedia(item.id, 'ru')))).toBe('forbidden');
    expect(await accessOutcome(() => as(translator, () => deleteMedia(item.id, 'az')))).toBe('forbidden');
    expect(await rowExists(item.id)).toBe(true);
    expect(await mediaStorage.get(keyOf(item))).not.toBeNull();
    expect(await as(admin, () => deleteMedia(item.id, 'ru'))).toMatchObject({ ok: true });
  });

  it('an unknown or malformed id is not found', async () => {
    for (const id of [999_999, 0, -1, 1.5, 2 ** 40]) expect(await as(editor, () => deleteMedia(id, 'ru'))).toEqual({ ok: false, error: 'notFound' });
  });

  it('a photo in an exhibition or as a cover is refused, listing the stories in the caller\'s language where they have it', async () => {
    const inExhibition = await newStory(editor, `Выставка с фото ${run}`);
    await as(editor, () => saveVariant(inExhibition, 'en', { title: `Exhibition with a photo ${run}`, lead: '', body: doc() }, 0));
    const asCover = await newStory(reporter, `Обложка ${run}`);
    const photo = await upload(editor, `used-${run}.jpg`);
    await as(editor, () => arrangeExhibition(inExhibition, { mediaIds: [photo.id] }));
    // The exhibition's first photo became its story's cover; the editor chose none instead.
    await as(editor, () => updateStorySettings(inExhibition, { coverId: null }, 'ru'));
    await getDb().update(s.articles).set({ coverMediaId: photo.id }).where(eq(s.articles.id, asCover));

    const refused = await as(editor, () => deleteMedia(photo.id, 'en'));
    expect(refused).toEqual({
      ok: false,
      error: 'inUse',
      usedBy: [
        { id: asCover, title: `Обложка ${run}`, titleLocale: 'ru', uses: ['cover'] },
        { id: inExhibition, title: `Exhibition with a photo ${run}`, titleLocale: 'en', uses: ['exhibition'] },
      ],
    });
    expect(await rowExists(photo.id)).toBe(true);
    expect(await mediaStorage.get(keyOf(photo))).not.toBeNull();
    // Anyone in the newsroom may see where it is used (the photo's page says so); titles follow the language.
    expect((await as(translator, () => listMediaUsage(photo.id, 'ru'))).map((u) => u.title)).toEqual([`Обложка ${run}`, `Выставка с фото ${run}`]);

    // Taken out of both, it can go.
    await as(editor, () => arrangeExhibition(inExhibition, { mediaIds: [] }));
    await getDb().update(s.articles).set({ coverMediaId: null }).where(eq(s.articles.id, asCover));
    expect(await as(editor, () => deleteMedia(photo.id, 'ru'))).toMatchObject({ ok: true });
  });

  it('a photo in a text is refused: at the top, inside a quote or a list, in any language, and in changes not yet published', async () => {
    const photos = await Promise.all([1, 2, 3, 4].map((n) => upload(editor, `inline-${n}-${run}.jpg`)));
    const [top, quoted, listed, pendingOnly] = photos.map((p) => p.id) as [number, number, number, number];
    const story = await newStory(editor, `Фото в тексте ${run}`);
    const base = await revisionOf(story, 'ru');
    await as(editor, () => saveVariant(story, 'ru', { title: `Фото в тексте ${run}`, lead: '', body: doc(paragraph('Начало'), image(top)) }, base));
    await as(editor, () =>
      saveVariant(
        story,
        'az',
        {
          title: `Mətndə foto ${run}`,
          lead: '',
          body: doc(
            { type: 'blockquote', content: [paragraph('Sitat'), image(quoted)] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [image(listed)] }] },
          ),
        },
        0,
      ),
    );
    for (const id of [top, quoted, listed]) {
      expect(await as(editor, () => deleteMedia(id, 'az'))).toEqual({ ok: false, error: 'inUse', usedBy: [{ id: story, title: `Mətndə foto ${run}`, titleLocale: 'az', uses: ['text'] }] });
    }
    // Published, then edited: the photo is only in the pending changes, which readers will see once they are published.
    await as(editor, () => setVariantStatus(story, 'ru', 'publish'));
    const published = await revisionOf(story, 'ru');
    const saved = await as(editor, () =>
      saveVariant(story, 'ru', { title: `Фото в тексте ${run}`, lead: '', body: doc(paragraph('Начало'), image(top), image(pendingOnly)) }, published),
    );
    expect(saved).toMatchObject({ ok: true, pending: true });
    expect(await as(editor, () => deleteMedia(pendingOnly, 'ru'))).toMatchObject({ ok: false, error: 'inUse', usedBy: [{ id: story, uses: ['text'] }] });
    for (const id of [top, quoted, listed, pendingOnly]) expect(await rowExists(id)).toBe(true);
    // A photo whose id only starts like theirs is not taken for one of them.
    expect(await as(editor, () => listMediaUsage(Number(`${top}0`), 'ru'))).toEqual([]);
  });

  it('when the media store cannot remove the file, the photo stays and the editor is told', async () => {
    const item = await upload(editor, `store-down-${run}.jpg`);
    const spy = vi.spyOn(mediaStorage, 'delete').mockRejectedValueOnce(new MediaStorageUnavailable('S3_BUCKET "x" not reachable'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await as(editor, () => deleteMedia(item.id, 'ru'))).toEqual({ ok: false, error: 'storageUnavailable' });
    } finally {
      spy.mockRestore();
      quiet.mockRestore();
    }
    expect(await rowExists(item.id)).toBe(true);
    expect(await mediaStorage.get(keyOf(item))).not.toBeNull();
    expect(await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `store-down-${run}.jpg`))).toEqual([]);
  });
});
