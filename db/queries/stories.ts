/**
 * Writing stories: create one, open it in the editor, save a language variant, its revisions, delete it. Moving
 * a variant through the workflow (publish, update, schedule…) is db/queries/publishing.ts; who may do what is
 * db/queries/roles.ts, and every function here checks it itself.
 *
 * Readers see a published text change only when an editor publishes the change: a save of a published variant
 * (autosave, a restored revision, a translator's proposal) is kept as its pending text (`pending`), shown in the
 * editor and in the preview, until "Update" publishes it or "Discard" drops it.
 *
 * Every save keeps a revision. A save based on an older revision than the current one is refused as a conflict,
 * and its text is kept as a revision all the same: nothing anybody typed is lost.
 */
import { and, asc, desc, eq, gt, inArray, lte, ne } from 'drizzle-orm';
import { z } from 'zod';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { isRowId } from '@/lib/ids';
import { bodyText } from '@/lib/rich-text';
import { RESERVED_SLUGS, slugFromTitle, isValidSlug } from '@/lib/slug';
import { getDb, type Db } from '../client';
import { cancelPublishWakeUp } from '../jobs';
import * as s from '../schema';
import { loadStoryVariantPage, type StoryPage } from './articles';
import { recordAudit, storySubject } from './audit';
import { tagsForStoryChange } from './cache-tags';
import { assert, mayEdit, mayOpen, mayPublish, requireCapability } from './roles';
import { requireStaff, type Staff } from './staff';

export const MAX_BODY_BYTES = limits.bodyBytes;

const docSchema = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).max(5000) })
  .loose()
  .refine((doc) => JSON.stringify(doc).length <= MAX_BODY_BYTES, { message: 'tooLarge' });

export const variantInputSchema = z.object({
  title: z.string().trim().min(1, 'titleRequired').max(limits.storyTitle, 'titleTooLong'),
  lead: z.string().trim().max(limits.lead, 'leadTooLong'),
  body: docSchema,
  slug: z.string().trim().max(limits.slug, 'slugInvalid').optional(),
  seoTitle: z.string().trim().max(limits.seoTitle, 'seoTitleTooLong').optional(),
  seoDescription: z.string().trim().max(limits.seoDescription, 'seoDescriptionTooLong').optional(),
});
export type VariantInput = z.input<typeof variantInputSchema>;

export const newStorySchema = z.object({
  category: z.string().regex(/^[a-z0-9-]{1,60}$/, 'unknownCategory'),
  title: z.string().trim().min(1, 'titleRequired').max(limits.storyTitle, 'titleTooLong'),
});

export type EditableVariant = {
  locale: Locale;
  /** The slug the editor shows: the pending one if the changes will move the URL, else the published one. */
  slug: string;
  title: string;
  lead: string;
  body: unknown;
  seoTitle: string;
  seoDescription: string;
  status: s.ArticleStatus;
  publishedAt: string | null;
  revisedAt: string | null;
  revision: number;
  updatedAt: string;
  /** Changes to the published text that readers do not see yet (shown in the fields above); null when none. */
  pending: { submitted: boolean; at: string; by: string | null } | null;
};

export type EditableStory = {
  id: number;
  sourceLocale: Locale;
  category: string;
  ownerId: string | null;
  variants: Partial<Record<Locale, EditableVariant>>;
  /** What the caller may do, for the editor's buttons (the functions check again). */
  can: { edit: Locale[]; submit: Locale[]; publish: boolean };
};

export type ArticleRow = { id: number; ownerId: string | null; sourceLocale: string; categorySlug: string };
export type VariantRow = typeof s.articleTranslations.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Queryable = Pick<Db, 'select'>;

export async function loadArticle(id: number, db: Queryable = getDb()): Promise<ArticleRow | null> {
  if (!isRowId(id)) return null;
  const [row] = await db
    .select({ id: s.articles.id, ownerId: s.articles.ownerId, sourceLocale: s.articles.sourceLocale, categorySlug: s.categories.slug })
    .from(s.articles)
    .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
    .where(eq(s.articles.id, id));
  return row ?? null;
}

export async function loadVariant(id: number, locale: Locale, db: Queryable = getDb()): Promise<VariantRow | undefined> {
  const [row] = await db
    .select()
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)));
  return row;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The text the newsroom works on: the pending changes of a published variant, else the variant's own text. */
export function workingText(v: VariantRow) {
  const text = v.pending ?? v;
  return { title: text.title, lead: text.lead, body: text.body, seoTitle: text.seoTitle, seoDescription: text.seoDescription, slug: v.pending?.slug ?? v.slug };
}

