import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadStoryBySlug } from './articles';
import { createStory, getRevision, getStoryForEditing, getStoryPreview, listRevisions, publishDueVariants, restoreRevision, saveVariant, scheduleVariant, setVariantStatus } from './stories';

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const text = (title: string, body = 'Текст.') => ({ title, lead: `${title}: лид`, body: doc(body) });

let admin: TestAccount, editor: TestAccount, reporter: TestAccount, otherReporter: TestAccount, translator: TestAccount;

beforeAll(async () => {
  [admin, editor, reporter, otherReporter, translator] = await Promise.all([
    signedInAccount('admin'),
    signedInAccount('editor'),
    signedInAccount('reporter'),
    signedInAccount('reporter'),
    signedInAccount('translator', ['az']),
  ]);
});

const denied = accessOutcome;

async function newStory(owner: TestAccount, title: string): Promise<number> {
  const result = await as(owner, () => createStory({ category: 'society', title }));
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

describe('who may do what with a story', () => {
  it('anonymous callers and translators cannot create stories', async () => {
    expect(await denied(() => as(null, () => createStory({ category: 'society', title: 'x' })))).toBe('unauthenticated');
    expect(await denied(() => as(translator, () => createStory({ category: 'society', title: 'x' })))).toBe('forbidden');
  });

  it('a reporter edits their own draft, not another reporter\'s, and cannot publish', async () => {
    const id = await newStory(reporter, 'Черновик корреспондента');
    const mine = await as(reporter, () => getStoryForEditing(id));
    expect(mine?.variants.ru?.title).toBe('Черновик корреспондента');
    expect(mine?.can).toMatchObject({ publish: false });
    const saved = await as(reporter, () => saveVariant(id, 'ru', text('Новый заголовок'), 1));
    expect(saved).toMatchObject({ ok: true, revision: 2 });

    expect(await denied(() => as(otherReporter, () => getStoryForEditing(id)))).toBe('forbidden');
    expect(await denied(() => as(otherReporter, () => saveVariant(id, 'ru', text('Чужой'), 2)))).toBe('forbidden');
    expect(await denied(() => as(reporter, () => setVariantStatus(id, 'ru', 'publish')))).toBe('forbidden');
    expect(await as(reporter, () => setVariantStatus(id, 'ru', 'submit'))).toMatchObject({ ok: true, status: 'in_review' });

    const row = await getDb().select().from(s.articleTranslations).where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, 'ru')));
    expect(row[0]).toMatchObject({ title: 'Новый заголовок', status: 'in_review' });
  });

  it('a translator edits only the languages assigned to them, and cannot publish', async () => {
    const id = await newStory(editor, 'Для перевода');
    expect(await as(translator, () => saveVariant(id, 'az', text('Tərcümə üçün'), 0))).toMatchObject({ ok: true, revision: 1 });
    expect(await denied(() => as(translator, () => saveVariant(id, 'en', text('For translation'), 0)))).toBe('forbidden');
    expect(await denied(() => as(translator, () => saveVariant(id, 'ru', text('Источник'), 1)))).toBe('forbidden');
    expect(await denied(() => as(translator, () => setVariantStatus(id, 'az', 'publish')))).toBe('forbidden');
    const story = await as(translator, () => getStoryForEditing(id));
    expect(story?.can.edit).toEqual(['az']);
    const az = await getDb().select().from(s.articleTranslations).where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, 'az')));
    expect(az[0]).toMatchObject({ status: 'draft', sourceRevision: 1 });
  });
});

