/**
 * The agency's pages against a real database (migrations and demo seed, db/test-setup.ts): the seed wrote all six
 * in every language; readers read them (and nothing for a key that is not one of them); an admin saves and
 * restores, each save a revision, each sitting an audit row; a stale save is a conflict that overwrites nothing;
 * every other role and anonymous callers are refused and change nothing. The page is put back at the end, so
 * other test files sharing a PostgreSQL database see the seed as it was.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { agencyPageSlugs } from '@/lib/agency-pages';
import { getDb } from '../client';
import * as s from '../schema';
import { demoPages } from '../seed/pages';
import { accessOutcome, as, signedInAccount, type TestAccount } from '../test-sessions';
import { loadSitemap } from './feeds';
import {
  getPageForEditing,
  getPageRevision,
  listPageRevisions,
  listPagesForEditing,
  loadPageLinks,
  loadPublicPage,
  restorePageRevision,
  savePage,
} from './pages';

const doc = (...paragraphs: string[]) => ({ type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const bold = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] }] });
const run = Date.now().toString(36);

let admin: TestAccount;
let others: Record<'editor' | 'reporter' | 'translator', TestAccount>;
/** The English about page's revision as seeded, to put back at the end. */
let seededRevisionId = 0;

async function auditRows(subject: string) {
  return getDb().select().from(s.auditLog).where(eq(s.auditLog.subject, subject)).orderBy(desc(s.auditLog.id));
}

beforeAll(async () => {
  const [a, editor, reporter, translator] = await Promise.all([
    signedInAccount('admin'),
    signedInAccount('editor'),
    signedInAccount('reporter'),
    signedInAccount('translator', ['en']),
  ]);
  admin = a;
  others = { editor, reporter, translator };
  seededRevisionId = (await as(admin, () => listPageRevisions('about', 'en'))).at(-1)!.id;
});

afterAll(async () => {
  if (seededRevisionId) await as(admin, () => restorePageRevision('about', 'en', seededRevisionId));
});

describe('readers', () => {
  it('the seed wrote all six pages in every language, each with its alternates', async () => {
    for (const slug of agencyPageSlugs) {
      for (const locale of locales) {
        const page = (await loadPublicPage(locale, slug))!;
        expect(page, `${locale}/${slug}`).not.toBeNull();
        expect(page.title).toBe(demoPages[slug][locale].title);
        expect(page.body.content.length).toBeGreaterThan(2);
        expect(page.description.length).toBeGreaterThan(20);
        expect(page.alternates).toEqual([...locales]);
      }
    }
  });

  it('the footer lists the six pages in their order', async () => {
    for (const locale of locales) expect(await loadPageLinks(locale)).toEqual([...agencyPageSlugs]);
    expect(await loadPageLinks('xx')).toEqual([]);
  });

  it.each([
    ['ru', 'about\u0000'],
    ['ru', 'About'],
    ['ru', 'a'.repeat(5000)],
    ['ru', ''],
    ['xx', 'about'],
    ['ru', 'news'],
  ])('nothing for %s/%j', async (locale, slug) => {
    expect(await loadPublicPage(locale, slug)).toBeNull();
  });

  it('each language sitemap lists the pages written in it, with alternates', async () => {
    const sitemap = (await loadSitemap('az'))!;
    const entry = sitemap.entries.find((e) => e.path === '/az/privacy')!;
    expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(entry.alternates.map((a) => a.hreflang).sort()).toEqual(['az', 'en', 'ru', 'x-default']);
    expect(entry.alternates.find((a) => a.hreflang === 'x-default')?.path).toBe('/ru/privacy');
  });
});

