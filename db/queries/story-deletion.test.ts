/**
 * Deleting a story: admins and editors only; the story is gone for readers under every slug it ever had, the
 * pages it had are named for expiry, nothing of it is left behind, and the audit log says who did it.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadStoryBySlug } from './articles';
import { createStory, deleteStory, getStoryForEditing, saveVariant } from './stories';
import { setVariantStatus } from './publishing';
import { isAuditAction } from './audit';

const run = Math.random().toString(36).slice(2, 8);
const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let admin: TestAccount, editor: TestAccount, reporter: TestAccount, translator: TestAccount;

beforeAll(async () => {
  [admin, editor, reporter, translator] = await Promise.all([
    signedInAccount('admin'),
    signedInAccount('editor'),
    signedInAccount('reporter'),
    signedInAccount('translator', ['az']),
  ]);
});

async function newStory(owner: TestAccount, title: string): Promise<number> {
  const result = await as(owner, () => createStory({ category: 'society', title }));
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

const rowsOf = async (id: number) => {
  const db = getDb();
  const [articles, variants, revisions, redirects] = await Promise.all([
    db.select().from(s.articles).where(eq(s.articles.id, id)),
    db.select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id)),
    db.select().from(s.articleRevisions).where(eq(s.articleRevisions.articleId, id)),
    db.select().from(s.slugRedirects).where(eq(s.slugRedirects.articleId, id)),
  ]);
  return { articles: articles.length, variants: variants.length, revisions: revisions.length, redirects: redirects.length };
};

describe('who may delete a story', () => {
  it('anonymous callers, reporters (even their own draft) and translators may not, and the story stays', async () => {
    const id = await newStory(reporter, `Черновик корреспондента ${run}`);
    const before = await rowsOf(id);
    expect(await accessOutcome(() => as(null, () => deleteStory(id)))).toBe('unauthenticated');
    expect(await accessOutcome(() => as(reporter, () => deleteStory(id)))).toBe('forbidden');
    expect(await accessOutcome(() => as(translator, () => deleteStory(id)))).toBe('forbidden');
    expect(await rowsOf(id)).toEqual(before);
    expect(before.articles).toBe(1);
  });

  it('editors and admins may', async () => {
    const a = await newStory(reporter, `Для редактора ${run}`);
    const b = await newStory(reporter, `Для администратора ${run}`);
    expect(await accessOutcome(() => as(editor, () => deleteStory(a)))).toBe('allowed');
    expect(await accessOutcome(() => as(admin, () => deleteStory(b)))).toBe('allowed');
    expect((await rowsOf(a)).articles).toBe(0);
    expect((await rowsOf(b)).articles).toBe(0);
  });
});

describe('deleting a published story', () => {
  it('takes it away from readers in every language and under its old slug, expires its pages, and is audited', async () => {
    const title = `Удаляемый материал ${run}`;
    const id = await newStory(editor, title);
    const first = `udalyaemyy-${run}`;
    const renamed = `udalyaemyy-novyy-${run}`;
    const az = `silinen-${run}`;
    expect(await as(editor, () => saveVariant(id, 'ru', { title, lead: 'Лид.', body: doc('Текст.'), slug: first }, 1))).toMatchObject({ ok: true });
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'publish'))).toMatchObject({ ok: true });
    // A slug changed after publishing leaves a redirect behind.
    expect(await as(editor, () => saveVariant(id, 'ru', { title, lead: 'Лид.', body: doc('Текст.'), slug: renamed }, 2))).toMatchObject({ ok: true, slug: renamed });
    expect(await as(editor, () => setVariantStatus(id, 'ru', 'update'))).toMatchObject({ ok: true });
    expect(await as(translator, () => saveVariant(id, 'az', { title: `Silinən material ${run}`, lead: 'Lid.', body: doc('Mətn.'), slug: az }, 0))).toMatchObject({ ok: true });
    expect(await as(editor, () => setVariantStatus(id, 'az', 'publish'))).toMatchObject({ ok: true });
    expect((await loadStoryBySlug('ru', renamed)).kind).toBe('story');
    expect(await loadStoryBySlug('ru', first)).toEqual({ kind: 'redirect', slug: renamed });
    expect((await loadStoryBySlug('az', az)).kind).toBe('story');

    const result = await as(editor, () => deleteStory(id));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.revalidate).toEqual(
      expect.arrayContaining([
        `article-slug:ru:${renamed}`,
        `article-slug:ru:${first}`,
        `article-slug:az:${az}`,
        // Another language's slug redirects to this language's variant: those pages go too.
        `article-slug:en:${renamed}`,
        'section:ru:society',
        'section:en:society',
        'home:az',
        'photo:ru',
      ]),
    );

    for (const [locale, slug] of [['ru', renamed], ['ru', first], ['az', az], ['en', renamed]] as const) {
      expect(await loadStoryBySlug(locale, slug)).toEqual({ kind: 'notFound' });
    }
    expect(await as(editor, () => getStoryForEditing(id))).toBeNull();
    expect(await rowsOf(id)).toEqual({ articles: 0, variants: 0, revisions: 0, redirects: 0 });

    const audit = await getDb().select().from(s.auditLog).where(eq(s.auditLog.action, 'story-delete'));
    const entry = audit.find((a) => a.subject === `article:${id}: ${title}`);
    expect(entry).toMatchObject({ actorId: editor.id, details: { title, sourceLocale: 'ru' } });
    // The audit screen knows the action.
    expect(isAuditAction('story-delete')).toBe(true);
  });

  it('a story that is not there: notFound, nothing written', async () => {
    const id = await newStory(editor, `Дважды ${run}`);
    expect(await as(editor, () => deleteStory(id))).toMatchObject({ ok: true });
    const auditBefore = (await getDb().select().from(s.auditLog)).length;
    expect(await as(editor, () => deleteStory(id))).toEqual({ ok: false, error: 'notFound' });
    expect(await as(editor, () => deleteStory(9_999_999))).toEqual({ ok: false, error: 'notFound' });
    expect(await as(editor, () => deleteStory(-1))).toEqual({ ok: false, error: 'notFound' });
    expect((await getDb().select().from(s.auditLog)).length).toBe(auditBefore);
  });
});