function toEditable(v: VariantRow, names: Map<string, string> = new Map()): EditableVariant {
  const text = workingText(v);
  return {
    locale: v.locale as Locale,
    slug: text.slug,
    title: text.title,
    lead: text.lead,
    body: text.body,
    seoTitle: text.seoTitle ?? '',
    seoDescription: text.seoDescription ?? '',
    status: v.status,
    publishedAt: iso(v.publishedAt),
    revisedAt: iso(v.revisedAt),
    revision: v.revision,
    updatedAt: iso(v.updatedAt)!,
    pending: v.pending ? { submitted: v.pending.submitted, at: v.pending.at, by: names.get(v.pending.by) ?? null } : null,
  };
}

/** Who may submit a variant for review: its writers, while it is a draft or has pending changes to submit. */
function maySubmit(staff: Staff, article: ArticleRow, locale: Locale, variant: VariantRow | undefined): boolean {
  if (!variant || !mayEdit(staff, article, locale, variant)) return false;
  return variant.status === 'draft' || (variant.status === 'published' && variant.pending !== null && !mayPublish(staff) && !variant.pending.submitted);
}

/** A story with all its variants, for the editor. Reporters may open only their own stories. */
export async function getStoryForEditing(id: number): Promise<EditableStory | null> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return null;
  assert(mayOpen(staff, article));
  const variants = (await getDb().select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id))).filter((v) =>
    (locales as readonly string[]).includes(v.locale),
  );
  const byLocale = new Map(variants.map((v) => [v.locale, v]));
  const authors = [...new Set(variants.flatMap((v) => (v.pending ? [v.pending.by] : [])))];
  const names = new Map(authors.length ? (await getDb().select({ id: s.users.id, name: s.users.name }).from(s.users).where(inArray(s.users.id, authors))).map((u) => [u.id, u.name]) : []);
  const editable = locales.filter((l) => mayEdit(staff, article, l, byLocale.get(l)));
  return {
    id,
    sourceLocale: article.sourceLocale as Locale,
    category: article.categorySlug,
    ownerId: article.ownerId,
    variants: Object.fromEntries(variants.map((v) => [v.locale, toEditable(v, names)])),
    can: {
      edit: editable,
      submit: editable.filter((l) => maySubmit(staff, article, l, byLocale.get(l))),
      publish: mayPublish(staff),
    },
  };
}

/**
 * The story as readers would see it in one language, whatever its status: the newsroom's preview. Pending
 * changes to a published text are shown, as readers will see them once published.
 */
export async function getStoryPreview(id: number, locale: Locale): Promise<StoryPage | null> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return null;
  assert(mayOpen(staff, article));
  const variant = await loadVariant(id, locale);
  if (!variant) return null;
  const pending = variant.pending;
  return loadStoryVariantPage(id, locale, pending ? { title: pending.title, lead: pending.lead, body: pending.body, seoTitle: pending.seoTitle, seoDescription: pending.seoDescription } : undefined);
}

/** The slug itself if free in this language, else with -2, -3… Inside a transaction pass it: PGlite has one connection. */
async function uniqueSlug(db: Queryable, locale: Locale, base: string, exceptArticle?: number): Promise<string> {
  const root = base || 'story';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await slugTaken(db, locale, candidate, exceptArticle))) return candidate;
  }
}

async function slugTaken(db: Queryable, locale: Locale, slug: string, exceptArticle?: number): Promise<boolean> {
  const [taken] = await db
    .select({ id: s.articleTranslations.id })
    .from(s.articleTranslations)
    .where(
      and(
        eq(s.articleTranslations.locale, locale),
        eq(s.articleTranslations.slug, slug),
        exceptArticle ? ne(s.articleTranslations.articleId, exceptArticle) : undefined,
      ),
    );
  return Boolean(taken);
}

/** Checks a slug an editor typed for one language of a story: well-formed, not a route's word, not another story's. */
export async function checkSlug(db: Queryable, locale: Locale, slug: string, articleId: number): Promise<'slugInvalid' | 'slugTaken' | null> {
  // A reserved word would be shadowed by a listing route (lib/slug.ts): refused like a malformed slug.
  if (!isValidSlug(slug) || RESERVED_SLUGS.has(slug)) return 'slugInvalid';
  return (await slugTaken(db, locale, slug, articleId)) ? 'slugTaken' : null;
}

export type CreateResult = { ok: true; id: number } | { ok: false; error: 'unknownCategory' | 'invalid' | 'titleRequired' | 'titleTooLong' };

