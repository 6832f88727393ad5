/**
 * The reader-facing reads against a real database: the committed migrations and the demo seed, applied by
 * db/test-setup.ts (embedded PGlite in memory, or PostgreSQL when DATABASE_URL is set). Read-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/i18n/locales';
import { encodeCursor } from '@/lib/cursor';
import { richTextToPlain } from '@/lib/rich-text';
import { getDb } from '../client';
import * as s from '../schema';
import { firstStory } from '../seed/first-story';
import { allSeedStories } from '../seed/seed';
import { categories as seedCategories } from '../seed/taxonomy';
import type { SeedStory } from '../seed/types';
import {
  PAGE_SIZE,
  loadCategoryPage,
  loadExhibitions,
  loadHomePage,
  loadLatest,
  loadStoryBySlug,
  type KeysetPage,
  type StoryCard,
  type StoryPage,
} from './articles';

/** Each language's slug of a seed story, found by its Russian title. */
async function slugsOf(story: SeedStory): Promise<Partial<Record<Locale, string>>> {
  const t = s.articleTranslations;
  const [ru] = await getDb()
    .select({ articleId: t.articleId })
    .from(t)
    .where(and(eq(t.locale, 'ru'), eq(t.title, story.variants.ru.title)));
  expect(ru, `seed story ${story.key} is in the database`).toBeDefined();
  const rows = await getDb().select({ locale: t.locale, slug: t.slug }).from(t).where(eq(t.articleId, ru!.articleId));
  return Object.fromEntries(rows.map((r) => [r.locale, r.slug]));
}

async function storyPage(locale: Locale, slug: string): Promise<StoryPage> {
  const found = await loadStoryBySlug(locale, slug);
  if (found.kind !== 'story') throw new Error(`expected a story at /${locale}/${slug}, got ${found.kind}`);
  return found.story;
}

const expectNewestFirst = (items: StoryCard[]) => {
  const times = items.map((item) => Date.parse(item.publishedAt));
  expect(times).toEqual([...times].sort((a, b) => b - a));
};

const storiesIn = (locale: Locale) => allSeedStories.filter((story) => story.variants[locale]);
const notInAz = allSeedStories.filter((story) => !story.variants.az);

let firstSlugs: Record<Locale, string>;

beforeAll(async () => {
  const slugs = await slugsOf(firstStory);
  for (const locale of locales) expect(slugs[locale], `first story's ${locale} slug`).toBeTruthy();
  firstSlugs = slugs as Record<Locale, string>;
});

