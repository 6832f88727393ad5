/**
 * Tag, author and bureau pages, the archive by month and related stories, against the real migrations and the
 * demo content (db/test-setup.ts). Read-only: expectations come from the seed files themselves.
 */
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/i18n/locales';
import { encodeCursor } from '@/lib/cursor';
import { firstStory } from '../seed/first-story';
import { allSeedStories } from '../seed/seed';
import { authors as seedAuthors, bureaus as seedBureaus, tags as seedTags } from '../seed/taxonomy';
import type { SeedStory } from '../seed/types';
import { PAGE_SIZE, loadStoryBySlug, loadStoryVariantPage, type StoryCard } from './articles';
import {
  RELATED_LIMIT,
  loadArchiveMonthPage,
  loadArchiveMonths,
  loadAuthorPage,
  loadBureauPage,
  loadStoryLinks,
  loadTagPage,
  type ListingPage,
} from './listings';

const newsroomTimeZone = 'Asia/Baku';

/** Seed stories published in `locale` matching `keep`, newest first, as that language's titles. */
function expectedTitles(locale: Locale, keep: (story: SeedStory) => boolean): string[] {
  return allSeedStories
    .filter((story) => story.variants[locale] && keep(story))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .map((story) => story.variants[locale]!.title);
}

const titles = (items: StoryCard[]) => items.map((item) => item.title);

/** The month a seed story was published in, in the newsroom's time zone. */
function monthOf(story: SeedStory): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: newsroomTimeZone, year: 'numeric', month: '2-digit' }).formatToParts(
    new Date(story.publishedAt),
  );
  return { year: Number(parts.find((p) => p.type === 'year')!.value), month: Number(parts.find((p) => p.type === 'month')!.value) };
}

async function firstStoryId(): Promise<number> {
  const found = await loadStoryBySlug('ru', (await import('@/lib/slug')).slugFromTitle(firstStory.variants.ru.title));
  if (found.kind !== 'story') throw new Error('the first story is in the database');
  return found.story.id;
}

/** The titles on every page of a keyset listing, following "older" from the first page. */
async function allTitles(load: (cursor: string | null) => Promise<ListingPage | null>): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: ListingPage | null = await load(cursor);
    out.push(...titles(page!.stories.items));
    if (!page!.stories.older) break;
    cursor = page!.stories.older;
  }
  return out;
}

describe('tag, author and bureau pages', () => {
  it.each(locales)('list in %s exactly that language’s stories of each tag, newest first', async (locale) => {
    for (const tag of seedTags) {
      const page = await loadTagPage(locale, tag.key, null);
      expect(page, `tag ${tag.key}`).not.toBeNull();
      expect(page!.subject).toEqual({ slug: tag.key, name: tag.name[locale] });
      const expected = expectedTitles(locale, (story) => story.tags?.includes(tag.key) ?? false);
      expect(await allTitles((cursor) => loadTagPage(locale, tag.key, cursor)), `${locale}/tag/${tag.key}`).toEqual(expected);
      expect(titles(page!.stories.items)).toEqual(expected.slice(0, PAGE_SIZE));
    }
  });

  it.each(locales)('list in %s exactly that language’s stories of each author and bureau', async (locale) => {
    for (const author of seedAuthors) {
      const page = await loadAuthorPage(locale, author.key, null);
      expect(page!.subject).toEqual({ slug: author.key, name: author.name[locale] });
      const expected = expectedTitles(locale, (story) => story.author === author.key);
      expect(await allTitles((cursor) => loadAuthorPage(locale, author.key, cursor)), `${locale}/author/${author.key}`).toEqual(expected);
      expect(titles(page!.stories.items)).toEqual(expected.slice(0, PAGE_SIZE));
    }
    for (const bureau of seedBureaus) {
      const page = await loadBureauPage(locale, bureau.key, null);
      expect(page!.subject).toEqual({ slug: bureau.key, name: bureau.name[locale] });
      const expected = expectedTitles(locale, (story) => story.bureau === bureau.key);
      expect(await allTitles((cursor) => loadBureauPage(locale, bureau.key, cursor)), `${locale}/bureau/${bureau.key}`).toEqual(expected);
      expect(titles(page!.stories.items)).toEqual(expected.slice(0, PAGE_SIZE));
    }
  });

  it('never list a story in a language it is not published in', async () => {
    const notInAz = allSeedStories.filter((story) => !story.variants.az);
    expect(notInAz.length).toBeGreaterThan(0);
    const story = notInAz[0]!;
    const page = await loadAuthorPage('az', story.author, null);
    const hidden = [story.variants.ru.title, story.variants.en?.title];
    for (const title of titles(page!.stories.items)) expect(hidden).not.toContain(title);
  });

  it('answer null for a malformed cursor or one with nothing older', async () => {
    expect(await loadTagPage('ru', 'january-20', 'not-a-cursor!')).toBeNull();
    expect(await loadAuthorPage('ru', 'r-aliyev', '0-0')).toBeNull();
    expect(await loadBureauPage('ru', 'baku', encodeCursor({ micros: String(Date.UTC(2001, 0, 1) * 1000), id: 1 }))).toBeNull();
  });

  it.each(['no-such-tag', 'Bad_Slug', '', '../x', 'a'.repeat(300)])('answer null for the unknown key %j', async (key) => {
    expect(await loadTagPage('ru', key, null)).toBeNull();
    expect(await loadAuthorPage('ru', key, null)).toBeNull();
    expect(await loadBureauPage('en', key, null)).toBeNull();
  });
});