/** A new story with a draft in the source language; the caller owns it. Admins, editors and reporters. */
export async function createStory(input: z.input<typeof newStorySchema>): Promise<CreateResult> {
  const staff = await requireCapability('createStories');
  const parsed = newStorySchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    return { ok: false, error: message === 'titleRequired' || message === 'titleTooLong' || message === 'unknownCategory' ? message : 'invalid' };
  }
  const db = getDb();
  const [category] = await db.select({ id: s.categories.id }).from(s.categories).where(eq(s.categories.slug, parsed.data.category));
  if (!category) return { ok: false, error: 'unknownCategory' };
  const source = defaultLocale;
  const slug = await uniqueSlug(db, source, slugFromTitle(parsed.data.title));
  const body = { type: 'doc', content: [{ type: 'paragraph' }] };
  const id = await db.transaction(async (tx) => {
    const [article] = await tx.insert(s.articles).values({ categoryId: category.id, ownerId: staff.id, sourceLocale: source }).returning({ id: s.articles.id });
    await tx.insert(s.articleTranslations).values({ articleId: article!.id, locale: source, slug, title: parsed.data.title, lead: '', body, status: 'draft' });
    await tx.insert(s.articleRevisions).values({
      articleId: article!.id, locale: source, revision: 1, kind: 'create', title: parsed.data.title, lead: '', body, slug, status: 'draft', savedBy: staff.id,
    });
    await recordAudit(tx, { actorId: staff.id, action: 'story-create', subject: storySubject(article!.id, source), details: { title: parsed.data.title } });
    return article!.id;
  });
  return { ok: true, id };
}

export type SaveError = 'notFound' | 'invalid' | 'slugInvalid' | 'slugTaken' | 'conflict';
export type SaveResult =
  | { ok: true; revision: number; slug: string; savedAt: string; pending: boolean; revalidate: string[] }
  | { ok: false; error: SaveError; issues?: string[]; current?: EditableVariant };

/**
 * Saves one language variant. `baseRevision` is the revision the text was loaded at (0 for a new variant);
 * when someone saved in between, nothing is overwritten: the text is kept as a 'conflict' revision and the
 * current version is returned so the editor can show both. A published variant keeps its published text: the
 * save becomes (or replaces) its pending changes, which readers see only once an editor publishes them.
 */
export async function saveVariant(
  id: number,
  locale: Locale,
  input: VariantInput,
  baseRevision: number,
  kind: 'save' | 'restore' = 'save',
): Promise<SaveResult> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return { ok: false, error: 'notFound' };
  const parsed = variantInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', issues: [...new Set(parsed.error.issues.map((i) => i.message))] };
  const data = parsed.data;

  try {
    return await getDb().transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(s.articleTranslations)
        .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)))
        .for('update');
      assert(mayEdit(staff, article, locale, current));

      const text = { title: data.title, lead: data.lead, body: data.body, seoTitle: data.seoTitle || null, seoDescription: data.seoDescription || null };
      if ((current?.revision ?? 0) !== baseRevision && !(current && (await onlyOwnSavesSince(tx, current, baseRevision, staff.id)))) {
        await tx.insert(s.articleRevisions).values({
          articleId: id, locale, revision: baseRevision, kind: 'conflict', ...text, slug: data.slug || current?.slug || '', status: current?.status ?? 'draft', savedBy: staff.id,
        });
        return { ok: false as const, error: 'conflict' as const, current: current ? toEditable(current) : undefined };
      }

      const now = new Date();
      const revision = (current?.revision ?? 0) + 1;
      let slug = current ? workingText(current).slug : '';
      if (data.slug && data.slug !== slug) {
        const refused = await checkSlug(tx, locale, data.slug, id);
        if (refused) return { ok: false as const, error: refused };
        slug = data.slug;
      }

      if (current?.status === 'published') {
        const pending: s.PendingText = {
          ...text,
          slug,
          basedOn: current.pending?.basedOn ?? current.revision,
          sourceRevision: current.pending?.sourceRevision ?? current.sourceRevision,
          by: staff.id,
          at: now.toISOString(),
          submitted: false,
        };
        await tx.update(s.articleTranslations).set({ pending, revision, updatedAt: now }).where(eq(s.articleTranslations.id, current.id));
        await tx.insert(s.articleRevisions).values({ articleId: id, locale, revision, kind: kind === 'restore' ? 'restore' : 'pending', ...text, slug, status: current.status, savedBy: staff.id });
        await tx.update(s.articles).set({ updatedAt: now }).where(eq(s.articles.id, id));
        return { ok: true as const, revision, slug, savedAt: now.toISOString(), pending: true, revalidate: [] };
      }

      if (!slug) slug = await uniqueSlug(tx, locale, slugFromTitle(data.title), id);
      const searchable = { bodyText: bodyText(data.body) };
      if (current) {
        await tx.update(s.articleTranslations).set({ ...text, ...searchable, slug, revision, updatedAt: now }).where(eq(s.articleTranslations.id, current.id));
      } else {
        const [source] = await tx
          .select({ revision: s.articleTranslations.revision })
          .from(s.articleTranslations)
          .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, article.sourceLocale)));
        await tx.insert(s.articleTranslations).values({ articleId: id, locale, ...text, ...searchable, slug, revision, status: 'draft', sourceRevision: source?.revision ?? null });
      }
      await tx.insert(s.articleRevisions).values({ articleId: id, locale, revision, kind, ...text, slug, status: current?.status ?? 'draft', savedBy: staff.id });
      await tx.update(s.articles).set({ updatedAt: now }).where(eq(s.articles.id, id));
      return { ok: true as const, revision, slug, savedAt: now.toISOString(), pending: false, revalidate: [] };
    });
  } catch (error) {
    // Two people writing the first text of a language at the same moment: the second insert meets the first one's
    // row (unique per story and language). That is a conflict like any other, not a failure.
    if (baseRevision === 0 && isUniqueViolation(error)) {
      const current = await loadVariant(id, locale);
      if (current) {
        await getDb().insert(s.articleRevisions).values({
          articleId: id, locale, revision: 0, kind: 'conflict', title: data.title, lead: data.lead, body: data.body, slug: data.slug || current.slug,
          seoTitle: data.seoTitle || null, seoDescription: data.seoDescription || null, status: current.status, savedBy: staff.id,
        });
        return { ok: false, error: 'conflict', current: toEditable(current) };
      }
    }
    throw error;
  }
}