describe('the first story', () => {
  it.each(locales)('leads the %s home page (it is the newest)', async (locale) => {
    const home = await loadHomePage(locale);
    expect(home.lead?.slug).toBe(firstSlugs[locale]);
    expect(home.lead?.title).toBe(firstStory.variants[locale]!.title);
    expect(home.lead?.cover?.src).toMatch(/^\/media\//);
    expect(home.latest.map((story) => story.id)).not.toContain(home.lead?.id);
  });

  it('serves the Russian text exactly as written', async () => {
    const story = await storyPage('ru', firstSlugs.ru);
    const source = fs.readFileSync(path.resolve('db/seed/article-ru.txt'), 'utf8');
    const [dateLine, ...rest] = source.split('\n');
    expect(dateLine?.trim()).toBe('date: 2026-01-20');
    expect(richTextToPlain(story.body)).toBe(rest.join('\n').trim());
  });

  it('carries its dateline, time, category and languages', async () => {
    const story = await storyPage('ru', firstSlugs.ru);
    expect(story.locale).toBe('ru');
    expect(story.slug).toBe(firstSlugs.ru);
    expect(story.title).toBe(firstStory.variants.ru.title);
    expect(story.lead).toBe(firstStory.variants.ru.lead);
    expect(story.bureau?.dateline).toBe('Астана');
    expect(story.publishedAt).toBe('2026-01-20T11:40:00.000Z');
    expect(story.category.slug).toBe('politics');
    expect(story.alternates.map((a) => a.locale).sort()).toEqual(['az', 'en', 'ru']);
    for (const alternate of story.alternates) {
      expect(alternate.slug).toBe(firstSlugs[alternate.locale]);
      expect(alternate.title).toBe(firstStory.variants[alternate.locale]!.title);
    }
  });

  it('shows its photo exhibition of 10 photos, captioned in the page language', async () => {
    const ru = await storyPage('ru', firstSlugs.ru);
    const az = await storyPage('az', firstSlugs.az);
    for (const [locale, story] of [['ru', ru], ['az', az]] as const) {
      expect(story.gallery).toHaveLength(10);
      expect(story.photoCount).toBe(10);
      for (const [i, photo] of story.gallery.entries()) {
        expect(photo.width).toBeGreaterThan(0);
        expect(photo.height).toBeGreaterThan(0);
        expect(photo.src.startsWith('/media/')).toBe(true);
        expect(photo.caption?.trim()).toBeTruthy();
        expect(photo.credit?.trim()).toBeTruthy();
        // In reading order, in this language.
        expect(photo.caption).toBe(firstStory.gallery![i]!.caption[locale]);
        expect(photo.credit).toBe(firstStory.gallery![i]!.credit[locale]);
      }
    }
    // The same photos, but their own captions.
    expect(az.gallery.map((p) => p.id)).toEqual(ru.gallery.map((p) => p.id));
    for (const [i, photo] of az.gallery.entries()) expect(photo.caption).not.toBe(ru.gallery[i]!.caption);
    expect(az.gallery.some((photo) => /[əğıöüşç]/i.test(photo.caption ?? ''))).toBe(true);
    expect(ru.gallery.every((photo) => /[а-яё]/i.test(photo.caption ?? ''))).toBe(true);
  });

  it.each(['az', 'en'] as const)('is served in %s by its own slug, translated', async (locale) => {
    const story = await storyPage(locale, firstSlugs[locale]);
    const variant = firstStory.variants[locale]!;
    expect(story.locale).toBe(locale);
    expect(story.title).toBe(variant.title);
    expect(story.lead).toBe(variant.lead);
    expect(story.publishedAt).toBe('2026-01-20T11:40:00.000Z');
    expect(richTextToPlain(story.body)).toContain(variant.body[0]!.replace(/\*\*/g, ''));
    expect(story.bureau?.dateline).toBe('Astana');
    expect(story.category.slug).toBe('politics');
  });

  it("redirects another language's slug to this language's", async () => {
    expect(await loadStoryBySlug('en', firstSlugs.ru)).toEqual({ kind: 'redirect', slug: firstSlugs.en });
    expect(await loadStoryBySlug('az', firstSlugs.en)).toEqual({ kind: 'redirect', slug: firstSlugs.az });
    expect(await loadStoryBySlug('ru', firstSlugs.az)).toEqual({ kind: 'redirect', slug: firstSlugs.ru });
  });
});

describe('a story not translated into Azerbaijani', () => {
  it('exists in the demo content', () => {
    expect(notInAz.length).toBeGreaterThan(0);
  });

  it('answers missing in az, linking only to the languages it is published in', async () => {
    const story = notInAz.find((candidate) => candidate.variants.en) ?? notInAz[0]!;
    const slugs = await slugsOf(story);
    expect(slugs.az).toBeUndefined();
    const found = await loadStoryBySlug('az', slugs.ru!);
    expect(found.kind).toBe('missing');
    if (found.kind !== 'missing') return;
    const expected = (['ru', 'en'] as const).filter((locale) => story.variants[locale]);
    expect(found.alternates.map((a) => a.locale).sort()).toEqual([...expected].sort());
    expect(found.alternates.map((a) => a.locale)).not.toContain('az');
    for (const alternate of found.alternates) expect(alternate.slug).toBe(slugs[alternate.locale]);
  });
});

describe('unknown and malformed slugs', () => {
  it('answers notFound for a slug no story has', async () => {
    expect(await loadStoryBySlug('ru', 'no-such-story-anywhere')).toEqual({ kind: 'notFound' });
    expect(await loadStoryBySlug('az', 'no-such-story-anywhere')).toEqual({ kind: 'notFound' });
  });

  it.each(['Bad_Slug', '../x', '', 'a'.repeat(300), 'x y', 'slug--double', '-lead'])(
    'answers notFound for %j without throwing',
    async (slug) => {
      await expect(loadStoryBySlug('ru', slug)).resolves.toEqual({ kind: 'notFound' });
    },
  );
});

/** Every page of a keyset listing, following "older" from the first page. */
async function everyPage(load: (cursor: string | null) => Promise<KeysetPage<StoryCard> | null>): Promise<KeysetPage<StoryCard>[]> {
  const pages: KeysetPage<StoryCard>[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const page: KeysetPage<StoryCard> | null = await load(cursor);
    expect(page, `page after ${cursor}`).not.toBeNull();
    pages.push(page!);
    if (!page!.older) break;
    cursor = page!.older;
  }
  return pages;
}

describe('lists', () => {
  it('answer only the older pages the site links to: a well-formed cursor that is no story\'s key is no page', async () => {
    const second = (await loadLatest('ru', null))!.older!;
    const [micros, id] = second.split('-') as [string, string];
    // One microsecond later than a story's own key, and an id no story has: a valid position with stories older.
    const madeUp = encodeCursor({ micros: String(BigInt(parseInt(micros, 36)) + 1n), id: parseInt(id, 36) + 100_000 });
    expect((await loadLatest('ru', second))!.items.length).toBeGreaterThan(0);
    expect(await loadLatest('ru', madeUp)).toBeNull();
    expect(await loadCategoryPage('ru', 'society', madeUp)).toBeNull();
  });

  it.each(locales)('list in %s exactly the stories published in it', async (locale) => {
    let total = 0;
    const titles: string[] = [];
    for (const category of seedCategories) {
      const pages = await everyPage(async (cursor) => (await loadCategoryPage(locale, category.key, cursor))?.stories ?? null);
      const page = await loadCategoryPage(locale, category.key, null);
      expect(page!.category).toEqual({ slug: category.key, name: category.name[locale] });
      const items = pages.flatMap((p) => p.items);
      const expected = storiesIn(locale).filter((story) => story.category === category.key).length;
      expect(items, `${locale}/${category.key}`).toHaveLength(expected);
      expect(pages[0]!.items).toHaveLength(Math.min(expected, PAGE_SIZE));
      for (const item of items) expect(item.category.slug).toBe(category.key);
      expectNewestFirst(items);
      total += items.length;
      titles.push(...items.map((item) => item.title));
    }
    expect(total).toBe(storiesIn(locale).length);
    // Every title shown is that language's title of a story published in it.
    const published = new Set(storiesIn(locale).map((story) => story.variants[locale]!.title));
    for (const title of titles) expect(published).toContain(title);
  });

  it('never show a story without an Azerbaijani variant in an Azerbaijani list', async () => {
    const hidden = new Set(notInAz.flatMap((story) => [story.variants.ru.title, story.variants.en?.title]));
    const home = await loadHomePage('az');
    const cards = [
      ...(home.lead ? [home.lead] : []),
      ...home.latest,
      ...home.sections.flatMap((section) => section.stories),
      ...home.exhibitions,
      ...(await loadExhibitions('az', null))!.items,
      ...(await everyPage((cursor) => loadLatest('az', cursor))).flatMap((page) => page.items),
    ];
    for (const category of seedCategories) cards.push(...(await loadCategoryPage('az', category.key, null))!.stories.items);
    const azTitles = new Set(storiesIn('az').map((story) => story.variants.az!.title));
    for (const card of cards) {
      expect(hidden).not.toContain(card.title);
      expect(azTitles).toContain(card.title);
    }
  });

  it.each(locales)('page through the %s news feed twelve stories at a time, every story exactly once, and back', async (locale) => {
    const pages = await everyPage((cursor) => loadLatest(locale, cursor));
    const expected = storiesIn(locale).length;
    expect(expected).toBeGreaterThan(PAGE_SIZE);
    expect(pages).toHaveLength(Math.ceil(expected / PAGE_SIZE));
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
    expectNewestFirst(pages.flatMap((page) => page.items));
    for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(PAGE_SIZE);
    // "Newer" leads back: from the second page to the first (null), from the third to the second.
    expect(pages[0]!.newer).toBeUndefined();
    expect(pages[1]!.newer).toBeNull();
    if (pages[2]) expect(pages[2].newer).toBe(pages[1]!.cursor);
  });

  it('answer null for a malformed cursor or one with nothing older', async () => {
    for (const bad of ['abc', 'ZZ-1', '0a-1', 'mf2k3x9q1c-0', 'mf2k3x9q1c', '1-1', `${'z'.repeat(12)}-1`, 'mf2k3x9q1c-7ps-1']) {
      expect(await loadLatest('ru', bad), bad).toBeNull();
      expect(await loadCategoryPage('ru', 'politics', bad), bad).toBeNull();
    }
    const oldest = encodeCursor({ micros: String(Date.UTC(2001, 0, 1) * 1000), id: 1 });
    expect(await loadLatest('ru', oldest)).toBeNull();
  });

  it('return null for an unknown category', async () => {
    expect(await loadCategoryPage('ru', 'no-such-category', null)).toBeNull();
  });

  it('list the photo exhibitions: stories with a gallery, newest first', async () => {
    const exhibitions = (await loadExhibitions('ru', null))!;
    const expected = allSeedStories.filter((story) => story.gallery?.length && story.variants.ru);
    const every = (await everyPage((cursor) => loadExhibitions('ru', cursor))).flatMap((page) => page.items);
    expect(every).toHaveLength(expected.length);
    expect(exhibitions.items).toHaveLength(Math.min(expected.length, PAGE_SIZE));
    for (const item of exhibitions.items) {
      expect(item.photoCount).toBeGreaterThan(0);
      const seed = expected.find((story) => story.variants.ru.title === item.title);
      expect(seed, item.title).toBeDefined();
      expect(item.photoCount).toBe(seed!.gallery!.length);
    }
    expectNewestFirst(exhibitions.items);
    expect(exhibitions.items[0]?.slug).toBe(firstSlugs.ru);
  });
});

describe('the home page', () => {
  it('has a block per category of up to four stories, without the lead story', async () => {
    const home = await loadHomePage('ru');
    expect(home.lead).not.toBeNull();
    expect(home.sections.length).toBeGreaterThanOrEqual(5);
    const sectionOrder = seedCategories.map((c) => c.key).filter((key) => home.sections.some((s) => s.category.slug === key));
    expect(home.sections.map((section) => section.category.slug)).toEqual(sectionOrder);
    for (const section of home.sections) {
      expect(section.stories.length).toBeGreaterThan(0);
      expect(section.stories.length).toBeLessThanOrEqual(4);
      for (const story of section.stories) {
        expect(story.id).not.toBe(home.lead!.id);
        expect(story.category.slug).toBe(section.category.slug);
      }
      expectNewestFirst(section.stories);
    }
  });

  it('lists the latest stories newest first and the recent exhibitions', async () => {
    const home = await loadHomePage('ru');
    expect(home.latest.length).toBe(Math.min(12, storiesIn('ru').length - 1));
    expectNewestFirst([home.lead!, ...home.latest]);
    expect(home.exhibitions.length).toBeGreaterThan(0);
    expect(home.exhibitions.length).toBeLessThanOrEqual(4);
    for (const story of home.exhibitions) expect(story.photoCount).toBeGreaterThan(0);
  });
});
