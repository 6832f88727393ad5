/**
 * The agency's own pages (lib/agency-pages.ts: about, contacts, advertising, terms, privacy, corrections), one per
 * language. Every read and write of the `pages` and `page_revisions` tables is here.
 *
 * - Readers: getPublicPage and getPageLinks, public, cached and tagged (cacheTags.agencyPage, agencyPageList).
 * - Admins (capability managePages, db/queries/roles.ts): the list of pages × languages, the editor, saves, the
 *   revisions and restoring one. Every function checks the caller itself; everyone else is refused here.
 *
 * A page has no workflow: a save is what readers see (the cache tags it returns are expired by the action). Like
 * a story, every save is a revision, and a save based on an older revision than the current one overwrites
 * nothing: it is kept as a 'conflict' revision and the current text is returned, for the editor to show both.
 */
import { and, desc, eq, gt, lte, ne } from 'drizzle-orm';
import { z } from 'zod';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { agencyPageSlugs, isAgencyPageSlug, type AgencyPageSlug } from '@/lib/agency-pages';
import { limits } from '@/lib/field-limits';
import { isRowId } from '@/lib/ids';
import { paths } from '@/lib/paths';
import { parseRichText, richTextToPlain, type RichTextDoc } from '@/lib/rich-text';
import { getDb, getReaderDb, type Db } from '../client';
import * as s from '../schema';
import { pageSubject, recordAudit } from './audit';
import { cachedRead } from './cached';
import { cacheTags } from './cache-tags';
import { requireCapability } from './roles';

/**
 * A body as the editor saves it, within a story body's limits (db/queries/stories.ts). Not imported from there:
 * this module is read by every reader page (the footer), which need not load the newsroom's story code.
 */
const docSchema = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).max(5000) })
  .loose()
  .refine((doc) => JSON.stringify(doc).length <= limits.bodyBytes, { message: 'tooLarge' });

export const pageInputSchema = z.object({
  title: z.string().trim().min(1, 'titleRequired').max(limits.pageTitle, 'titleTooLong'),
  body: docSchema,
});
export type PageInput = z.input<typeof pageInputSchema>;

/** Where an agency page is addressed: the page's key and a language, both from fixed lists. */
export const pageKeySchema = z.object({ slug: z.enum(agencyPageSlugs), locale: z.enum(locales) });

/** A save by the same admin within this time of their previous one is the same sitting: one audit row for it. */
export const AUDIT_SITTING_MS = 10 * 60 * 1000;

const iso = (d: Date | string) => new Date(d).toISOString();
const orderOf = (slug: string) => (agencyPageSlugs as readonly string[]).indexOf(slug);

// --- Readers -----------------------------------------------------------------------------------------------------

export type PublicPage = {
  slug: AgencyPageSlug;
  locale: Locale;
  title: string;
  body: RichTextDoc;
  /** The text's opening, for the meta description. */
  description: string;
  updatedAt: string;
  /** The languages this page exists in (this one included), in the site's order: its hreflang alternates. */
  alternates: Locale[];
};