/**
 * Whether every revision after `base` was saved by this same person: a save whose answer was lost (the connection
 * dropped after the commit) is retried on the old base, and is no one else's change to protect. It goes on from
 * the current revision; their earlier text stays in the revisions. A revision by anyone else, or a missing one
 * (a discard), is a conflict as before.
 */
async function onlyOwnSavesSince(tx: Db, current: VariantRow, base: number, staffId: string): Promise<boolean> {
  if (base < 0 || base >= current.revision) return false;
  const rows = await tx
    .select({ savedBy: s.articleRevisions.savedBy, kind: s.articleRevisions.kind })
    .from(s.articleRevisions)
    .where(
      and(
        eq(s.articleRevisions.articleId, current.articleId),
        eq(s.articleRevisions.locale, current.locale),
        gt(s.articleRevisions.revision, base),
        lte(s.articleRevisions.revision, current.revision),
        ne(s.articleRevisions.kind, 'conflict'),
      ),
    );
  return rows.length === current.revision - base && rows.every((r) => r.savedBy === staffId && (r.kind === 'save' || r.kind === 'pending'));
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export type RevisionItem = { id: number; revision: number; kind: string; title: string; savedAt: string; savedBy: string | null };

/** The saved versions of one variant, newest first. */
export async function listRevisions(id: number, locale: Locale): Promise<RevisionItem[]> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return [];
  assert(mayOpen(staff, article));
  const rows = await getDb()
    .select({ id: s.articleRevisions.id, revision: s.articleRevisions.revision, kind: s.articleRevisions.kind, title: s.articleRevisions.title, savedAt: s.articleRevisions.savedAt, savedBy: s.users.name })
    .from(s.articleRevisions)
    .leftJoin(s.users, eq(s.users.id, s.articleRevisions.savedBy))
    .where(and(eq(s.articleRevisions.articleId, id), eq(s.articleRevisions.locale, locale)))
    .orderBy(desc(s.articleRevisions.savedAt), desc(s.articleRevisions.id));
  return rows.map((r) => ({ ...r, savedAt: new Date(r.savedAt).toISOString() }));
}

/** Categories to file a new story under. */
export async function listCategoryChoices(locale: Locale) {
  await requireCapability('createStories');
  return getDb()
    .select({ slug: s.categories.slug, name: s.categoryTranslations.name })
    .from(s.categories)
    .innerJoin(s.categoryTranslations, and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)))
    .orderBy(asc(s.categories.position));
}

