import { beforeAll, describe, expect, it } from 'vitest';
import { firstStory } from '../seed/first-story';
import { databaseKind } from '../client';
import { as, signedInAccount } from '../test-sessions';
import { setVariantStatus } from './publishing';
import { searchFiltersSchema, searchStories } from './search';
import { createStory, saveVariant } from './stories';

const search = (locale: 'ru' | 'az' | 'en', q: string) => searchStories(locale, searchFiltersSchema.parse({ q }));
const titles = (r: Awaited<ReturnType<typeof search>>) => r.hits.map((h) => h.title);
const marked = (r: Awaited<ReturnType<typeof search>>) => r.hits.flatMap((h) => h.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()));

const doc = (...paragraphs: string[]) => ({ type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const run = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6);

/**
 * A published story whose Azerbaijani text has only inflected forms of "fotosərgi" and "anmaq" (no word of it
 * starts with "seher": search.test.ts counts those stories exactly, and shares the database on PostgreSQL).
 */
const az = {
  title: `Gənc fotoqrafların fotosərgisi açılıb ${run}`,
  lead: 'Sərgi salonunda gənc fotoqrafların fotosərgisi açılıb.',
  body: ['Sakinlər faciənin qurbanlarını anmağa toplaşıblar.', 'Fotosərgidə yüzdən çox kadr nümayiş olunur; təşkilatçılar qurbanları anmaqda davam edəcəklərini bildiriblər.'],
};

beforeAll(async () => {
  const editor = await signedInAccount('editor');
  const title = `Выставка молодых фотографов ${run}`;
  const created = await as(editor, () => createStory({ category: 'society', title }));
  if (!created.ok) throw new Error(created.error);
  const steps: (() => Promise<{ ok: true } | { ok: false; error: string }>)[] = [
    () => saveVariant(created.id, 'ru', { title, lead: 'Открылась выставка.', body: doc('Молодые фотографы показали свои работы.') }, 1),
    () => setVariantStatus(created.id, 'ru', 'publish'),
    () => saveVariant(created.id, 'az', { title: az.title, lead: az.lead, body: doc(...az.body) }, 0),
    () => setVariantStatus(created.id, 'az', 'publish'),
  ];
  for (const step of steps) {
    const result = await as(editor, step);
    if (!result.ok) throw new Error(`could not publish the test story: ${result.error}`);
  }
});

describe(`Azerbaijani search by stem (${databaseKind()})`, () => {
  it('"səfirlik" finds "səfirliyində", as a match (not a headline approximation), and marks it', async () => {
    for (const q of ['səfirlik', 'sefirlik', 'Səfirliyi']) {
      const result = await search('az', q);
      expect(result.approximate, q).toBe(false);
      expect(titles(result), q).toContain(firstStory.variants.az!.title);
      expect(marked(result).some((m) => m.startsWith('səfirliy')), q).toBe(true);
    }
  });

  it('"fotosərgi" and "anmaq" find their inflected forms, and an inflected form finds the dictionary one', async () => {
    const exhibition = await search('az', 'fotosərgi');
    expect(exhibition.approximate).toBe(false);
    expect(titles(exhibition)).toEqual(expect.arrayContaining([az.title, firstStory.variants.az!.title]));
    expect(marked(exhibition)).toEqual(expect.arrayContaining(['fotosərgisi', 'fotosərgidə']));

    // The first story has "fotosərgi" itself: its possessive form finds it.
    const possessive = await search('az', 'fotosərgisində');
    expect(possessive.approximate).toBe(false);
    expect(titles(possessive)).toEqual(expect.arrayContaining([az.title, firstStory.variants.az!.title]));

    for (const q of ['anmaq', 'anmağı', 'ANMAQDA']) {
      const remembering = await search('az', q);
      expect(remembering.approximate, q).toBe(false);
      expect(titles(remembering), q).toContain(az.title);
      expect(marked(remembering), q).toEqual(expect.arrayContaining(['anmağa', 'anmaqda']));
    }

    // Every word must still match: both stories have "fotosərgi", only the first one "səfirlik".
    const both = await search('az', 'səfirliyin fotosərgiləri');
    expect(titles(both)).toContain(firstStory.variants.az!.title);
    expect(titles(both)).not.toContain(az.title);
  });

  it('any Azerbaijani input gives results or nothing, never an error', async () => {
    for (const q of ["səfirliyində & !(bayrağı) :* |", "'; DROP TABLE article_translations; --", 'ə ş ğ', 'etmək|getmək', 'x'.repeat(5000)]) {
      const result = await search('az', q);
      expect(result.total, q).toBeGreaterThanOrEqual(0);
    }
  });

  it('Russian still finds inflected forms through its stemmer', async () => {
    const result = await search('ru', 'посольство');
    expect(result.approximate).toBe(false);
    expect(titles(result)).toContain(firstStory.variants.ru.title);
    expect(marked(result).some((m) => m.startsWith('посольств'))).toBe(true);
    expect(titles(await search('ru', 'фотографов'))).toContain(`Выставка молодых фотографов ${run}`);
  });
});
