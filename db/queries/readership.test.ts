import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadStoryBySlug } from './articles';
import { cacheTags } from './cache-tags';
import { getBreakingUntil, loadBreaking, loadMostRead, newsroomDay, recordView, setBreaking } from './readership';
import { createStory, saveVariant } from './stories';
import { setVariantStatus } from './publishing';

let editor: TestAccount, reporter: TestAccount;
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  [editor, reporter] = await Promise.all([signedInAccount('editor'), signedInAccount('reporter')]);
});

async function published(title: string, locales: ('ru' | 'az')[] = ['ru']): Promise<{ id: number; slug: string }> {
  const created = await as(editor, () => createStory({ category: 'sport', title }));
  if (!created.ok) throw new Error(created.error);
  const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }] };
  const saved = await as(editor, () => saveVariant(created.id, 'ru', { title, lead: 'Лид', body: doc }, 1));
  if (!saved.ok) throw new Error(saved.error);
  for (const l of locales) {
    if (l !== 'ru') await as(editor, () => saveVariant(created.id, l, { title: `${title} (az)`, lead: 'Lid', body: doc }, 0));
    await as(editor, () => setVariantStatus(created.id, l, 'publish'));
  }
  return { id: created.id, slug: saved.slug };
}

describe('most read', () => {
  it('counts readings per language and day, only of published variants, and ranks by them', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const a = await published(`Читают чаще ${run}`, ['ru', 'az']);
    const b = await published(`Читают реже ${run}`);
    for (let i = 0; i < 3; i++) expect(await recordView(a.id, 'ru', now)).toBe(true);
    expect(await recordView(b.id, 'ru', now)).toBe(true);
    // Eight days ago: in neither the day nor the week.
    for (let i = 0; i < 10; i++) await recordView(b.id, 'ru', new Date(now.getTime() - 8 * 86_400_000));
    // Unpublished language, unknown story: not counted.
    expect(await recordView(b.id, 'en', now)).toBe(false);
    expect(await recordView(999_999_999, 'ru', now)).toBe(false);

    const week = (await loadMostRead('ru', 7, 50, now)).filter((r) => r.title.includes(run));
    expect(week.map((r) => [r.title, r.views])).toEqual([
      [`Читают чаще ${run}`, 3],
      [`Читают реже ${run}`, 1],
    ]);
    expect((await loadMostRead('az', 7, 50, now)).some((r) => r.title.includes(run))).toBe(false);
    await recordView(a.id, 'az', now);
    expect((await loadMostRead('az', 1, 50, now)).find((r) => r.title.includes(run))?.views).toBe(1);

    // Nothing but the counts is stored.
    const rows = await getDb().select().from(s.storyViews).where(eq(s.storyViews.articleId, a.id));
    expect(Object.keys(rows[0]!).sort()).toEqual(['articleId', 'day', 'locale', 'views']);
    expect(rows.find((r) => r.locale === 'ru')?.day).toBe(newsroomDay(now));
  });
});

describe('a reader who reads again', () => {
  it('counts once per story, language and day, however many beacons they send', async () => {
    const now = new Date('2026-11-27T12:00:00Z');
    const story = await published(`Накрутка ${run}`, ['ru', 'az']);
    const reader = '203.0.113.5 Mozilla/5.0 (X11; Linux x86_64)';
    for (let i = 0; i < 30; i++) expect(await recordView(story.id, 'ru', now, reader)).toBe(true);
    const views = async (locale: 'ru' | 'az', at = now) => (await loadMostRead(locale, 1, 50, at)).find((r) => r.title.includes(`Накрутка ${run}`))?.views;
    expect(await views('ru')).toBe(1);
    // Another reader, the other language, the next day: each counts.
    await recordView(story.id, 'ru', now, '198.51.100.8 Mozilla/5.0 (Android)');
    await recordView(story.id, 'az', now, reader);
    expect(await views('ru')).toBe(2);
    expect(await views('az')).toBe(1);
    const tomorrow = new Date(now.getTime() + 86_400_000);
    await recordView(story.id, 'ru', tomorrow, reader);
    expect((await getDb().select().from(s.storyViews).where(eq(s.storyViews.articleId, story.id))).map((r) => [r.locale, r.day, r.views]).sort()).toEqual(
      [['az', newsroomDay(now), 1], ['ru', newsroomDay(now), 2], ['ru', newsroomDay(tomorrow), 1]].sort(),
    );
  });
});

describe('the breaking-news ticker', () => {
  it('editors switch a story on for some hours and off; readers see it only in its published languages', async () => {
    const now = new Date();
    const story = await published(`Срочная новость ${run}`);
    expect(await accessOutcome(() => as(reporter, () => setBreaking(story.id, 3)))).toBe('forbidden');
    expect(await accessOutcome(() => as(null, () => setBreaking(story.id, 3)))).toBe('unauthenticated');
    expect(await as(editor, () => setBreaking(story.id, 5))).toEqual({ ok: false, error: 'invalid' });
    expect(await as(editor, () => setBreaking(999_999_999, 1))).toEqual({ ok: false, error: 'notFound' });

    const on = await as(editor, () => setBreaking(story.id, 3, now));
    expect(on.ok && on.revalidate).toContain(cacheTags.ticker);
    expect((await loadBreaking('ru')).map((b) => b.title)).toContain(`Срочная новость ${run}`);
    expect((await loadBreaking('az')).map((b) => b.title)).not.toContain(`Срочная новость ${run}`);
    expect(await as(editor, () => getBreakingUntil(story.id))).toBe(new Date(now.getTime() + 3 * 3_600_000).toISOString());
    // Past its time it drops out by itself.
    expect((await loadBreaking('ru', new Date(now.getTime() + 4 * 3_600_000))).map((b) => b.title)).not.toContain(`Срочная новость ${run}`);

    await as(editor, () => setBreaking(story.id, 0));
    expect((await loadBreaking('ru')).map((b) => b.title)).not.toContain(`Срочная новость ${run}`);
    expect(await as(editor, () => getBreakingUntil(story.id))).toBeNull();
    expect((await loadStoryBySlug('ru', story.slug)).kind).toBe('story');
  });
});