export type RevisionText = {
  id: number;
  revision: number;
  kind: string;
  savedAt: string;
  savedBy: string | null;
  title: string;
  lead: string;
  body: unknown;
  slug: string;
};

/** One saved version of a variant, whole, for viewing and comparing. */
export async function getRevision(id: number, locale: Locale, revisionId: number): Promise<RevisionText | null> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article || !isRowId(revisionId)) return null;
  assert(mayOpen(staff, article));
  const [row] = await getDb()
    .select({
      id: s.articleRevisions.id,
      revision: s.articleRevisions.revision,
      kind: s.articleRevisions.kind,
      savedAt: s.articleRevisions.savedAt,
      savedBy: s.users.name,
      title: s.articleRevisions.title,
      lead: s.articleRevisions.lead,
      body: s.articleRevisions.body,
      slug: s.articleRevisions.slug,
    })
    .from(s.articleRevisions)
    .leftJoin(s.users, eq(s.users.id, s.articleRevisions.savedBy))
    .where(and(eq(s.articleRevisions.id, revisionId), eq(s.articleRevisions.articleId, id), eq(s.articleRevisions.locale, locale)));
  return row ? { ...row, savedAt: new Date(row.savedAt).toISOString() } : null;
}

/**
 * Makes an old revision the working text again. It is an ordinary save (checked and kept the same way), based
 * on the current revision, so the text it replaces stays in the history too; on a published variant it becomes
 * the pending text, which readers see only once an editor publishes it.
 */
export async function restoreRevision(id: number, locale: Locale, revisionId: number): Promise<SaveResult> {
  const old = await getRevision(id, locale, revisionId);
  if (!old) return { ok: false, error: 'notFound' };
  const current = await loadVariant(id, locale);
  if (!current) return { ok: false, error: 'notFound' };
  const text = workingText(current);
  return saveVariant(
    id,
    locale,
    { title: old.title, lead: old.lead, body: old.body as VariantInput['body'], seoTitle: text.seoTitle ?? undefined, seoDescription: text.seoDescription ?? undefined },
    current.revision,
    'restore',
  );
}

export type DeleteStoryResult = { ok: true; revalidate: string[] } | { ok: false; error: 'notFound' };

/**
 * Deletes a story in every language, for good (admins and editors): its variants, revisions, old-slug redirects,
 * tags and photo exhibition go with it (ON DELETE CASCADE); the media themselves stay in the library, and a
 * scheduled variant's wake-up is cancelled. Returns the cache tags of every page it had, under every slug it ever
 * had, so readers get a 404 at once. Writes an audit row naming the story by its id and its source-language title.
 */
export async function deleteStory(id: number): Promise<DeleteStoryResult> {
  const staff = await requireCapability('deleteStories');
  if (!isRowId(id)) return { ok: false, error: 'notFound' };
  // One transaction, and only `tx` inside it (PGlite has a single connection).
  const deleted = await getDb().transaction(async (tx: Tx) => {
    // Locks the story: a save or publish running now finishes first, or finds it gone.
    const [article] = await tx
      .select({ id: s.articles.id, sourceLocale: s.articles.sourceLocale, categoryId: s.articles.categoryId })
      .from(s.articles)
      .where(eq(s.articles.id, id))
      .for('update');
    if (!article) return null;
    const variants = await tx.select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id));
    const redirects = await tx.select({ slug: s.slugRedirects.slug }).from(s.slugRedirects).where(eq(s.slugRedirects.articleId, id));
    const category = await tx.select({ slug: s.categories.slug }).from(s.categories).where(eq(s.categories.id, article.categoryId));
    await tx.delete(s.articles).where(eq(s.articles.id, id));
    const title = (variants.find((v) => v.locale === article.sourceLocale) ?? variants[0])?.title ?? '';
    await recordAudit(tx, {
      actorId: staff.id,
      action: 'story-delete',
      subject: `${storySubject(id)}: ${title}`,
      details: { title, sourceLocale: article.sourceLocale, variants: variants.map((v) => ({ locale: v.locale, slug: v.slug, status: v.status })) },
    });
    return { variants, slugs: [...variants.map((v) => v.slug), ...redirects.map((r) => r.slug)], categorySlugs: category.map((c) => c.slug) };
  });
  if (!deleted) return { ok: false, error: 'notFound' };
  for (const v of deleted.variants) if (v.status === 'scheduled' && v.publishedAt) await cancelPublishWakeUp(v.id, v.publishedAt);
  return { ok: true, revalidate: tagsForStoryChange({ locales, slugs: [...new Set(deleted.slugs)], categorySlugs: deleted.categorySlugs }) };
}
