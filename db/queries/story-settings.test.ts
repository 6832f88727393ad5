/**
 * The settings panel's data: a story's section, tags, authors and byline, bureau and dateline, and cover, as
 * readers then see them; who may change them; bad input that changes nothing; every change audited.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadStoryBySlug, loadStoryVariantPage } from './articles';
import { cacheTags } from './cache-tags';
import { setVariantStatus } from './publishing';
import { getStorySettings, searchTags, updateStorySettings } from './story-settings';
import { createStory, saveVariant } from './stories';

const run = Math.random().toString(36).slice(2, 8);
const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }] };
let editor: TestAccount, reporter: TestAccount, otherReporter: TestAccount, translator: TestAccount;

beforeAll(async () => {
  [editor, reporter, otherReporter, translator] = await Promise.all([
    signedInAccount('editor'),
    signedInAccount('reporter'),
    signedInAccount('reporter'),
    signedInAccount('translator', ['az']),
  ]);
});

async function story(owner: TestAccount, title: string, publish = false): Promise<{ id: number; slug: string }> {
  const created = await as(owner, () => createStory({ category: 'society', title }));
  if (!created.ok) throw new Error(created.error);
  const saved = await as(owner, () => saveVariant(created.id, 'ru', { title, lead: 'Лид', body: doc }, 1));
  if (!saved.ok) throw new Error(saved.error);
  if (publish) {
    await as(editor, () => saveVariant(created.id, 'az', { title: `${title} (az)`, lead: 'Lid', body: doc }, 0));
    await as(editor, () => setVariantStatus(created.id, 'ru', 'publish'));
    await as(editor, () => setVariantStatus(created.id, 'az', 'publish'));
  }
  return { id: created.id, slug: saved.slug };
}

describe('story settings', () => {
  it('an editor changes every setting of a published story; readers see it, the pages are expired, the log says what changed', async () => {
    const { id, slug } = await story(editor, `Настройки материала ${run}`, true);
    const before = (await as(editor, () => getStorySettings(id, 'ru')))!;
    expect(before).toMatchObject({ category: 'society', tags: [], authors: [], bureauId: null, cover: null, can: { change: true, breaking: true } });
    const [author1, author2] = before.choices.authors;
    const bureau = before.choices.bureaus.find((b) => b.dateline.ru === 'Астана')!;
    const [diplomacy] = await as(editor, () => searchTags('Дипломат'));
    expect(diplomacy?.names).toMatchObject({ ru: 'Дипломатия', en: 'Diplomacy' });
    const [photo] = await getDb().select({ id: s.media.id }).from(s.media).limit(1);

    const result = await as(editor, () =>
      updateStorySettings(
        id,
        {
          category: 'sport',
          tags: [{ id: diplomacy!.id }, { names: { ru: `Новый тег ${run}`, az: `Yeni teq ${run}` } }],
          authors: [author2!.id, author1!.id],
          byline: { az: 'Agentliyin müxbirləri' },
          bureauId: bureau.id,
          dateline: { ru: 'Алматы' },
          coverId: photo!.id,
        },
        'ru',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toMatchObject({ category: 'sport', authors: [author2!.id, author1!.id], bureauId: bureau.id, cover: { id: photo!.id }, byline: { az: 'Agentliyin müxbirləri' }, dateline: { ru: 'Алматы' } });
    expect(result.settings.tags.map((t) => t.names.ru).sort()).toEqual(['Дипломатия', `Новый тег ${run}`].sort());
    // Exactly the pages that show it: the story, the old and the new section.
    expect(result.revalidate).toEqual(expect.arrayContaining([cacheTags.articleSlug('ru', slug), cacheTags.section('ru', 'society'), cacheTags.section('ru', 'sport')]));

    const ru = await loadStoryBySlug('ru', slug);
    expect(ru.kind === 'story' && ru.story).toMatchObject({ category: { slug: 'sport' }, dateline: 'Алматы', authors: [{ name: author2!.name }, { name: author1!.name }], byline: null, cover: { id: photo!.id } });
    expect(ru.kind === 'story' && ru.story.tags.map((t) => t.name).sort()).toEqual(['Дипломатия', `Новый тег ${run}`].sort());
    const az = (await loadStoryVariantPage(id, 'az'))!;
    // Azerbaijani readers get the byline written for them, and the bureau's own dateline.
    expect(az).toMatchObject({ byline: 'Agentliyin müxbirləri', dateline: 'Astana' });
    // The new tag has no English name: it is not shown to English readers (and the story has no English text).

    const audit = await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `article:${id}`));
    expect(audit.map((a) => a.action)).toEqual(['story-settings']);
    expect(audit[0]!.details).toMatchObject({ category: { from: 'society', to: 'sport' }, cover: { from: null, to: photo!.id }, dateline: { ru: { from: null, to: 'Алматы' } } });

    // Nothing changed: nothing written, nothing expired.
    expect(await as(editor, () => updateStorySettings(id, { category: 'sport' }, 'ru'))).toMatchObject({ ok: true, revalidate: [] });
    expect(await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `article:${id}`))).toHaveLength(1);
  });

  it('the same new tag typed twice is one tag', async () => {
    const a = await story(editor, `Тег один раз A ${run}`);
    const b = await story(editor, `Тег один раз B ${run}`);
    const names = { ru: `Один тег ${run}` };
    const first = await as(editor, () => updateStorySettings(a.id, { tags: [{ names }] }, 'ru'));
    const second = await as(editor, () => updateStorySettings(b.id, { tags: [{ names: { ru: `один ТЕГ ${run}` } }] }, 'ru'));
    expect(first.ok && second.ok && first.settings.tags[0]!.id === second.settings.tags[0]!.id).toBe(true);
  });

  it('bad input changes nothing, with a reason', async () => {
    const { id } = await story(editor, `Плохие настройки ${run}`);
    const cases: [Parameters<typeof updateStorySettings>[1], string][] = [
      [{ category: 'no-such-section' }, 'unknownCategory'],
      [{ category: 'Not A Slug' }, 'unknownCategory'],
      [{ authors: [2_000_000_000] }, 'unknownAuthor'],
      [{ authors: [1, 1] }, 'duplicateAuthor'],
      [{ bureauId: 2_000_000_000 }, 'unknownBureau'],
      [{ coverId: 2_000_000_000 }, 'unknownPhoto'],
      [{ tags: [{ id: 2_000_000_000 }] }, 'unknownTag'],
      [{ tags: [{ names: { en: 'Only English' } }] }, 'tagNameRequired'],
      [{ tags: Array.from({ length: 21 }, (_, i) => ({ id: i + 1 })) }, 'tooManyTags'],
      [{ byline: { ru: 'x'.repeat(500) } }, 'tooLong'],
      [{ coverId: -1 }, 'invalid'],
    ];
    for (const [changes, error] of cases) expect(await as(editor, () => updateStorySettings(id, changes, 'ru'))).toEqual({ ok: false, error });
    // A refusal in the middle of several changes leaves the earlier ones undone too.
    expect(await as(editor, () => updateStorySettings(id, { category: 'culture', authors: [2_000_000_000] }, 'ru'))).toEqual({ ok: false, error: 'unknownAuthor' });
    expect(await as(editor, () => getStorySettings(id, 'ru'))).toMatchObject({ category: 'society', authors: [], tags: [] });
    expect(await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `article:${id}`))).toHaveLength(0);
  });

  it('who may change them: editors, a reporter on their own draft; nobody else', async () => {
    const { id } = await story(reporter, `Чьи настройки ${run}`);
    expect(await as(reporter, () => updateStorySettings(id, { category: 'economy' }, 'ru'))).toMatchObject({ ok: true });
    expect(await accessOutcome(() => as(otherReporter, () => updateStorySettings(id, { category: 'sport' }, 'ru')))).toBe('forbidden');
    expect(await accessOutcome(() => as(translator, () => updateStorySettings(id, { category: 'sport' }, 'ru')))).toBe('forbidden');
    expect(await accessOutcome(() => as(null, () => updateStorySettings(id, { category: 'sport' }, 'ru')))).toBe('unauthenticated');
    // A translator sees them (read-only).
    expect(await as(translator, () => getStorySettings(id, 'az'))).toMatchObject({ category: 'economy', can: { change: false, breaking: false } });
    // Once it is published, the reporter may no longer change them.
    await as(editor, () => setVariantStatus(id, 'ru', 'publish'));
    expect(await accessOutcome(() => as(reporter, () => updateStorySettings(id, { category: 'sport' }, 'ru')))).toBe('forbidden');
    expect(await as(editor, () => updateStorySettings(999_999, { category: 'sport' }, 'ru'))).toEqual({ ok: false, error: 'notFound' });
  });
});