describe('an admin', () => {
  it('sees the six pages in three languages with their state', async () => {
    const list = await as(admin, () => listPagesForEditing());
    expect(list).toHaveLength(18);
    expect(list.every((p) => p.title && p.revision >= 1 && p.updatedAt)).toBe(true);
    expect(list.slice(0, 3).map((p) => `${p.slug}:${p.locale}`)).toEqual(['about:ru', 'about:az', 'about:en']);
  });

  it('saves: readers see it, a revision per save, one audit row per sitting, the page and its sitemap expired', async () => {
    const before = (await as(admin, () => getPageForEditing('about', 'en')))!;
    const revisionsBefore = await as(admin, () => listPageRevisions('about', 'en'));
    const auditBefore = await auditRows('page:about:en');

    const first = await as(admin, () => savePage('about', 'en', { title: `About us ${run}`, body: bold(`Independent ${run}`) }, before.revision));
    expect(first).toMatchObject({ ok: true, revision: before.revision + 1 });
    if (!first.ok) return;
    expect(first.revalidate).toEqual(expect.arrayContaining(['page:en:about', 'feeds:en']));
    // Not a new page: the footers of the whole site are not expired by a save.
    expect(first.revalidate).not.toContain('page-list');
    const second = await as(admin, () => savePage('about', 'en', { title: `About us ${run}`, body: doc(`Independent ${run}`, 'Second paragraph.') }, first.revision));
    expect(second).toMatchObject({ ok: true, revision: before.revision + 2 });

    const page = (await loadPublicPage('en', 'about'))!;
    expect(page.title).toBe(`About us ${run}`);
    expect(page.body.content).toHaveLength(2);
    const revisions = await as(admin, () => listPageRevisions('about', 'en'));
    expect(revisions).toHaveLength(revisionsBefore.length + 2);
    expect(revisions[0]).toMatchObject({ revision: before.revision + 2, kind: 'save', title: `About us ${run}` });
    expect(revisions[0]!.savedBy).toBeTruthy();
    // Two saves a moment apart are one sitting: one row.
    const audit = await auditRows('page:about:en');
    expect(audit.length).toBe(auditBefore.length + 1);
    expect(audit[0]).toMatchObject({ action: 'page-update', actorId: admin.id });
    // Other languages are untouched.
    expect((await loadPublicPage('ru', 'about'))!.title).toBe(demoPages.about.ru.title);
  });

  it('restores an earlier revision: its text again, as a new revision, audited', async () => {
    const revisions = await as(admin, () => listPageRevisions('about', 'en'));
    const bolded = revisions.find((r) => r.kind === 'save' && r.title === `About us ${run}` && r.revision === revisions[0]!.revision - 1)!;
    const old = (await as(admin, () => getPageRevision('about', 'en', bolded.id)))!;
    expect(JSON.stringify(old.body)).toContain('bold');
    const restored = await as(admin, () => restorePageRevision('about', 'en', bolded.id));
    expect(restored).toMatchObject({ ok: true, revision: revisions[0]!.revision + 1 });
    const page = (await loadPublicPage('en', 'about'))!;
    expect(page.body).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Independent ${run}`, marks: [{ type: 'bold' }] }] }] });
    expect((await as(admin, () => listPageRevisions('about', 'en')))[0]).toMatchObject({ kind: 'restore', revision: revisions[0]!.revision + 1 });
    expect((await auditRows('page:about:en'))[0]).toMatchObject({ action: 'page-restore' });
    // A revision of another page is not this page's.
    const ruRevision = (await as(admin, () => listPageRevisions('about', 'ru')))[0]!.id;
    expect(await as(admin, () => restorePageRevision('about', 'en', ruRevision))).toEqual({ ok: false, error: 'notFound' });
  });

  it('a save based on an older revision overwrites nothing: a conflict, their text returned, mine kept as a revision', async () => {
    const current = (await as(admin, () => getPageForEditing('about', 'en')))!;
    const colleague = await signedInAccount('admin');
    const stale = await as(colleague, () => savePage('about', 'en', { title: 'Stale', body: doc('Stale text.') }, current.revision - 1));
    expect(stale).toMatchObject({ ok: false, error: 'conflict', current: { revision: current.revision, title: current.title } });
    expect((await as(admin, () => getPageForEditing('about', 'en')))!.revision).toBe(current.revision);
    expect((await loadPublicPage('en', 'about'))!.title).toBe(current.title);
    expect((await as(admin, () => listPageRevisions('about', 'en')))[0]).toMatchObject({ kind: 'conflict', title: 'Stale' });
  });

  it('bad input is refused and changes nothing', async () => {
    const current = (await as(admin, () => getPageForEditing('about', 'en')))!;
    const attempts: [string, () => Promise<unknown>, unknown][] = [
      ['empty title', () => savePage('about', 'en', { title: '  ', body: doc('x') }, current.revision), { ok: false, error: 'invalid', issues: ['titleRequired'] }],
      ['overlong title', () => savePage('about', 'en', { title: 'x'.repeat(201), body: doc('x') }, current.revision), { ok: false, error: 'invalid', issues: ['titleTooLong'] }],
      ['body not a document', () => savePage('about', 'en', { title: 'T', body: 'text' as never }, current.revision), { ok: false, error: 'invalid' }],
      ['title not a string', () => savePage('about', 'en', { title: 42 as never, body: doc('x') }, current.revision), { ok: false, error: 'invalid' }],
      ['huge body', () => savePage('about', 'en', { title: 'T', body: doc('x'.repeat(600_000)) }, current.revision), { ok: false, error: 'invalid', issues: ['tooLarge'] }],
      ['unknown page', () => savePage('about\u0000', 'en', { title: 'T', body: doc('x') }, current.revision), { ok: false, error: 'notFound' }],
      ['unknown language', () => savePage('about', 'de', { title: 'T', body: doc('x') }, current.revision), { ok: false, error: 'notFound' }],
      ['negative base', () => savePage('about', 'en', { title: 'T', body: doc('x') }, -1), { ok: false, error: 'invalid' }],
    ];
    for (const [what, call, expected] of attempts) expect(await as(admin, call), what).toMatchObject(expected as object);
    expect(await as(admin, () => getPageForEditing('nope', 'en'))).toBeNull();
    expect(await as(admin, () => getPageRevision('about', 'en', -5))).toBeNull();
    expect((await as(admin, () => getPageForEditing('about', 'en')))!.revision).toBe(current.revision);
  });
});

describe('everyone else', () => {
  it.each(['editor', 'reporter', 'translator', 'anonymous'] as const)('%s is refused by every dashboard function and changes nothing', async (who) => {
    const account = who === 'anonymous' ? null : others[who];
    const expected = who === 'anonymous' ? 'unauthenticated' : 'forbidden';
    const current = (await as(admin, () => getPageForEditing('about', 'en')))!;
    const revisionId = (await as(admin, () => listPageRevisions('about', 'en'))).at(-1)!.id;
    const calls: [string, () => Promise<unknown>][] = [
      ['listPagesForEditing', () => listPagesForEditing()],
      ['getPageForEditing', () => getPageForEditing('about', 'en')],
      ['savePage', () => savePage('about', 'en', { title: `Hijacked ${who}`, body: doc('x') }, current.revision)],
      ['listPageRevisions', () => listPageRevisions('about', 'en')],
      ['getPageRevision', () => getPageRevision('about', 'en', revisionId)],
      ['restorePageRevision', () => restorePageRevision('about', 'en', revisionId)],
    ];
    for (const [name, call] of calls) expect(await accessOutcome(() => as(account, call)), name).toBe(expected);
    const after = (await as(admin, () => getPageForEditing('about', 'en')))!;
    expect(after.revision).toBe(current.revision);
    expect(after.title).toBe(current.title);
    const [row] = await getDb().select({ n: s.pages.revision }).from(s.pages).where(and(eq(s.pages.slug, 'about'), eq(s.pages.locale, 'en')));
    expect(row!.n).toBe(current.revision);
  });
});
