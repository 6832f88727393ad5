import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNotNull } from 'drizzle-orm';
import { firstStory } from '../seed/first-story';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadHomePage, TOP_STORIES } from './articles';
import { cacheTags } from './cache-tags';
import { FRONT_PAGE_PINS, getHomePin, setHomePin } from './front-page';
import { setVariantStatus } from './publishing';
import { createStory, saveVariant } from './stories';

let editor: TestAccount, reporter: TestAccount;
const run = Math.random().toString(36).slice(2, 8);
const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }] };

beforeAll(async () => {
  [editor, reporter] = await Promise.all([signedInAccount('editor'), signedInAccount('reporter')]);
});

/** A story published in Russian only (no cover photo). */
async function published(title: string): Promise<number> {
  const created = await as(editor, () => createStory({ category: 'politics', title }));
  if (!created.ok) throw new Error(created.error);
  const saved = await as(editor, () => saveVariant(created.id, 'ru', { title, lead: 'Лид', body: doc }, 1));
  if (!saved.ok) throw new Error(saved.error);
  await as(editor, () => setVariantStatus(created.id, 'ru', 'publish'));
  return created.id;
}

const firstTitle = firstStory.variants.ru.title;

describe('the front page as editors arrange it', () => {
  afterAll(async () => {
    // As the seed left it for the files after this one: only the first story pinned.
    const [first] = await getDb().select({ id: s.articleTranslations.articleId }).from(s.articleTranslations).where(eq(s.articleTranslations.title, firstTitle));
    await getDb().update(s.articles).set({ homePinnedAt: null });
    await getDb().update(s.articles).set({ homePinnedAt: new Date('2026-01-20T11:40:00Z') }).where(eq(s.articles.id, first!.id));
  });

  it('the seed pins the first story: it leads every language, with top stories beside it and never repeated below', async () => {
    for (const locale of ['ru', 'az', 'en'] as const) {
      const home = await loadHomePage(locale);
      expect(home.lead?.title).toBe(firstStory.variants[locale]!.title);
      expect(home.top.length).toBe(TOP_STORIES);
      const above = [home.lead!.id, ...home.top.map((story) => story.id)];
      expect(new Set(above).size).toBe(above.length);
      for (const section of home.sections) for (const story of section.stories) expect(above).not.toContain(story.id);
      expect(home.latest.map((story) => story.id)).not.toContain(home.lead!.id);
    }
  });

  it('an editor pins a story: it leads where it is published, the previous pin stands beside it; letting go restores it', async () => {
    const id = await published(`Закреплённая новость ${run}`);
    expect(await accessOutcome(() => as(reporter, () => setHomePin(id, true)))).toBe('forbidden');
    expect(await accessOutcome(() => as(null, () => setHomePin(id, true)))).toBe('unauthenticated');
    expect(await as(editor, () => setHomePin(999_999_999, true))).toEqual({ ok: false, error: 'notFound' });
    expect((await loadHomePage('ru')).lead?.title).toBe(firstTitle);

    const pinned = await as(editor, () => setHomePin(id, true));
    expect(pinned.ok && pinned.revalidate).toEqual([cacheTags.home('ru'), cacheTags.home('az'), cacheTags.home('en')]);
    expect(await as(reporter, () => getHomePin(id))).toBe(pinned.ok ? pinned.pinnedAt : 'never');
    const ru = await loadHomePage('ru');
    // A lead without a photo: pinned, it leads anyway.
    expect(ru.lead?.title).toBe(`Закреплённая новость ${run}`);
    expect(ru.top[0]?.title).toBe(firstTitle);
    // Not published in Azerbaijani: the Azerbaijani front page keeps its lead.
    expect((await loadHomePage('az')).lead?.title).toBe(firstStory.variants.az!.title);

    await as(editor, () => setHomePin(id, false));
    expect(await as(editor, () => getHomePin(id))).toBeNull();
    expect((await loadHomePage('ru')).lead?.title).toBe(firstTitle);
  });

  it(`at most ${FRONT_PAGE_PINS} stories stay pinned: one more lets go of the oldest pin`, async () => {
    const ids: number[] = [];
    for (let i = 0; i < FRONT_PAGE_PINS; i++) ids.push(await published(`Пин ${i} ${run}`));
    const start = Date.now();
    for (const [i, id] of ids.entries()) await as(editor, () => setHomePin(id, true, new Date(start + i * 1000)));
    const pins = await getDb().select({ id: s.articles.id }).from(s.articles).where(isNotNull(s.articles.homePinnedAt));
    expect(pins.length).toBe(FRONT_PAGE_PINS);
    // The first story, pinned before them all, was let go of.
    const home = await loadHomePage('ru');
    expect(home.lead?.title).toBe(`Пин ${FRONT_PAGE_PINS - 1} ${run}`);
    expect([home.lead, ...home.top].map((story) => story?.title)).not.toContain(firstTitle);
    expect(home.top.map((story) => story.title)).toEqual([3, 2, 1, 0].map((i) => `Пин ${i} ${run}`));
  });
});
