/**
 * The categories screen's data layer: who may call it, creating, renaming and deleting categories, what readers
 * then see, and that refused changes change nothing.
 */
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import * as s from '../schema';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { listCategories, loadCategoryPage, loadStoryBySlug } from './articles';
import { createCategory, deleteCategory, listCategoriesForEditing, renameCategory, type CategoryNames } from './categories';
import { createStory, saveVariant } from './stories';
import { setVariantStatus } from './publishing';

type Caller = 'anonymous' | 'admin' | 'editor' | 'reporter' | 'translator';
const callers: Caller[] = ['anonymous', 'admin', 'editor', 'reporter', 'translator'];
const accounts: Partial<Record<Caller, TestAccount | null>> = { anonymous: null };
const who = (caller: Caller) => accounts[caller] ?? null;
const expected: Record<Caller, 'allowed' | 'unauthenticated' | 'forbidden'> = {
  anonymous: 'unauthenticated',
  admin: 'allowed',
  editor: 'allowed',
  reporter: 'forbidden',
  translator: 'forbidden',
};

const run = Math.random().toString(36).slice(2, 8);
const names = (tag: string): CategoryNames => ({ ru: `Раздел ${tag}`, az: `Bölmə ${tag}`, en: `Section ${tag}` });

let editor: TestAccount;

beforeAll(async () => {
  const [admin, ed, reporter, translator] = await Promise.all([
    signedInAccount('admin'),
    signedInAccount('editor'),
    signedInAccount('reporter'),
    signedInAccount('translator', ['az']),
  ]);
  Object.assign(accounts, { admin, editor: ed, reporter, translator });
  editor = ed;
});

const db = () => getDb();
const categoryBySlug = async (slug: string) => (await db().select().from(s.categories).where(eq(s.categories.slug, slug)))[0];
const auditRows = (action: string, subject: string) =>
  db().select().from(s.auditLog).where(and(eq(s.auditLog.action, action), eq(s.auditLog.subject, subject)));
async function tableCounts() {
  const [[c], [t], [a], [l]] = await Promise.all([
    db().select({ n: count() }).from(s.categories),
    db().select({ n: count() }).from(s.categoryTranslations),
    db().select({ n: count() }).from(s.articles),
    db().select({ n: count() }).from(s.auditLog),
  ]);
  return { categories: c!.n, translations: t!.n, articles: a!.n, audit: l!.n };
}

async function publishedStory(category: string, title: string): Promise<{ id: number; slug: string }> {
  const created = await as(editor, () => createStory({ category, title }));
  if (!created.ok) throw new Error(created.error);
  const slug = `${category}-story-${run}`;
  const saved = await as(editor, () => saveVariant(created.id, 'ru', { title, lead: 'Лид.', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }] }, slug }, 1));
  expect(saved).toMatchObject({ ok: true, slug });
  expect(await as(editor, () => setVariantStatus(created.id, 'ru', 'publish'))).toMatchObject({ ok: true });
  return { id: created.id, slug };
}

describe('who may use the categories screen', () => {
  for (const caller of callers) {
    it(`as ${caller}: every function is ${expected[caller]}, and a refused call changes nothing`, async () => {
      const society = (await categoryBySlug('society'))!;
      const slug = `matrix-${caller}-${run}`;
      const before = await tableCounts();
      const outcomes = {
        list: await accessOutcome(() => as(who(caller), () => listCategoriesForEditing())),
        create: await accessOutcome(() => as(who(caller), () => createCategory({ slug, names: names(caller) }))),
        rename: await accessOutcome(() => as(who(caller), () => renameCategory(society.id, { ru: 'Захват', az: 'Ələ keçirmə', en: 'Takeover' }))),
        // A category in use: allowed callers get `inUse`, so nothing is deleted either way.
        delete: await accessOutcome(() => as(who(caller), () => deleteCategory(society.id))),
      };
      const want = expected[caller];
      expect(outcomes).toEqual({ list: want, create: want, rename: want, delete: want });
      if (want === 'allowed') {
        // Put the name back for the other tests.
        await as(who(caller), () => renameCategory(society.id, { ru: 'Общество', az: 'Cəmiyyət', en: 'Society' }));
        expect(await categoryBySlug(slug)).toBeDefined();
      } else {
        expect(await categoryBySlug(slug)).toBeUndefined();
        expect(await tableCounts()).toEqual(before);
        const society_ = await loadCategoryPage('en', 'society', null);
        expect(society_?.category.name).toBe('Society');
      }
    });
  }
});

