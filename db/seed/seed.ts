/**
 * Loads the demo content: the first story (Kazakhstan bureau, 2026-01-20) in three languages with its photo
 * exhibition, and about thirty fictional stories across six categories. Photos are drawn at seed time
 * (db/seed/images.ts) and go through the same pipeline as uploads (lib/images.ts). Runs only on an empty
 * database, so it is safe to call at every start.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { processImage } from '@/lib/images';
import { mediaKeyFor, mediaStorage, type MediaStorage } from '@/lib/media-storage';
import { mediaDir, newsroomTimeZone } from '@/lib/config';
import { dayKey } from '@/lib/day-key';
import { bodyText, richTextFromParagraphs } from '@/lib/rich-text';
import { slugFromTitle } from '@/lib/slug';
import type { Db } from '../client';
import * as s from '../schema';
import { demoNow, demoShiftDays, shiftedPublishedAt } from './dates';
import { demoStoriesA } from './demo-stories-a';
import { demoStoriesB } from './demo-stories-b';
import { firstStory } from './first-story';
import { renderScene } from './images';
import { seedAgencyPages } from './pages';
import * as taxonomy from './taxonomy';
import type { SeedLocale, SeedPhoto, SeedStory } from './types';

export const seedLocales: SeedLocale[] = ['ru', 'az', 'en'];
export const allSeedStories: SeedStory[] = [firstStory, ...demoStoriesA, ...demoStoriesB];

type StoredImage = { key: string; mimeType: string; width: number; height: number; bytes: number; blurDataUrl: string | null };

/** Rendering ~80 photos takes a while; remember what each recipe produced so re-seeding (tests) is quick. */
async function loadRecipeCache(file: string): Promise<Record<string, StoredImage>> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, StoredImage>;
  } catch {
    return {};
  }
}

async function storePhoto(
  photo: SeedPhoto,
  index: number,
  storage: MediaStorage,
  cache: Record<string, StoredImage>,
): Promise<StoredImage> {
  const recipe = `${photo.scene}:${photo.hue}:${index}`;
  const cached = cache[recipe];
  if (cached && (await storage.get(cached.key))) return cached;
  const processed = await processImage(await renderScene(photo.scene, photo.hue, index));
  const key = mediaKeyFor(processed.bytes, processed.extension);
  await storage.put(key, processed.bytes);
  const stored = {
    key,
    mimeType: processed.mimeType,
    width: processed.width,
    height: processed.height,
    bytes: processed.bytes.byteLength,
    blurDataUrl: processed.blurDataUrl,
  };
  cache[recipe] = stored;
  return stored;
}

export type SeedResult = { seeded: boolean; stories: number; media: number };

