import { beforeAll, describe, expect, it } from 'vitest';
import { demoStoriesA } from '../seed/demo-stories-a';
import { demoStoriesB } from '../seed/demo-stories-b';
import { firstStory } from '../seed/first-story';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadStoryVariantPage } from './articles';
import { createStory, saveVariant } from './stories';
import { setVariantStatus } from './publishing';
import { boardFiltersSchema, getTranslationWork, listTranslationBoard, markTranslationReviewed, saveTranslation } from './translations';

const doc = (...paragraphs: string[]) => ({ type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const run = Math.random().toString(36).slice(2, 8);
const board = (filters: Record<string, unknown> = {}) => listTranslationBoard(boardFiltersSchema.parse(filters));

let editor: TestAccount, reporter: TestAccount, translator: TestAccount;

beforeAll(async () => {
  [editor, reporter, translator] = await Promise.all([signedInAccount('editor'), signedInAccount('reporter'), signedInAccount('translator', ['az'])]);
});

async function publishedStory(title: string): Promise<number> {
  const created = await as(editor, () => createStory({ category: 'economy', title }));
  if (!created.ok) throw new Error(created.error);
  await as(editor, () => saveVariant(created.id, 'ru', { title, lead: 'Лид', body: doc('Первый абзац.', 'Второй абзац.') }, 1));
  await as(editor, () => setVariantStatus(created.id, 'ru', 'publish'));
  return created.id;
}

describe('the translation board', () => {
  it('shows each role what is theirs: translators their languages, reporters their stories', async () => {
    const title = `Доска переводов ${run}`;
    await publishedStory(title);
    const forEditor = await as(editor, () => board({ q: title }));
    expect(forEditor.languages).toEqual(['ru', 'az', 'en']);
    expect(forEditor.rows).toHaveLength(1);
    // The source language is not a cell; the others are missing.
    expect(forEditor.rows[0]!.cells).toEqual({ az: { state: 'missing', status: null, basedOn: null }, en: { state: 'missing', status: null, basedOn: null } });

    const forTranslator = await as(translator, () => board({ q: title }));
    expect(forTranslator.languages).toEqual(['az']);
    expect(Object.keys(forTranslator.rows[0]!.cells)).toEqual(['az']);
    expect(await accessOutcome(() => as(translator, () => board({ lang: 'en' })))).toBe('forbidden');

    expect((await as(reporter, () => board({ q: title }))).rows).toHaveLength(0);
    expect(await accessOutcome(() => as(null, () => board()))).toBe('unauthenticated');
  });

  it('counts every story, whatever the filters: the seeded ones without English are missing', async () => {
    const seeded = [firstStory, ...demoStoriesA, ...demoStoriesB];
    const withoutEnglish = seeded.filter((story) => !story.variants.en).length;
    expect(withoutEnglish).toBeGreaterThan(0);
    const all = await as(editor, () => board({ lang: 'en', state: 'missing', q: 'zzz-no-such-title' }));
    expect(all.rows).toHaveLength(0);
    expect(all.counts.en.missing).toBeGreaterThanOrEqual(withoutEnglish);
    expect(all.counts.en.published).toBeGreaterThanOrEqual(seeded.length - withoutEnglish);
    expect(all.counts.en.outdated).toBe(0);
  });
});

describe('translating a story', () => {
  it('missing → draft → in review → published; a source change makes it outdated, readers notice nothing', async () => {
    const title = `Перевод и устаревание ${run}`;
    const id = await publishedStory(title);
    const work = await as(translator, () => getTranslationWork(id, 'az'));
    expect(work).toMatchObject({ state: 'missing', translation: null, canEdit: true, canPublish: false, source: { title, revision: 2 } });

    const saved = await as(translator, () => saveTranslation(id, 'az', { title: `Tərcümə ${run}`, lead: 'Lid', body: doc('Birinci abzas.', 'İkinci abzas.') }, 0, 2));
    expect(saved).toMatchObject({ ok: true, revision: 1 });
    expect((await as(translator, () => board({ q: title }))).rows[0]!.cells.az).toEqual({ state: 'draft', status: 'draft', basedOn: 2 });
    await as(translator, () => setVariantStatus(id, 'az', 'submit'));
    expect((await as(translator, () => board({ q: title, state: 'in_review' }))).rows).toHaveLength(1);
    expect(await accessOutcome(() => as(translator, () => setVariantStatus(id, 'az', 'publish')))).toBe('forbidden');
    await as(editor, () => setVariantStatus(id, 'az', 'publish'));

    // The editor corrects the Russian text. While the correction is unpublished (perhaps half-written),
    // translators keep working from the published source: nothing is outdated yet.
    await as(editor, () => saveVariant(id, 'ru', { title, lead: 'Лид', body: doc('Первый абзац, исправленный.', 'Второй абзац.') }, 2));
    expect((await as(translator, () => board({ q: title }))).rows[0]!.cells.az).toEqual({ state: 'published', status: 'published', basedOn: 2 });
    expect(JSON.stringify((await as(translator, () => getTranslationWork(id, 'az')))?.source.body)).not.toContain('исправленный');
    // Once it is published, the Azerbaijani translation is outdated.
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'update'))).toMatchObject({ ok: true, revision: 3, pending: null });
    const outdated = await as(translator, () => board({ lang: 'az', state: 'outdated', q: title }));
    expect(outdated.rows.map((r) => r.id)).toEqual([id]);
    expect(outdated.rows[0]!.cells.az).toEqual({ state: 'outdated', status: 'published', basedOn: 2 });

    const again = await as(translator, () => getTranslationWork(id, 'az'));
    expect(again?.state).toBe('outdated');
    expect(again?.source.revision).toBe(3);
    expect(JSON.stringify(again?.sourceThen?.body)).toContain('Первый абзац.');
    expect(JSON.stringify(again?.source.body)).toContain('Первый абзац, исправленный.');

    // Readers still get the published translation as it is.
    expect((await loadStoryVariantPage(id, 'az'))?.title).toBe(`Tərcümə ${run}`);

    // The translator updates it against the new source: a proposal, which readers do not see yet.
    await as(translator, () => saveTranslation(id, 'az', { title: `Tərcümə ${run}`, lead: 'Lid', body: doc('Birinci abzas, düzəldilmiş.', 'İkinci abzas.') }, 1, 3));
    expect((await as(translator, () => board({ q: title }))).rows[0]!.cells.az).toEqual({ state: 'draft', status: 'published', basedOn: 2 });
    expect(JSON.stringify((await loadStoryVariantPage(id, 'az'))?.body)).not.toContain('düzəldilmiş');
    const proposed = await as(translator, () => getTranslationWork(id, 'az'));
    expect(proposed?.translation).toMatchObject({ pending: { submitted: false }, basedOn: 3 });
    expect(JSON.stringify(proposed?.translation?.body)).toContain('düzəldilmiş');
    expect(await as(translator, () => setVariantStatus(id, 'az', 'submit'))).toMatchObject({ ok: true, pending: { submitted: true } });
    expect((await as(editor, () => board({ q: title, state: 'in_review' }))).rows.map((r) => r.id)).toEqual([id]);
    expect(await accessOutcome(() => as(translator, () => setVariantStatus(id, 'az', 'publish')))).toBe('forbidden');

    // The editor publishes it: readers see the new text, and the translation is current again.
    expect(await as(editor, () => setVariantStatus(id, 'az', 'publish'))).toMatchObject({ ok: true, pending: null });
    expect((await as(translator, () => board({ q: title }))).rows[0]!.cells.az).toEqual({ state: 'published', status: 'published', basedOn: 3 });
    const page = await loadStoryVariantPage(id, 'az');
    expect(JSON.stringify(page?.body)).toContain('düzəldilmiş');
    expect(page?.revisedAt).not.toBeNull();
  });

  it('marking an outdated translation reviewed clears the flag; nobody may claim a source revision that does not exist', async () => {
    const title = `Проверено без правок ${run}`;
    const id = await publishedStory(title);
    await as(translator, () => saveTranslation(id, 'az', { title: 'Yoxlanıldı', lead: '', body: doc('Mətn.') }, 0, 2));
    await as(editor, () => saveVariant(id, 'ru', { title, lead: 'Лид (уточнён)', body: doc('Первый абзац.', 'Второй абзац.') }, 2));
    await as(editor, () => setVariantStatus(id, 'ru', 'update'));
    expect((await as(editor, () => board({ q: title }))).rows[0]!.cells.az?.state).toBe('outdated');
    expect(await as(translator, () => markTranslationReviewed(id, 'az', 99))).toEqual({ ok: false, error: 'notAllowedNow' });
    expect((await as(editor, () => board({ q: title }))).rows[0]!.cells.az?.state).toBe('outdated');
    expect(await as(translator, () => markTranslationReviewed(id, 'az', 3))).toEqual({ ok: true });
    expect((await as(editor, () => board({ q: title }))).rows[0]!.cells.az?.state).toBe('draft');
  });

  it('a translator cannot open or mark a language not assigned to them', async () => {
    const id = await publishedStory(`Чужой язык ${run}`);
    expect(await accessOutcome(() => as(translator, () => getTranslationWork(id, 'en')))).toBe('forbidden');
    await as(editor, () => saveVariant(id, 'en', { title: 'Other language', lead: '', body: doc('Text.') }, 0));
    expect(await accessOutcome(() => as(translator, () => markTranslationReviewed(id, 'en', 2)))).toBe('forbidden');
    expect(await accessOutcome(() => as(translator, () => saveTranslation(id, 'en', { title: 'x', lead: '', body: doc('x') }, 1, 2)))).toBe('forbidden');
    expect(await as(editor, () => getTranslationWork(id, 'ru'))).toBeNull();
  });
});