describe('listing', () => {
  it('gives every category its names in all three languages and how many stories it holds', async () => {
    const list = await as(editor, () => listCategoriesForEditing());
    const culture = list.find((c) => c.slug === 'culture')!;
    expect(culture.names).toEqual({ ru: 'Культура', az: 'Mədəniyyət', en: 'Culture' });
    const [stored] = await db().select({ n: count() }).from(s.articles).where(eq(s.articles.categoryId, culture.id));
    expect(culture.stories).toBe(stored!.n);
    expect(culture.stories).toBeGreaterThan(0);
    // In the readers' order.
    const positions = list.map((c) => c.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('creating', () => {
  it('adds a category with three names and a slug made from the Russian name; readers see it at once', async () => {
    const ruName = `Регионы ${run}`;
    const result = await as(editor, () => createCategory({ names: { ru: ruName, az: `Regionlar ${run}`, en: `Regions ${run}` } }));
    const slug = `regiony-${run}`;
    expect(result).toMatchObject({ ok: true, slug });
    if (!result.ok) return;
    expect(result.revalidate).toEqual(expect.arrayContaining(['taxonomy', 'home:ru', 'home:az', 'home:en', `section:en:${slug}`]));

    const list = await as(editor, () => listCategoriesForEditing());
    expect(list.at(-1)).toMatchObject({ slug, names: { ru: ruName, az: `Regionlar ${run}`, en: `Regions ${run}` }, stories: 0 });
    expect((await listCategories('en')).map((c) => c.slug)).toContain(slug);
    const page = await loadCategoryPage('en', slug, null);
    expect(page?.category).toEqual({ slug, name: `Regions ${run}` });
    expect(page?.stories.items).toEqual([]);
    const [audit] = await auditRows('category-create', slug);
    expect(audit).toMatchObject({ actorId: editor.id, details: { names: { ru: ruName } } });
  });

  it('takes a slug typed by hand, in lower case', async () => {
    const result = await as(editor, () => createCategory({ slug: `  Hand-Made-${run} `, names: names('hand') }));
    expect(result).toMatchObject({ ok: true, slug: `hand-made-${run}` });
  });

  it('refuses a missing name in any language, a bad slug and a taken slug, and changes nothing', async () => {
    const before = await tableCounts();
    expect(await as(editor, () => createCategory({ names: { ru: 'Только русский', az: '  ', en: '' } }))).toEqual({ ok: false, error: 'nameRequired', fields: ['az', 'en'] });
    expect(await as(editor, () => createCategory({ names: { ...names('long'), en: 'x'.repeat(101) } }))).toEqual({ ok: false, error: 'nameTooLong', fields: ['en'] });
    expect(await as(editor, () => createCategory({ slug: 'not a slug!', names: names('bad') }))).toMatchObject({ ok: false, error: 'slugInvalid' });
    expect(await as(editor, () => createCategory({ slug: 'a'.repeat(61), names: names('bad') }))).toMatchObject({ ok: false, error: 'slugInvalid' });
    // A name that makes no slug, and no slug given.
    expect(await as(editor, () => createCategory({ names: { ru: '!!!', az: '???', en: '...' } }))).toEqual({ ok: false, error: 'slugInvalid', fields: ['slug'] });
    // The demo content's Society, by hand and by a name that makes its slug; the existing category is untouched.
    expect(await as(editor, () => createCategory({ slug: 'society', names: names('dup') }))).toEqual({ ok: false, error: 'slugTaken', fields: ['slug'] });
    expect(await as(editor, () => createCategory({ names: { ru: 'Society', az: 'x', en: 'y' } }))).toEqual({ ok: false, error: 'slugTaken', fields: ['slug'] });
    expect(await tableCounts()).toEqual(before);
    expect((await loadCategoryPage('ru', 'society', null))?.category.name).toBe('Общество');
  });
});

describe('renaming', () => {
  it('renames in every language; readers see the new name on the category page and on its stories', async () => {
    const created = await as(editor, () => createCategory({ slug: `rename-me-${run}`, names: names('old') }));
    if (!created.ok) throw new Error(created.error);
    const story = await publishedStory(created.slug, `Материал раздела ${run}`);
    expect((await loadStoryBySlug('ru', story.slug)).kind === 'story').toBe(true);

    const renamed = await as(editor, () => renameCategory(created.id, names('new')));
    expect(renamed.ok).toBe(true);
    if (!renamed.ok) return;
    // The story's page is cached per slug: it is expired too, as are lists, navigation and the section.
    expect(renamed.revalidate).toEqual(expect.arrayContaining(['taxonomy', 'home:az', `section:ru:${created.slug}`, `article-slug:ru:${story.slug}`, 'photo:en']));

    expect((await loadCategoryPage('az', created.slug, null))?.category.name).toBe('Bölmə new');
    const lookup = await loadStoryBySlug('ru', story.slug);
    expect(lookup.kind === 'story' && lookup.story.category).toEqual({ slug: created.slug, name: 'Раздел new' });
    const [audit] = await auditRows('category-update', created.slug);
    expect(audit?.details).toMatchObject({ from: names('old'), to: names('new') });

    // The same names again: nothing to do, nothing written.
    expect(await as(editor, () => renameCategory(created.id, names('new')))).toEqual({ ok: true, revalidate: [] });
    expect(await auditRows('category-update', created.slug)).toHaveLength(1);
  });

  it('refuses a missing name and an unknown category, and changes nothing', async () => {
    const society = (await categoryBySlug('society'))!;
    expect(await as(editor, () => renameCategory(society.id, { ru: 'Общество', az: 'Cəmiyyət', en: ' ' }))).toEqual({ ok: false, error: 'nameRequired', fields: ['en'] });
    expect(await as(editor, () => renameCategory(9_999_999, names('ghost')))).toEqual({ ok: false, error: 'notFound' });
    expect((await loadCategoryPage('en', 'society', null))?.category.name).toBe('Society');
  });
});

describe('deleting', () => {
  it('refuses while stories use the category, and changes nothing', async () => {
    const culture = (await categoryBySlug('culture'))!;
    const before = await tableCounts();
    expect(await as(editor, () => deleteCategory(culture.id))).toEqual({ ok: false, error: 'inUse' });
    expect(await tableCounts()).toEqual(before);
    expect((await loadCategoryPage('ru', 'culture', null))?.stories.items.length).toBeGreaterThan(0);
    expect(await auditRows('category-delete', 'culture')).toHaveLength(0);
  });

  it('deletes an empty category: gone for readers and from the screen, its names with it', async () => {
    const created = await as(editor, () => createCategory({ slug: `short-lived-${run}`, names: names('short') }));
    if (!created.ok) throw new Error(created.error);
    const result = await as(editor, () => deleteCategory(created.id));
    expect(result).toMatchObject({ ok: true, slug: created.slug, names: names('short') });
    expect(result.ok && result.revalidate).toEqual(expect.arrayContaining(['taxonomy', 'home:en', `section:az:${created.slug}`]));
    expect(await loadCategoryPage('en', created.slug, null)).toBeNull();
    expect((await listCategories('ru')).map((c) => c.slug)).not.toContain(created.slug);
    expect((await as(editor, () => listCategoriesForEditing())).map((c) => c.slug)).not.toContain(created.slug);
    expect(await db().select().from(s.categoryTranslations).where(eq(s.categoryTranslations.categoryId, created.id))).toHaveLength(0);
    expect(await auditRows('category-delete', created.slug)).toHaveLength(1);
    // Twice: the second finds nothing.
    expect(await as(editor, () => deleteCategory(created.id))).toEqual({ ok: false, error: 'notFound' });
  });
});