export async function seedDemoContent(db: Db, storage: MediaStorage = mediaStorage): Promise<SeedResult> {
  // The agency's pages (about, contacts…) go in wherever they are missing, also into a database seeded before
  // they existed; an admin's own text is never replaced (db/seed/pages.ts).
  await seedAgencyPages(db);
  const existing = await db.select({ n: sql<number>`count(*)::int` }).from(s.articles);
  if ((existing[0]?.n ?? 0) > 0) return { seeded: false, stories: 0, media: 0 };

  // 1. Photos first, outside the transaction: rendering is the slow part.
  const cacheFile = path.join(mediaDir, 'seed-recipes.json');
  const cache = await loadRecipeCache(cacheFile);
  let counter = 0;
  const prepared = [] as { story: SeedStory; cover: StoredImage; gallery: StoredImage[] }[];
  for (const story of allSeedStories) {
    const cover = await storePhoto(story.cover, counter++, storage, cache);
    const gallery: StoredImage[] = [];
    for (const photo of story.gallery ?? []) gallery.push(await storePhoto(photo, counter++, storage, cache));
    prepared.push({ story, cover, gallery });
  }
  await fs.mkdir(mediaDir, { recursive: true });
  await fs.writeFile(cacheFile, JSON.stringify(cache));

  let mediaCount = 0;
  await db.transaction(async (tx) => {
    const ids = { category: new Map<string, number>(), bureau: new Map<string, number>(), author: new Map<string, number>(), tag: new Map<string, number>() };

    for (const [position, c] of taxonomy.categories.entries()) {
      const [row] = await tx.insert(s.categories).values({ slug: c.key, position }).returning({ id: s.categories.id });
      ids.category.set(c.key, row!.id);
      await tx.insert(s.categoryTranslations).values(seedLocales.map((locale) => ({ categoryId: row!.id, locale, name: c.name[locale] })));
    }
    for (const b of taxonomy.bureaus) {
      const [row] = await tx.insert(s.bureaus).values({ slug: b.key }).returning({ id: s.bureaus.id });
      ids.bureau.set(b.key, row!.id);
      await tx
        .insert(s.bureauTranslations)
        .values(seedLocales.map((locale) => ({ bureauId: row!.id, locale, name: b.name[locale], dateline: b.dateline[locale] })));
    }
    for (const a of taxonomy.authors) {
      const [row] = await tx.insert(s.authors).values({ slug: a.key }).returning({ id: s.authors.id });
      ids.author.set(a.key, row!.id);
      await tx.insert(s.authorTranslations).values(seedLocales.map((locale) => ({ authorId: row!.id, locale, name: a.name[locale] })));
    }
    for (const t of taxonomy.tags) {
      const [row] = await tx.insert(s.tags).values({ slug: t.key }).returning({ id: s.tags.id });
      ids.tag.set(t.key, row!.id);
      await tx.insert(s.tagTranslations).values(seedLocales.map((locale) => ({ tagId: row!.id, locale, name: t.name[locale] })));
    }

    const insertMedia = async (photo: SeedPhoto, stored: StoredImage) => {
      const [row] = await tx
        .insert(s.media)
        .values({
          storageKey: stored.key,
          mimeType: stored.mimeType,
          width: stored.width,
          height: stored.height,
          bytes: stored.bytes,
          blurDataUrl: stored.blurDataUrl,
        })
        .onConflictDoUpdate({ target: s.media.storageKey, set: { updatedAt: new Date() } })
        .returning({ id: s.media.id });
      await tx
        .insert(s.mediaTranslations)
        .values(
          seedLocales.map((locale) => ({
            mediaId: row!.id,
            locale,
            alt: photo.alt[locale],
            caption: photo.caption[locale],
            credit: photo.credit[locale],
          })),
        )
        .onConflictDoNothing();
      mediaCount++;
      return row!.id;
    };

    const usedSlugs = new Map<SeedLocale, Set<string>>(seedLocales.map((l) => [l, new Set<string>()]));
    const uniqueSlug = (locale: SeedLocale, title: string) => {
      const base = slugFromTitle(title) || 'story';
      let slug = base;
      for (let n = 2; usedSlugs.get(locale)!.has(slug); n++) slug = `${base}-${n}`;
      usedSlugs.get(locale)!.add(slug);
      return slug;
    };

    const now = new Date();
    // Demo stories dated relative to the day the demo is loaded; the first story keeps its date (./dates.ts).
    const shiftDays = demoShiftDays([...demoStoriesA, ...demoStoriesB], demoNow());
    for (const [index, { story, cover, gallery }] of prepared.entries()) {
      const coverId = await insertMedia(story.cover, cover);
      const publishedAt = story === firstStory ? new Date(story.publishedAt) : shiftedPublishedAt(story, shiftDays);
      const [article] = await tx
        .insert(s.articles)
        .values({
          sourceLocale: 'ru',
          categoryId: ids.category.get(story.category)!,
          bureauId: ids.bureau.get(story.bureau)!,
          coverMediaId: coverId,
          // The first story is the front page's lead, pinned as an editor would pin it (db/queries/front-page.ts).
          homePinnedAt: story === firstStory ? publishedAt : null,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        })
        .returning({ id: s.articles.id });
      await tx.insert(s.articleAuthors).values({ articleId: article!.id, authorId: ids.author.get(story.author)!, position: 0 });
      for (const locale of seedLocales) {
        const variant = story.variants[locale];
        if (!variant) continue;
        const text = {
          slug: uniqueSlug(locale, variant.title),
          title: variant.title,
          lead: variant.lead,
          body: richTextFromParagraphs(variant.body),
          seoTitle: variant.seoTitle ?? null,
          seoDescription: variant.seoDescription ?? null,
        };
        await tx.insert(s.articleTranslations).values({
          articleId: article!.id,
          locale,
          ...text,
          bodyText: bodyText(text.body),
          status: 'published',
          publishedAt,
          sourceRevision: locale === 'ru' ? null : 1,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        });
        // The first revision, as for any story written in the dashboard: history and the translation desk's
        // "what changed in the source since" start from it.
        await tx.insert(s.articleRevisions).values({ articleId: article!.id, locale, revision: 1, kind: 'create', ...text, status: 'published', savedAt: publishedAt });
        // A week of readings up to the day the demo is loaded, so "most read" is a real list from the first
        // start: each story its own reach (the first story the most read), fading day by day.
        const reach = story === firstStory ? 420 : 30 + ((index * 53) % 170);
        await tx.insert(s.storyViews).values(
          Array.from({ length: 7 }, (_, daysAgo) => ({
            articleId: article!.id,
            locale,
            day: dayKey(newsroomTimeZone, new Date(now.getTime() - daysAgo * 86_400_000)),
            views: Math.max(1, Math.round((reach * (locale === 'ru' ? 1 : 0.4)) / (1 + daysAgo * 0.7))),
          })),
        );
      }
      for (const [position, photo] of (story.gallery ?? []).entries()) {
        const mediaId = await insertMedia(photo, gallery[position]!);
        await tx.insert(s.articleGallery).values({ articleId: article!.id, mediaId, position });
      }
      for (const tag of story.tags ?? []) {
        await tx.insert(s.articleTags).values({ articleId: article!.id, tagId: ids.tag.get(tag)! }).onConflictDoNothing();
      }
    }
  });
  return { seeded: true, stories: prepared.length, media: mediaCount };
}