/** Cut at a word boundary to about `max` characters, with an ellipsis when cut. */
function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:—-]+$/, '')}…`;
}

/** One agency page in one language, as readers see it; null for an unknown key or language, or a page not written in it. */
export async function loadPublicPage(locale: string, slug: string): Promise<PublicPage | null> {
  if (!isLocale(locale) || !isAgencyPageSlug(slug)) return null;
  const rows = await getReaderDb()
    .select({ locale: s.pages.locale, title: s.pages.title, body: s.pages.body, updatedAt: s.pages.updatedAt })
    .from(s.pages)
    .where(eq(s.pages.slug, slug));
  const row = rows.find((r) => r.locale === locale);
  if (!row) return null;
  const body = parseRichText(row.body);
  const present = new Set(rows.map((r) => r.locale));
  return {
    slug,
    locale,
    title: row.title,
    body,
    description: excerpt(richTextToPlain(body)),
    updatedAt: iso(row.updatedAt),
    alternates: locales.filter((l) => present.has(l)),
  };
}

/** The keys of the agency pages that exist in one language, in the footer's order. */
export async function loadPageLinks(locale: string): Promise<AgencyPageSlug[]> {
  if (!isLocale(locale)) return [];
  const rows = await getReaderDb().select({ slug: s.pages.slug }).from(s.pages).where(eq(s.pages.locale, locale));
  return rows.map((r) => r.slug).sort((a, b) => orderOf(a) - orderOf(b));
}

export type PageSitemapRow = { slug: AgencyPageSlug; locale: Locale; path: string; updatedAt: string };

/** Every agency page in every language, for the sitemaps (db/queries/feeds.ts builds their entries). */
export async function loadPagesForSitemap(): Promise<PageSitemapRow[]> {
  const rows = await getReaderDb().select({ slug: s.pages.slug, locale: s.pages.locale, updatedAt: s.pages.updatedAt }).from(s.pages);
  return rows
    .filter((r): r is typeof r & { locale: Locale } => isLocale(r.locale))
    .sort((a, b) => orderOf(a.slug) - orderOf(b.slug) || locales.indexOf(a.locale) - locales.indexOf(b.locale))
    .map((r) => ({ slug: r.slug, locale: r.locale, path: paths.agencyPage(r.locale, r.slug), updatedAt: iso(r.updatedAt) }));
}

/** The page readers get (null: a 404; not stored in the cache, so unknown keys leave nothing behind). */
export const getPublicPage = cachedRead('agency-page', loadPublicPage, (locale, slug) => [cacheTags.agencyPage(locale, slug), cacheTags.agencyPageList]);

/** The footer's list of the agency pages of one language. */
export const getPageLinks = cachedRead('agency-page-links', loadPageLinks, () => [cacheTags.agencyPageList]);

// --- The dashboard -----------------------------------------------------------------------------------------------

export type PageListItem = {
  slug: AgencyPageSlug;
  locale: Locale;
  /** Null: not written in this language yet (readers get a 404 there). */
  title: string | null;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
};

/** Every agency page in every language, written or not, for the dashboard's list. Admins only. */
export async function listPagesForEditing(): Promise<PageListItem[]> {
  await requireCapability('managePages');
  const rows = await getDb()
    .select({ slug: s.pages.slug, locale: s.pages.locale, title: s.pages.title, revision: s.pages.revision, updatedAt: s.pages.updatedAt, updatedBy: s.users.name })
    .from(s.pages)
    .leftJoin(s.users, eq(s.users.id, s.pages.updatedBy));
  const byKey = new Map(rows.map((r) => [`${r.slug}:${r.locale}`, r]));
  return agencyPageSlugs.flatMap((slug) =>
    locales.map((locale) => {
      const row = byKey.get(`${slug}:${locale}`);
      return {
        slug,
        locale,
        title: row?.title ?? null,
        revision: row?.revision ?? 0,
        updatedAt: row ? iso(row.updatedAt) : null,
        updatedBy: row?.updatedBy ?? null,
      };
    }),
  );
}

export type EditablePage = {
  slug: AgencyPageSlug;
  locale: Locale;
  title: string;
  body: unknown;
  /** 0: not written in this language yet (the first save creates it). */
  revision: number;
  updatedAt: string | null;
};

type PageRow = typeof s.pages.$inferSelect;
const emptyDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

function toEditable(row: PageRow): EditablePage {
  return { slug: row.slug, locale: row.locale as Locale, title: row.title, body: row.body, revision: row.revision, updatedAt: iso(row.updatedAt) };
}

/** One page in one language for the editor (an empty one when not written yet); null for an unknown key. Admins only. */
export async function getPageForEditing(slug: string, locale: string): Promise<EditablePage | null> {
  await requireCapability('managePages');
  const key = pageKeySchema.safeParse({ slug, locale });
  if (!key.success) return null;
  const [row] = await getDb().select().from(s.pages).where(and(eq(s.pages.slug, key.data.slug), eq(s.pages.locale, key.data.locale)));
  return row ? toEditable(row) : { ...key.data, title: '', body: emptyDoc, revision: 0, updatedAt: null };
}

export type PageSaveResult =
  | { ok: true; revision: number; savedAt: string; revalidate: string[] }
  | { ok: false; error: 'notFound' | 'invalid' | 'conflict'; issues?: string[]; current?: EditablePage };

/** What a save of one page expires: its page (and the sitemap's date); creating it also every footer and its alternates. */
function tagsForPageSave(slug: AgencyPageSlug, locale: Locale, created: boolean): string[] {
  const tags = [cacheTags.agencyPage(locale, slug), cacheTags.feeds(locale)];
  if (created) tags.push(cacheTags.agencyPageList, ...locales.flatMap((l) => [cacheTags.agencyPage(l, slug), cacheTags.feeds(l)]));
  return [...new Set(tags)];
}

/**
 * Saves one page in one language (creating it on its first save). `baseRevision` is the revision the text was
 * loaded at (0 for a page not written yet). Admins only. Writes a revision per save, and an audit row per sitting
 * (a save within AUDIT_SITTING_MS of the same admin's previous one adds none; a restore always does).
 */
export async function savePage(slug: string, locale: string, input: PageInput, baseRevision: number, kind: 'save' | 'restore' = 'save'): Promise<PageSaveResult> {
  const staff = await requireCapability('managePages');
  const key = pageKeySchema.safeParse({ slug, locale });
  if (!key.success) return { ok: false, error: 'notFound' };
  const parsed = pageInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', issues: [...new Set(parsed.error.issues.map((i) => (/^[a-zA-Z]+$/.test(i.message) ? i.message : 'invalid')))] };
  if (!Number.isInteger(baseRevision) || baseRevision < 0) return { ok: false, error: 'invalid', issues: ['invalid'] };
  const where = and(eq(s.pages.slug, key.data.slug), eq(s.pages.locale, key.data.locale));
  const text = { title: parsed.data.title, body: parsed.data.body };

  try {
    return await getDb().transaction(async (tx) => {
      const [current] = await tx.select().from(s.pages).where(where).for('update');
      if ((current?.revision ?? 0) !== baseRevision && !(current && (await onlyOwnSavesSince(tx, current, baseRevision, staff.id)))) {
        if (current) await tx.insert(s.pageRevisions).values({ pageId: current.id, revision: baseRevision, kind: 'conflict', ...text, savedBy: staff.id });
        return { ok: false as const, error: 'conflict' as const, current: current ? toEditable(current) : undefined };
      }
      const now = new Date();
      const revision = (current?.revision ?? 0) + 1;
      let pageId: number;
      if (current) {
        await tx.update(s.pages).set({ ...text, revision, updatedBy: staff.id, updatedAt: now }).where(eq(s.pages.id, current.id));
        pageId = current.id;
      } else {
        const [row] = await tx
          .insert(s.pages)
          .values({ ...key.data, ...text, revision, updatedBy: staff.id, createdAt: now, updatedAt: now })
          .returning({ id: s.pages.id });
        pageId = row!.id;
      }
      await tx.insert(s.pageRevisions).values({ pageId, revision, kind: current ? kind : 'create', ...text, savedBy: staff.id, savedAt: now });
      const sameSitting = kind === 'save' && current?.updatedBy === staff.id && now.getTime() - new Date(current.updatedAt).getTime() < AUDIT_SITTING_MS;
      if (!sameSitting) {
        await recordAudit(tx, {
          actorId: staff.id,
          action: kind === 'restore' ? 'page-restore' : 'page-update',
          subject: pageSubject(key.data.slug, key.data.locale),
          details: { title: text.title, revision },
        });
      }
      return { ok: true as const, revision, savedAt: now.toISOString(), revalidate: tagsForPageSave(key.data.slug, key.data.locale, !current) };
    });
  } catch (error) {
    // Two admins writing the first text of a page at the same moment: the second insert meets the first one's row.
    if (baseRevision === 0 && isUniqueViolation(error)) {
      const [current] = await getDb().select().from(s.pages).where(where);
      if (current) {
        await getDb().insert(s.pageRevisions).values({ pageId: current.id, revision: 0, kind: 'conflict', ...text, savedBy: staff.id });
        return { ok: false, error: 'conflict', current: toEditable(current) };
      }
    }
    throw error;
  }
}

/**
 * Whether every revision after `base` was saved by this same admin: an autosave whose answer was lost (the
 * connection dropped after the commit) is retried on the old base, and is no one else's text to protect.
 */
async function onlyOwnSavesSince(tx: Pick<Db, 'select'>, current: PageRow, base: number, staffId: string): Promise<boolean> {
  if (base < 1 || base >= current.revision) return false;
  const rows = await tx
    .select({ savedBy: s.pageRevisions.savedBy, kind: s.pageRevisions.kind })
    .from(s.pageRevisions)
    .where(and(eq(s.pageRevisions.pageId, current.id), gt(s.pageRevisions.revision, base), lte(s.pageRevisions.revision, current.revision), ne(s.pageRevisions.kind, 'conflict')));
  return rows.length === current.revision - base && rows.every((r) => r.savedBy === staffId && r.kind === 'save');
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export type PageRevisionItem = { id: number; revision: number; kind: s.PageRevisionKind; title: string; savedAt: string; savedBy: string | null };

/** The saved versions of one page in one language, newest first (none for a page not written yet). Admins only. */
export async function listPageRevisions(slug: string, locale: string): Promise<PageRevisionItem[]> {
  await requireCapability('managePages');
  const key = pageKeySchema.safeParse({ slug, locale });
  if (!key.success) return [];
  const rows = await getDb()
    .select({ id: s.pageRevisions.id, revision: s.pageRevisions.revision, kind: s.pageRevisions.kind, title: s.pageRevisions.title, savedAt: s.pageRevisions.savedAt, savedBy: s.users.name })
    .from(s.pageRevisions)
    .innerJoin(s.pages, eq(s.pages.id, s.pageRevisions.pageId))
    .leftJoin(s.users, eq(s.users.id, s.pageRevisions.savedBy))
    .where(and(eq(s.pages.slug, key.data.slug), eq(s.pages.locale, key.data.locale)))
    .orderBy(desc(s.pageRevisions.savedAt), desc(s.pageRevisions.id));
  return rows.map((r) => ({ ...r, savedAt: iso(r.savedAt) }));
}

export type PageRevisionText = PageRevisionItem & { body: unknown };

/** One saved version of a page, whole, for viewing; null when it is not this page's. Admins only. */
export async function getPageRevision(slug: string, locale: string, revisionId: number): Promise<PageRevisionText | null> {
  await requireCapability('managePages');
  const key = pageKeySchema.safeParse({ slug, locale });
  if (!key.success || !isRowId(revisionId)) return null;
  const [row] = await getDb()
    .select({
      id: s.pageRevisions.id,
      revision: s.pageRevisions.revision,
      kind: s.pageRevisions.kind,
      title: s.pageRevisions.title,
      body: s.pageRevisions.body,
      savedAt: s.pageRevisions.savedAt,
      savedBy: s.users.name,
    })
    .from(s.pageRevisions)
    .innerJoin(s.pages, eq(s.pages.id, s.pageRevisions.pageId))
    .leftJoin(s.users, eq(s.users.id, s.pageRevisions.savedBy))
    .where(and(eq(s.pageRevisions.id, revisionId), eq(s.pages.slug, key.data.slug), eq(s.pages.locale, key.data.locale)));
  return row ? { ...row, savedAt: iso(row.savedAt) } : null;
}

/**
 * Makes an old revision the page's text again: an ordinary save based on the current revision (so the text it
 * replaces stays in the history), kept as a 'restore' revision and audited. Admins only.
 */
export async function restorePageRevision(slug: string, locale: string, revisionId: number): Promise<PageSaveResult> {
  const old = await getPageRevision(slug, locale, revisionId);
  if (!old) return { ok: false, error: 'notFound' };
  const current = await getPageForEditing(slug, locale);
  if (!current || current.revision === 0) return { ok: false, error: 'notFound' };
  return savePage(slug, locale, { title: old.title, body: old.body as PageInput['body'] }, current.revision, 'restore');
}