describe('the archive', () => {
  it.each(locales)('lists in %s the months with their story counts, newest first', async (locale) => {
    const expected = new Map<string, number>();
    for (const story of allSeedStories.filter((s) => s.variants[locale])) {
      const { year, month } = monthOf(story);
      const key = `${year}-${String(month).padStart(2, '0')}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    // Other test files on a shared PostgreSQL database publish stories today: only the seed's months are compared.
    const lastSeeded = [...expected.keys()].sort().at(-1)!;
    const months = (await loadArchiveMonths(locale)).filter((m) => `${m.year}-${String(m.month).padStart(2, '0')}` <= lastSeeded);
    const keys = months.map((m) => `${m.year}-${String(m.month).padStart(2, '0')}`);
    expect(keys).toEqual([...expected.keys()].sort().reverse());
    for (const m of months) expect(m.count).toBe(expected.get(`${m.year}-${String(m.month).padStart(2, '0')}`));
  });

  it('lists a month’s stories in the newsroom’s time zone, newest first, with the first story in January 2026', async () => {
    const page = await loadArchiveMonthPage('en', 2026, 1, 1);
    const expected = expectedTitles('en', (story) => monthOf(story).year === 2026 && monthOf(story).month === 1);
    expect(page!.stories.total).toBe(expected.length);
    expect(titles(page!.stories.items)).toEqual(expected.slice(0, PAGE_SIZE));
    expect(titles(page!.stories.items)).toContain(firstStory.variants.en!.title);
    expect(page!.locales).toEqual(['ru', 'az', 'en']);
  });

  it.each([
    [2026, 13],
    [2026, 0],
    [1999, 5],
    [9999, 1],
    [2026.5, 1],
    [1990, 1],
  ])('answers null for the impossible month %i-%i', async (year, month) => {
    expect(await loadArchiveMonthPage('ru', year, month, 1)).toBeNull();
  });

  it('answers null for a month without stories in the language', async () => {
    expect(await loadArchiveMonthPage('ru', 2001, 1, 1)).toBeNull();
  });
});

describe('related stories', () => {
  it.each(locales)('under the first story in %s: up to four others in the language, most shared tags first', async (locale) => {
    const id = await firstStoryId();
    const links = await loadStoryLinks(locale, id);
    // Its author is on the story itself, with a link to the author's page.
    const page = await loadStoryVariantPage(id, locale);
    expect(page!.authors.map((a) => a.slug)).toEqual([firstStory.author]);
    expect(links!.bureauSlug).toBe(firstStory.bureau);
    const related = links!.related;
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(RELATED_LIMIT);
    expect(related.map((r) => r.id)).not.toContain(id);
    expect(new Set(related.map((r) => r.id)).size).toBe(related.length);

    const byTitle = new Map(allSeedStories.filter((s) => s.variants[locale]).map((s) => [s.variants[locale]!.title, s]));
    const mine = new Set(firstStory.tags ?? []);
    const shared = (story: SeedStory) => (story.tags ?? []).filter((tag) => mine.has(tag)).length;
    const candidates = allSeedStories.filter((s) => s !== firstStory && s.variants[locale]);
    // What the rule gives: sharing tags (most first, then newest), then the same category, newest first.
    const expected = [
      ...candidates
        .filter((s) => shared(s) > 0)
        .sort((a, b) => shared(b) - shared(a) || Date.parse(b.publishedAt) - Date.parse(a.publishedAt)),
      ...candidates
        .filter((s) => shared(s) === 0 && s.category === firstStory.category)
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)),
    ]
      .slice(0, RELATED_LIMIT)
      .map((s) => s.variants[locale]!.title);
    expect(titles(related)).toEqual(expected);
    for (const card of related) {
      const story = byTitle.get(card.title);
      expect(story, `${card.title} is a ${locale} story`).toBeDefined();
      expect(shared(story!) > 0 || story!.category === firstStory.category).toBe(true);
    }
  });

  it('fall back to the same category for a story sharing no tags', async () => {
    const untagged = allSeedStories.find((s) => !s.tags?.length && s.variants.ru);
    if (!untagged) return;
    const found = await loadStoryBySlug('ru', (await import('@/lib/slug')).slugFromTitle(untagged.variants.ru.title));
    if (found.kind !== 'story') throw new Error('seed story present');
    const links = await loadStoryLinks('ru', found.story.id);
    for (const card of links!.related) expect(card.category.slug).toBe(untagged.category);
    expect(titles(links!.related)).not.toContain(untagged.variants.ru.title);
  });

  it('answer null for an unknown story', async () => {
    expect(await loadStoryLinks('ru', 987654)).toBeNull();
  });
});
