import { describe, expect, it } from 'vitest';
import { demoStoriesA } from '../seed/demo-stories-a';
import { demoStoriesB } from '../seed/demo-stories-b';
import { firstStory } from '../seed/first-story';
import { fold } from '@/lib/search-text';
import { databaseKind } from '../client';
import { searchFiltersSchema, searchStories } from './search';

const search = (locale: 'ru' | 'az' | 'en', q: string, extra: Record<string, unknown> = {}) => searchStories(locale, searchFiltersSchema.parse({ q, ...extra }));
const titles = (r: Awaited<ReturnType<typeof search>>) => r.hits.map((h) => h.title);
const marked = (r: Awaited<ReturnType<typeof search>>) => r.hits.flatMap((h) => h.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()));
const seeded = [firstStory, ...demoStoriesA, ...demoStoriesB];

describe(`search (${databaseKind()})`, () => {
  it('Russian: finds inflected forms through the stemmer, and marks them', async () => {
    const result = await search('ru', 'посольство');
    expect(titles(result)).toContain(firstStory.variants.ru.title);
    expect(result.approximate).toBe(false);
    expect(marked(result).some((m) => m.startsWith('посольств'))).toBe(true);
  });

  it('Azerbaijani without its letters: "sefirlik" finds "səfirliyində", "seher" finds "şəhər"', async () => {
    expect(titles(await search('az', 'sefirlik'))).toContain(firstStory.variants.az!.title);
    const city = await search('az', 'seher');
    // Every Azerbaijani story with a word that, typed without its letters, starts with "seher" (şəhər, şəhərin, səhər…).
    const expected = seeded.filter((story) => /(^|[^\p{L}])seher/u.test(fold([story.variants.az?.title, story.variants.az?.lead, ...(story.variants.az?.body ?? [])].join(' ')))).length;
    expect(expected).toBeGreaterThan(5);
    expect(city.total).toBe(expected);
    expect(marked(city).some((m) => m.startsWith('şəhər'))).toBe(true);
  });

  it('English: stems, prefixes while typing, ranks the headline first', async () => {
    const typing = await search('en', 'embas');
    expect(titles(typing)[0]).toBe(firstStory.variants.en!.title);
    expect(titles(await search('en', 'commemorating'))).toContain(firstStory.variants.en!.title);
  });

  it('a typo still finds the story by its headline, marked as approximate', async () => {
    const result = await search('en', 'Azerbiajani Embasy Kazakstan');
    expect(result.approximate).toBe(true);
    expect(titles(result)).toContain(firstStory.variants.en!.title);
  });

  it('searches only the page language', async () => {
    expect((await search('en', 'посольство')).total).toBe(0);
    expect((await search('ru', 'embassy')).total).toBe(0);
  });

  it('filters by section and date, and pages', async () => {
    const all = await search('ru', 'Баку');
    expect(all.total).toBeGreaterThan(0);
    const inSection = await search('ru', 'Баку', { category: all.hits[0]!.category.slug });
    expect(inSection.hits.every((h) => h.category.slug === all.hits[0]!.category.slug)).toBe(true);
    expect((await search('ru', 'посольство', { from: '2026-01-21' })).hits.map((h) => h.slug)).not.toContain(all.hits.find((h) => h.title === firstStory.variants.ru.title)?.slug ?? 'x');
    expect(titles(await search('ru', 'посольство', { from: '2026-01-20', to: '2026-01-20' }))).toContain(firstStory.variants.ru.title);
    expect((await search('ru', 'посольство', { page: 999 })).page).toBe(1);
  });

  it('any input gives results or nothing, never an error', async () => {
    const hostile = [
      '',
      '   ',
      '"',
      "'; DROP TABLE article_translations; --",
      'a & | ! ( ) :* <-> \\ %',
      '🙂🙂🙂',
      'x'.repeat(10 * 1024),
      'посольство & !',
      '<script>alert(1)</script>',
      'и в на',
      '\u0000\u0001',
    ];
    for (const q of hostile) {
      const result = await search('ru', q);
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect((await search('ru', "'; DROP TABLE article_translations; --")).total).toBe(0);
    expect(titles(await search('ru', '"посольство"'))).toContain(firstStory.variants.ru.title);
    // Bad filters are ignored, not refused.
    expect((await searchStories('ru', searchFiltersSchema.parse({ q: 'посольство', from: 'yesterday', page: '-3', category: '../x' }))).total).toBeGreaterThan(0);
    // Days the database cannot hold are no limit (they answered 503).
    for (const range of [{ from: '0000-01-01' }, { to: '9999-12-31' }, { from: '0000-01-01', to: '9999-12-31' }, { from: '2026-02-31' }]) {
      const parsed = searchFiltersSchema.parse({ q: 'посольство', ...range });
      expect([parsed.from, parsed.to]).toEqual([undefined, undefined]);
      expect((await searchStories('ru', searchFiltersSchema.parse({ q: 'посольство', ...range }))).total).toBeGreaterThan(0);
    }
  });
});
