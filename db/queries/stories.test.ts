import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadStoryBySlug } from './articles';
import { createStory, getRevision, getStoryForEditing, getStoryPreview, listRevisions, restoreRevision, saveVariant } from './stories';
import { publishDueVariants, scheduleVariant, setVariantStatus } from './publishing';

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

  it("a save retried after its answer was lost is not the saver's own conflict; another person's save still is", async () => {
    const id = await newStory(editor, 'Потерянный ответ');
    // Saved (revision 2), but the answer never reached the editor: the next save still says base 1.
    expect(await as(editor, () => saveVariant(id, 'ru', text('Первая правка'), 1))).toMatchObject({ ok: true, revision: 2 });
    expect(await as(editor, () => saveVariant(id, 'ru', text('Первая правка'), 1))).toMatchObject({ ok: true, revision: 3 });
    // Meanwhile typed on: the retry carries more text, still on base 1.
    expect(await as(editor, () => saveVariant(id, 'ru', text('Первая правка и ещё'), 1))).toMatchObject({ ok: true, revision: 4 });
    expect((await as(editor, () => getStoryForEditing(id)))?.variants.ru?.title).toBe('Первая правка и ещё');
    // Someone else on an old base: a conflict, as before, and the editor's text stands.
    expect(await as(admin, () => saveVariant(id, 'ru', text('Чужая правка'), 2))).toMatchObject({ ok: false, error: 'conflict', current: { title: 'Первая правка и ещё', revision: 4 } });
    // Once someone else saved, the editor's stale base is a conflict too.
    expect(await as(admin, () => saveVariant(id, 'ru', text('Правка администратора'), 4))).toMatchObject({ ok: true, revision: 5 });
    expect(await as(editor, () => saveVariant(id, 'ru', text('Старая вкладка'), 3))).toMatchObject({ ok: false, error: 'conflict' });
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
  it('publishes for readers, keeps corrections unseen until Update, keeps old slugs as redirects, unpublishes', async () => {
    const id = await newStory(reporter, 'Материал к публикации');
    await as(reporter, () => saveVariant(id, 'ru', { ...text('Материал к публикации', 'Первый абзац.'), slug: 'material-k-publikatsii-test' }, 1));
    const published = await as(editor, () => setVariantStatus(id, 'ru', 'publish'));
    expect(published).toMatchObject({ ok: true, status: 'published', pending: null });
    expect(published.ok && published.revalidate).toContain('article-slug:ru:material-k-publikatsii-test');
    const lookup = await loadStoryBySlug('ru', 'material-k-publikatsii-test');
    expect(lookup.kind).toBe('story');
    expect(lookup.kind === 'story' && lookup.story.revisedAt).toBeNull();

    // A reporter cannot touch it once published; an editor corrects it, and autosave keeps the correction pending.
    expect(await denied(() => as(reporter, () => saveVariant(id, 'ru', text('Правка'), 2)))).toBe('forbidden');
    const corrected = await as(editor, () => saveVariant(id, 'ru', { ...text('Материал к публикации (исправлено)', 'Полуготовый подзаг'), slug: 'material-ispravlen-test' }, 2));
    expect(corrected).toMatchObject({ ok: true, revision: 3, slug: 'material-ispravlen-test', pending: true, revalidate: [] });
    const still = await loadStoryBySlug('ru', 'material-k-publikatsii-test');
    expect(still.kind === 'story' && still.story.title).toBe('Материал к публикации');
    expect(still.kind === 'story' && still.story.revisedAt).toBeNull();
    expect((await loadStoryBySlug('ru', 'material-ispravlen-test')).kind).toBe('notFound');
    // The editor and the preview show the pending text.
    const editing = await as(editor, () => getStoryForEditing(id));
    expect(editing?.variants.ru).toMatchObject({ title: 'Материал к публикации (исправлено)', status: 'published', revision: 3, slug: 'material-ispravlen-test', pending: { submitted: false } });
    expect((await as(reporter, () => getStoryPreview(id, 'ru')))?.title).toBe('Материал к публикации (исправлено)');
    // A reporter's "Update" is refused; an editor's publishes the pending text, marked updated.
    expect(await denied(() => as(reporter, () => setVariantStatus(id, 'ru', 'update')))).toBe('forbidden');
    const updated = await as(editor, () => setVariantStatus(id, 'ru', 'update'));
    expect(updated).toMatchObject({ ok: true, status: 'published', revision: 3, pending: null });
    expect(updated.ok && updated.revalidate).toEqual(expect.arrayContaining(['article-slug:ru:material-k-publikatsii-test', 'article-slug:ru:material-ispravlen-test']));
    const after = await loadStoryBySlug('ru', 'material-ispravlen-test');
    expect(after.kind === 'story' && after.story.title).toBe('Материал к публикации (исправлено)');
    expect(after.kind === 'story' && after.story.revisedAt).toBeTruthy();
    expect(await loadStoryBySlug('ru', 'material-k-publikatsii-test')).toEqual({ kind: 'redirect', slug: 'material-ispravlen-test' });
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'update'))).toEqual({ ok: false, error: 'notAllowedNow' });

    expect(await as(editor, () => setVariantStatus(id, 'ru', 'unpublish'))).toMatchObject({ ok: true, status: 'draft' });
    expect((await loadStoryBySlug('ru', 'material-ispravlen-test')).kind).toBe('notFound');
    const audit = await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `article:${id}:ru`));
    expect(audit.map((a) => a.action).sort()).toEqual(['publish', 'story-create', 'unpublish', 'update']);
  });

  it('Discard drops the pending changes (kept in the history); a stale save after it is a conflict', async () => {
    const id = await newStory(editor, 'Правка, от которой отказались');
    await as(editor, () => saveVariant(id, 'ru', text('Правка, от которой отказались', 'Опубликованный абзац.'), 1));
    await as(editor, () => setVariantStatus(id, 'ru', 'publish'));
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'discard'))).toEqual({ ok: false, error: 'notAllowedNow' });
    expect(await as(editor, () => saveVariant(id, 'ru', text('Правка, от которой отказались', 'Неудачная правка.'), 2))).toMatchObject({ ok: true, revision: 3, pending: true });
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'discard'))).toMatchObject({ ok: true, status: 'published', revision: 4, pending: null });
    const story = await as(editor, () => getStoryForEditing(id));
    expect(story?.variants.ru).toMatchObject({ body: doc('Опубликованный абзац.'), pending: null, revision: 4 });
    // Someone still holding the discarded text (revision 3) cannot bring it back silently.
    expect(await as(admin, () => saveVariant(id, 'ru', text('x', 'Старая вкладка.'), 3))).toMatchObject({ ok: false, error: 'conflict' });
    const kinds = (await as(editor, () => listRevisions(id, 'ru'))).map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['pending', 'discard', 'conflict']));
    const slug = story!.variants.ru!.slug;
    const live = await loadStoryBySlug('ru', slug);
    expect(live.kind === 'story' && live.story.revisedAt).toBeNull();
  });

  it('a translator proposes changes to a published translation; only an editor publishes them', async () => {
    const id = await newStory(editor, 'Предложение переводчика');
    await as(editor, () => saveVariant(id, 'az', text('Tərcüməçinin təklifi', 'Dərc edilmiş.'), 0));
    await as(editor, () => setVariantStatus(id, 'az', 'publish'));
    expect(await as(translator, () => saveVariant(id, 'az', text('Tərcüməçinin təklifi', 'Təklif.'), 1))).toMatchObject({ ok: true, pending: true });
    expect((await as(translator, () => getStoryForEditing(id)))?.can.submit).toEqual(['az']);
    expect(await as(translator, () => setVariantStatus(id, 'az', 'submit'))).toMatchObject({ ok: true, pending: { submitted: true } });
    expect(await denied(() => as(translator, () => setVariantStatus(id, 'az', 'update')))).toBe('forbidden');
    expect(await as(editor, () => setVariantStatus(id, 'az', 'publish'))).toMatchObject({ ok: true, pending: null });
    const slug = (await as(editor, () => getStoryForEditing(id)))!.variants.az!.slug;
    const live = await loadStoryBySlug('az', slug);
    expect(live.kind === 'story' && JSON.stringify(live.story.body)).toContain('Təklif.');
    const audit = await getDb().select().from(s.auditLog).where(and(eq(s.auditLog.subject, `article:${id}:az`), eq(s.auditLog.action, 'update')));
    expect(audit[0]?.details).toMatchObject({ proposedBy: translator.id });
  });

  it('two people writing the first text of a language at once: the second gets a conflict, and its text is kept', async () => {
    const id = await newStory(editor, 'Одновременный перевод');
    const [a, b] = await Promise.all([
      as(editor, () => saveVariant(id, 'en', text('First writer', 'A.'), 0)),
      as(admin, () => saveVariant(id, 'en', text('Second writer', 'B.'), 0)),
    ]);
    const results = [a, b].map((r) => (r.ok ? 'ok' : r.error)).sort();
    expect(results).toEqual(['conflict', 'ok']);
    const kept = await getDb().select().from(s.articleRevisions).where(and(eq(s.articleRevisions.articleId, id), eq(s.articleRevisions.locale, 'en')));
    expect(kept.map((r) => r.title).sort()).toEqual(['First writer', 'Second writer']);
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
    // On a published story a restored revision is the pending text: readers keep the published one.
    await as(editor, () => setVariantStatus(id, 'ru', 'publish'));
    const restored = await as(editor, () => restoreRevision(id, 'ru', after.find((r) => r.revision === 3)!.id));
    expect(restored).toMatchObject({ ok: true, revision: 5, pending: true });
    const slug = (await as(editor, () => getStoryForEditing(id)))!.variants.ru!.slug;
    const live = await loadStoryBySlug('ru', slug);
    expect(live.kind === 'story' && JSON.stringify(live.story.body)).toContain('Первая редакция.');
    expect((await as(editor, () => getStoryForEditing(id)))?.variants.ru?.body).toEqual(doc('Вторая редакция.'));
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

  it('a scheduled translation is frozen for the translator: it goes live as the editor scheduled it', async () => {
    const id = await newStory(editor, 'Перевод по расписанию');
    expect(await as(translator, () => saveVariant(id, 'az', text('Cədvəl üzrə tərcümə', 'Redaktorun gördüyü mətn.'), 0))).toMatchObject({ ok: true, revision: 1 });
    const soon = new Date(Date.now() + 60_000);
    expect(await as(editor, () => scheduleVariant(id, 'az', soon))).toMatchObject({ ok: true });
    const current = (await as(editor, () => getStoryForEditing(id)))!.variants.az!;
    expect(await denied(() => as(translator, () => saveVariant(id, 'az', text('Gizli dəyişiklik', 'Başqa mətn.'), current.revision)))).toBe('forbidden');
    expect((await as(translator, () => getStoryForEditing(id)))?.can.edit).not.toContain('az');
    await publishDueVariants(new Date(soon.getTime() + 1000));
    const live = await loadStoryBySlug('az', current.slug);
    expect(live.kind === 'story' && JSON.stringify(live.story.body)).toContain('Redaktorun gördüyü mətn.');
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

  it('a schedule can be cancelled: the story stays a draft and the time passes with nothing published', async () => {
    const id = await newStory(reporter, 'Отменённое расписание');
    const at = new Date(Date.now() + 60_000);
    expect(await as(editor, () => scheduleVariant(id, 'ru', at))).toMatchObject({ ok: true });
    expect(await denied(() => as(reporter, () => setVariantStatus(id, 'ru', 'unschedule')))).toBe('forbidden');
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'unschedule'))).toMatchObject({ ok: true, status: 'draft' });
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'unschedule'))).toEqual({ ok: false, error: 'notAllowedNow' });
    await publishDueVariants(new Date(at.getTime() + 1000));
    const [variant] = await getDb().select().from(s.articleTranslations).where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, 'ru')));
    expect(variant).toMatchObject({ status: 'draft', publishedAt: null });
    const audit = await getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, `article:${id}:ru`));
    expect(audit.map((a) => a.action).sort()).toEqual(['schedule', 'story-create', 'unschedule']);
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