describe('nothing is lost', () => {
  it('a second save on a stale revision is a conflict: nothing is overwritten, and its text is kept', async () => {
    const id = await newStory(editor, 'Общий материал');
    const first = await as(editor, () => saveVariant(id, 'ru', text('Версия первого', 'Абзац первого.'), 1));
    expect(first).toMatchObject({ ok: true, revision: 2 });
    const second = await as(admin, () => saveVariant(id, 'ru', text('Версия второго', 'Абзац второго.'), 1));
    expect(second).toMatchObject({ ok: false, error: 'conflict', current: { title: 'Версия первого', revision: 2 } });
    const story = await as(editor, () => getStoryForEditing(id));
    expect(story?.variants.ru?.title).toBe('Версия первого');
    const revisions = await as(editor, () => listRevisions(id, 'ru'));
    expect(revisions.map((r) => r.kind).sort()).toEqual(['conflict', 'create', 'save']);
    const kept = await getDb().select().from(s.articleRevisions).where(and(eq(s.articleRevisions.articleId, id), eq(s.articleRevisions.kind, 'conflict')));
    expect(kept[0]).toMatchObject({ title: 'Версия второго', body: doc('Абзац второго.') });
  });

  it('bad input changes nothing', async () => {
    const id = await newStory(editor, 'Проверка ввода');
    expect(await as(editor, () => saveVariant(id, 'ru', { ...text(''), title: '   ' }, 1))).toMatchObject({ ok: false, error: 'invalid', issues: ['titleRequired'] });
    expect(await as(editor, () => saveVariant(id, 'ru', { ...text('x'), body: { type: 'doc', content: [{ type: 'text', text: 'x'.repeat(600_000) }] } }, 1))).toMatchObject({ ok: false, error: 'invalid' });
    expect(await as(editor, () => saveVariant(id, 'ru', { ...text('x'), slug: 'Not A Slug' }, 1))).toMatchObject({ ok: false, error: 'slugInvalid' });
    // A word a listing route uses beside the story's URL (/ru/news/older/…) is refused too.
    expect(await as(editor, () => saveVariant(id, 'ru', { ...text('x'), slug: 'older' }, 1))).toMatchObject({ ok: false, error: 'slugInvalid' });
    const other = await newStory(editor, 'Другой материал');
    const otherSlug = (await as(editor, () => getStoryForEditing(other)))!.variants.ru!.slug;
    expect(await as(editor, () => saveVariant(id, 'ru', { ...text('x'), slug: otherSlug }, 1))).toMatchObject({ ok: false, error: 'slugTaken' });
    expect(await as(editor, () => saveVariant(999_999, 'ru', text('x'), 1))).toMatchObject({ ok: false, error: 'notFound' });
    const story = await as(editor, () => getStoryForEditing(id));
    expect(story?.variants.ru).toMatchObject({ title: 'Проверка ввода', revision: 1 });
  });
});

describe('publishing', () => {
  it('publishes for readers, marks corrections as updated, keeps old slugs as redirects, unpublishes', async () => {
    const id = await newStory(reporter, 'Материал к публикации');
    await as(reporter, () => saveVariant(id, 'ru', { ...text('Материал к публикации', 'Первый абзац.'), slug: 'material-k-publikatsii-test' }, 1));
    const published = await as(editor, () => setVariantStatus(id, 'ru', 'publish'));
    expect(published).toMatchObject({ ok: true, status: 'published' });
    expect(published.ok && published.revalidate).toContain('article-slug:ru:material-k-publikatsii-test');
    const lookup = await loadStoryBySlug('ru', 'material-k-publikatsii-test');
    expect(lookup.kind).toBe('story');
    expect(lookup.kind === 'story' && lookup.story.revisedAt).toBeNull();

    // A reporter cannot touch it once published; an editor corrects it.
    expect(await denied(() => as(reporter, () => saveVariant(id, 'ru', text('Правка'), 2)))).toBe('forbidden');
    const corrected = await as(editor, () => saveVariant(id, 'ru', { ...text('Материал к публикации (исправлено)'), slug: 'material-ispravlen-test' }, 2));
    expect(corrected).toMatchObject({ ok: true, slug: 'material-ispravlen-test' });
    const after = await loadStoryBySlug('ru', 'material-ispravlen-test');
    expect(after.kind === 'story' && after.story.revisedAt).toBeTruthy();
    expect(await loadStoryBySlug('ru', 'material-k-publikatsii-test')).toEqual({ kind: 'redirect', slug: 'material-ispravlen-test' });

    const preview = await as(reporter, () => getStoryPreview(id, 'ru'));
    expect(preview?.title).toBe('Материал к публикации (исправлено)');

    expect(await as(editor, () => setVariantStatus(id, 'ru', 'unpublish'))).toMatchObject({ ok: true, status: 'draft' });
    expect((await loadStoryBySlug('ru', 'material-ispravlen-test')).kind).toBe('notFound');
    const audit = await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `article:${id}:ru`));
    expect(audit.map((a) => a.action).sort()).toEqual(['publish', 'unpublish']);
  });
});

describe('revisions', () => {
  it('can be viewed and restored; restoring is itself a revision, so nothing is lost', async () => {
    const id = await newStory(editor, 'История правок');
    await as(editor, () => saveVariant(id, 'ru', text('История правок', 'Первая редакция.'), 1));
    await as(editor, () => saveVariant(id, 'ru', text('История правок', 'Вторая редакция.'), 2));
    const revisions = await as(editor, () => listRevisions(id, 'ru'));
    const firstSave = revisions.find((r) => r.revision === 2)!;
    const old = await as(editor, () => getRevision(id, 'ru', firstSave.id));
    expect(old?.body).toEqual(doc('Первая редакция.'));
    expect(await denied(() => as(otherReporter, () => getRevision(id, 'ru', firstSave.id)))).toBe('forbidden');

    expect(await as(editor, () => restoreRevision(id, 'ru', firstSave.id))).toMatchObject({ ok: true, revision: 4 });
    const story = await as(editor, () => getStoryForEditing(id));
    expect(story?.variants.ru?.body).toEqual(doc('Первая редакция.'));
    const after = await as(editor, () => listRevisions(id, 'ru'));
    expect(after[0]).toMatchObject({ kind: 'restore', revision: 4 });
    expect(after.some((r) => r.revision === 3)).toBe(true);
    // A revision of another story is not found through this one.
    expect(await as(editor, () => restoreRevision(id + 100000, 'ru', firstSave.id))).toMatchObject({ ok: false, error: 'notFound' });
  });
});

describe('scheduled publishing', () => {
  it('editors schedule; the due variants go live with no one pressing a button', async () => {
    const id = await newStory(reporter, 'Запланированный материал');
    const soon = new Date(Date.now() + 60_000);
    expect(await denied(() => as(reporter, () => scheduleVariant(id, 'ru', soon)))).toBe('forbidden');
    expect(await as(editor, () => scheduleVariant(id, 'ru', new Date(Date.now() - 1000)))).toEqual({ ok: false, error: 'scheduleInPast' });
    expect(await as(editor, () => scheduleVariant(id, 'ru', new Date('not a date')))).toEqual({ ok: false, error: 'scheduleInPast' });
    expect(await as(editor, () => scheduleVariant(id, 'ru', soon))).toEqual({ ok: true, at: soon.toISOString() });
    const slug = (await as(editor, () => getStoryForEditing(id)))!.variants.ru!.slug;

    expect(await publishDueVariants(new Date(soon.getTime() - 1000))).toMatchObject({ published: 0 });
    expect((await loadStoryBySlug('ru', slug)).kind).toBe('notFound');
    const run = await publishDueVariants(new Date(soon.getTime() + 1000));
    expect(run.published).toBeGreaterThanOrEqual(1);
    expect(run.revalidate).toContain(`article-slug:ru:${slug}`);
    const live = await loadStoryBySlug('ru', slug);
    expect(live.kind === 'story' && live.story.publishedAt).toBe(soon.toISOString());
    // Once is enough: a second run finds nothing more for this story.
    const again = await publishDueVariants(new Date(soon.getTime() + 2000));
    expect(again.revalidate).not.toContain(`article-slug:ru:${slug}`);
  });

  it('a story scheduled for later and published by hand goes out now, not with its future date', async () => {
    const id = await newStory(reporter, 'Опубликован раньше срока');
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await as(editor, () => scheduleVariant(id, 'ru', tomorrow))).toMatchObject({ ok: true });
    const before = Date.now();
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'publish'))).toMatchObject({ ok: true, status: 'published' });
    const [variant] = await getDb().select().from(s.articleTranslations).where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, 'ru')));
    expect(variant!.status).toBe('published');
    expect(variant!.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(variant!.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    // Its wake-up, still queued for tomorrow, then finds nothing to do.
    expect(await publishDueVariants(new Date(tomorrow.getTime() + 1000))).not.toMatchObject({ revalidate: expect.arrayContaining([expect.stringContaining(variant!.slug)]) });
  });

  it('two runs at the same moment (two servers woken together) publish a variant once', async () => {
    const id = await newStory(reporter, 'Выходит один раз');
    const at = new Date(Date.now() + 60_000);
    expect(await as(editor, () => scheduleVariant(id, 'ru', at))).toMatchObject({ ok: true });
    const later = new Date(at.getTime() + 1000);
    // On PostgreSQL these run on two connections: the second UPDATE waits for the first row lock, then finds
    // the row no longer 'scheduled'.
    await Promise.all([publishDueVariants(later), publishDueVariants(later), publishDueVariants(later)]);
    const published = await getDb()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'publish'), eq(s.auditLog.subject, `article:${id}:ru`)));
    expect(published).toHaveLength(1);
    const [variant] = await getDb().select().from(s.articleTranslations).where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, 'ru')));
    expect(variant).toMatchObject({ status: 'published', publishedAt: at });
  });
});
