/**
 * Writing stories: create, edit a language variant, and move it through the workflow
 * (draft → in review → published; unpublish). Every function checks the caller, the role and the row itself:
 * - admin, editor: every story, every language; publish and unpublish;
 * - reporter: creates stories and edits their own while they are drafts or in review; submits for review;
 * - translator: edits (and creates) variants in the languages assigned to them, except the source language;
 *   submits them for review.
 * Every save keeps a revision. A save based on an older revision than the current one is refused as a
 * conflict, and its text is kept as a revision all the same: nothing anybody typed is lost.
 */
import { and, asc, desc, eq, inArray, lte, ne } from 'drizzle-orm';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/locales';
import { bodyText } from '@/lib/rich-text';
import { RESERVED_SLUGS, slugFromTitle, isValidSlug } from '@/lib/slug';
import { getDb, type Db } from '../client';
import { queuePublishWakeUp } from '../jobs';
import * as s from '../schema';
import { loadStoryVariantPage, type StoryPage } from './articles';
import { tagsForStoryChange } from './cache-tags';
import { AccessDenied, callerHeaders, requireStaff, type Staff } from './staff';

export const MAX_BODY_BYTES = 512 * 1024;

const docSchema = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).max(5000) })
  .loose()
  .refine((doc) => JSON.stringify(doc).length <= MAX_BODY_BYTES, { message: 'tooLarge' });

export const variantInputSchema = z.object({
  title: z.string().trim().min(1, 'titleRequired').max(300, 'titleTooLong'),
  lead: z.string().trim().max(1000, 'leadTooLong'),
  body: docSchema,
  slug: z.string().trim().max(200).optional(),
  seoTitle: z.string().trim().max(120, 'seoTitleTooLong').optional(),
  seoDescription: z.string().trim().max(300, 'seoDescriptionTooLong').optional(),
});
export type VariantInput = z.input<typeof variantInputSchema>;

export const newStorySchema = z.object({
  category: z.string().regex(/^[a-z0-9-]{1,60}$/),
  title: z.string().trim().min(1, 'titleRequired').max(300, 'titleTooLong'),
});

export type EditableVariant = {
  locale: Locale;
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
  /** Changes proposed to the published text, shown in the fields above; null when there are none. */
  proposal: { submitted: boolean; at: string } | null;
};

export type EditableStory = {
  id: number;
  sourceLocale: Locale;
  category: string;
  ownerId: string | null;
  variants: Partial<Record<Locale, EditableVariant>>;
  /** What the caller may do, for the editor's buttons (the functions below check again). */
  can: { edit: Locale[]; submit: Locale[]; publish: boolean };
};

export type ArticleRow = { id: number; ownerId: string | null; sourceLocale: string; categorySlug: string };
type VariantRow = typeof s.articleTranslations.$inferSelect;

const DRAFTS: s.ArticleStatus[] = ['draft', 'in_review'];

export function mayEdit(staff: Staff, article: ArticleRow, locale: Locale, variant: VariantRow | undefined): boolean {
  switch (staff.role) {
    case 'admin':
    case 'editor':
      return true;
    case 'reporter':
      return article.ownerId === staff.id && (!variant || DRAFTS.includes(variant.status));
    case 'translator':
      return locale !== article.sourceLocale && staff.languages.includes(locale);
  }
}

function mayPublish(staff: Staff): boolean {
  return staff.role === 'admin' || staff.role === 'editor';
}

/** Who may open a story in the editor at all: reporters only their own. */
/**
 * A translator's changes to a published variant are a proposal: kept beside the published text, unseen by
 * readers, until an editor publishes them (a translator cannot publish).
 */
export function mayOnlyPropose(staff: Staff, variant: VariantRow | undefined): boolean {
  return staff.role === 'translator' && variant?.status === 'published';
}

export function mayOpen(staff: Staff, article: ArticleRow): boolean {
  return staff.role !== 'reporter' || article.ownerId === staff.id;
}

export async function loadArticle(id: number): Promise<ArticleRow | null> {
  const [row] = await getDb()
    .select({ id: s.articles.id, ownerId: s.articles.ownerId, sourceLocale: s.articles.sourceLocale, categorySlug: s.categories.slug })
    .from(s.articles)
    .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
    .where(eq(s.articles.id, id));
  return row ?? null;
}

async function loadVariants(id: number): Promise<VariantRow[]> {
  return getDb().select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id));
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toEditable(v: VariantRow): EditableVariant {
  // Proposed changes to a published text are what the newsroom works on; readers keep the published text.
  const text = v.proposal ?? v;
  return {
    locale: v.locale as Locale,
    slug: v.slug,
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
    proposal: v.proposal ? { submitted: v.proposal.submitted, at: v.proposal.at } : null,
  };
}

/** A story with all its variants, for the editor. Reporters may open only their own stories. */
export async function getStoryForEditing(id: number): Promise<EditableStory | null> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return null;
  if (!mayOpen(staff, article)) throw new AccessDenied('forbidden');
  const variants = await loadVariants(id);
  const byLocale = new Map(variants.map((v) => [v.locale, v]));
  const editable = locales.filter((l) => mayEdit(staff, article, l, byLocale.get(l)));
  return {
    id,
    sourceLocale: article.sourceLocale as Locale,
    category: article.categorySlug,
    ownerId: article.ownerId,
    variants: Object.fromEntries(variants.filter((v) => (locales as readonly string[]).includes(v.locale)).map((v) => [v.locale, toEditable(v)])),
    can: {
      edit: editable,
      submit: editable.filter((l) => byLocale.get(l)?.status === 'draft' || (byLocale.get(l)?.status === 'published' && mayOnlyPropose(staff, byLocale.get(l)))),
      publish: mayPublish(staff),
    },
  };
}

/** The story as readers would see it in one language, whatever its status: the newsroom's preview. */
export async function getStoryPreview(id: number, locale: Locale): Promise<StoryPage | null> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return null;
  if (!mayOpen(staff, article)) throw new AccessDenied('forbidden');
  return loadStoryVariantPage(id, locale);
}

type Queryable = Pick<Db, 'select'>;

/** The slug itself if free in this language, else with -2, -3… Inside a transaction pass it: PGlite has one connection. */
async function uniqueSlug(db: Queryable, locale: Locale, base: string, exceptArticle?: number): Promise<string> {
  const root = base || 'story';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    const [taken] = await db
      .select({ id: s.articleTranslations.id })
      .from(s.articleTranslations)
      .where(
        and(
          eq(s.articleTranslations.locale, locale),
          eq(s.articleTranslations.slug, candidate),
          exceptArticle ? ne(s.articleTranslations.articleId, exceptArticle) : undefined,
        ),
      );
    if (!taken) return candidate;
  }
}

export type CreateResult = { ok: true; id: number } | { ok: false; error: 'unknownCategory' | 'invalid' };

/** A new story with a Russian draft; the caller owns it. Admins, editors and reporters. */
export async function createStory(input: z.input<typeof newStorySchema>): Promise<CreateResult> {
  const staff = await requireStaff('admin', 'editor', 'reporter');
  const parsed = newStorySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const db = getDb();
  const [category] = await db.select({ id: s.categories.id }).from(s.categories).where(eq(s.categories.slug, parsed.data.category));
  if (!category) return { ok: false, error: 'unknownCategory' };
  const slug = await uniqueSlug(db, 'ru', slugFromTitle(parsed.data.title));
  const body = { type: 'doc', content: [{ type: 'paragraph' }] };
  const id = await db.transaction(async (tx) => {
    const [article] = await tx.insert(s.articles).values({ categoryId: category.id, ownerId: staff.id, sourceLocale: 'ru' }).returning({ id: s.articles.id });
    await tx.insert(s.articleTranslations).values({ articleId: article!.id, locale: 'ru', slug, title: parsed.data.title, lead: '', body, status: 'draft' });
    await tx.insert(s.articleRevisions).values({
      articleId: article!.id, locale: 'ru', revision: 1, kind: 'create', title: parsed.data.title, lead: '', body, slug, status: 'draft', savedBy: staff.id,
    });
    return article!.id;
  });
  return { ok: true, id };
}

export type SaveError = 'notFound' | 'invalid' | 'slugInvalid' | 'slugTaken' | 'conflict';
export type SaveResult =
  | { ok: true; revision: number; slug: string; savedAt: string; revalidate: string[] }
  | { ok: false; error: SaveError; issues?: string[]; current?: EditableVariant };

/**
 * Saves one language variant. `baseRevision` is the revision the text was loaded at (0 for a new variant);
 * when someone saved in between, nothing is overwritten: the text is kept as a 'conflict' revision and the
 * current version is returned so the editor can show both.
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
  if (!parsed.success) return { ok: false, error: 'invalid', issues: parsed.error.issues.map((i) => i.message) };
  const data = parsed.data;
  const db = getDb();

  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(s.articleTranslations)
      .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)))
      .for('update');
    if (!mayOpen(staff, article) || !mayEdit(staff, article, locale, current)) throw new AccessDenied('forbidden');

    const text = {
      title: data.title,
      lead: data.lead,
      body: data.body,
      seoTitle: data.seoTitle || null,
      seoDescription: data.seoDescription || null,
    };
    const searchable = { bodyText: bodyText(data.body) };
    if ((current?.revision ?? 0) !== baseRevision) {
      await tx.insert(s.articleRevisions).values({
        articleId: id, locale, revision: baseRevision, kind: 'conflict', ...text, slug: data.slug || current?.slug || '', status: current?.status ?? 'draft', savedBy: staff.id,
      });
      return { ok: false as const, error: 'conflict' as const, current: current ? toEditable(current) : undefined };
    }

    if (current && mayOnlyPropose(staff, current)) {
      const now = new Date();
      const proposal: s.Proposal = {
        ...text,
        basedOn: current.revision,
        sourceRevision: current.proposal?.sourceRevision ?? current.sourceRevision,
        by: staff.id,
        at: now.toISOString(),
        submitted: false,
      };
      await tx.update(s.articleTranslations).set({ proposal, updatedAt: now }).where(eq(s.articleTranslations.id, current.id));
      await tx.insert(s.articleRevisions).values({ articleId: id, locale, revision: current.revision, kind: 'proposal', ...text, slug: current.slug, status: current.status, savedBy: staff.id });
      return { ok: true as const, revision: current.revision, slug: current.slug, savedAt: now.toISOString(), revalidate: [] };
    }

    let slug = current?.slug ?? '';
    if (data.slug && data.slug !== current?.slug) {
      // A reserved word would be shadowed by a listing route (lib/slug.ts): refused like a malformed slug.
      if (!isValidSlug(data.slug) || RESERVED_SLUGS.has(data.slug)) return { ok: false as const, error: 'slugInvalid' as const };
      const [taken] = await tx
        .select({ id: s.articleTranslations.id })
        .from(s.articleTranslations)
        .where(and(eq(s.articleTranslations.locale, locale), eq(s.articleTranslations.slug, data.slug), ne(s.articleTranslations.articleId, id)));
      if (taken) return { ok: false as const, error: 'slugTaken' as const };
      slug = data.slug;
    }
    if (!slug) slug = await uniqueSlug(tx, locale, slugFromTitle(data.title), id);

    const now = new Date();
    const revision = (current?.revision ?? 0) + 1;
    const published = current?.status === 'published';
    if (current) {
      if (published && slug !== current.slug) {
        // The old URL keeps working: a permanent redirect to the new one.
        await tx
          .insert(s.slugRedirects)
          .values({ locale, slug: current.slug, articleId: id })
          .onConflictDoUpdate({ target: [s.slugRedirects.locale, s.slugRedirects.slug], set: { articleId: id } });
      }
      await tx
        .update(s.articleTranslations)
        // Whoever may publish saw the proposed text in the editor: saving it publishes it and ends the proposal.
        .set({ ...text, ...searchable, slug, revision, updatedAt: now, proposal: null, ...(published ? { revisedAt: now } : {}) })
        .where(eq(s.articleTranslations.id, current.id));
    } else {
      const source = await tx
        .select({ revision: s.articleTranslations.revision })
        .from(s.articleTranslations)
        .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, article.sourceLocale)));
      await tx.insert(s.articleTranslations).values({ articleId: id, locale, ...text, ...searchable, slug, revision, status: 'draft', sourceRevision: source[0]?.revision ?? null });
    }
    await tx.insert(s.articleRevisions).values({ articleId: id, locale, revision, kind, ...text, slug, status: current?.status ?? 'draft', savedBy: staff.id });
    await tx.update(s.articles).set({ updatedAt: now }).where(eq(s.articles.id, id));
    return {
      ok: true as const,
      revision,
      slug,
      savedAt: now.toISOString(),
      revalidate: published ? tagsForStoryChange({ locales, slugs: [slug, current!.slug], categorySlugs: [article.categorySlug] }) : [],
    };
  });
}

export type StatusAction = 'submit' | 'publish' | 'unpublish';
export type StatusResult =
  | { ok: true; status: s.ArticleStatus; revalidate: string[]; proposal?: 'submitted' | 'published' }
  | { ok: false; error: 'notFound' | 'notAllowedNow' };

/**
 * Moves a variant through the workflow. Submitting for review: whoever may edit it. Publishing and
 * unpublishing: admins and editors. Publishing keeps the first publish time (publishTime); unpublishing returns it to
 * draft.
 */
export async function setVariantStatus(id: number, locale: Locale, action: StatusAction): Promise<StatusResult> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return { ok: false, error: 'notFound' };
  const [variant] = await getDb()
    .select()
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)));
  if (!variant) return { ok: false, error: 'notFound' };
  if (action === 'submit') {
    if (!mayOpen(staff, article) || !mayEdit(staff, article, locale, variant)) throw new AccessDenied('forbidden');
    if (variant.status === 'published' && variant.proposal) return submitProposal(variant);
    if (variant.status !== 'draft') return { ok: false, error: 'notAllowedNow' };
  } else if (!mayPublish(staff)) {
    throw new AccessDenied('forbidden');
  }
  if (action === 'publish' && variant.status === 'published' && variant.proposal) return publishProposal(staff, article, variant);
  const next: s.ArticleStatus = action === 'submit' ? 'in_review' : action === 'publish' ? 'published' : 'draft';
  if (action === 'unpublish' && variant.status !== 'published') return { ok: false, error: 'notAllowedNow' };
  const now = new Date();
  const ip = (await callerHeaders()).get('x-bureau-client-ip');
  await getDb().transaction(async (tx) => {
    await tx
      .update(s.articleTranslations)
      .set({ status: next, updatedAt: now, ...(action === 'publish' ? { publishedAt: publishTime(variant, now) } : {}) })
      .where(eq(s.articleTranslations.id, variant.id));
    await tx.insert(s.articleRevisions).values({
      articleId: id, locale, revision: variant.revision, kind: 'status', title: variant.title, lead: variant.lead, body: variant.body as object,
      slug: variant.slug, seoTitle: variant.seoTitle, seoDescription: variant.seoDescription, status: next, savedBy: staff.id,
    });
    if (action !== 'submit') {
      await tx.insert(s.auditLog).values({ actorId: staff.id, action: action, subject: `article:${id}:${locale}`, details: { title: variant.title }, ipAddress: ip });
    }
  });
  const slugs = await getDb().select({ slug: s.articleTranslations.slug }).from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id));
  return {
    ok: true,
    status: next,
    revalidate: action === 'submit' ? [] : tagsForStoryChange({ locales, slugs: slugs.map((r) => r.slug), categorySlugs: [article.categorySlug] }),
  };
}

/**
 * When a variant published now counts as published: its first publish time, kept through unpublishing and
 * republishing; but a variant scheduled for later and published by hand goes out now, not with a date in the future.
 */
function publishTime(variant: { status: s.ArticleStatus; publishedAt: Date | null }, now: Date): Date {
  if (!variant.publishedAt || variant.status === 'scheduled' || variant.publishedAt > now) return now;
  return variant.publishedAt;
}

async function submitProposal(variant: VariantRow): Promise<StatusResult> {
  await getDb()
    .update(s.articleTranslations)
    .set({ proposal: { ...variant.proposal!, submitted: true } })
    .where(eq(s.articleTranslations.id, variant.id));
  return { ok: true, status: 'published', proposal: 'submitted', revalidate: [] };
}

/** An editor publishes proposed changes: they become the published text (a correction readers see at once). */
async function publishProposal(staff: Staff, article: ArticleRow, variant: VariantRow): Promise<StatusResult> {
  const proposal = variant.proposal!;
  const now = new Date();
  const ip = (await callerHeaders()).get('x-bureau-client-ip');
  const text = { title: proposal.title, lead: proposal.lead, body: proposal.body as object, seoTitle: proposal.seoTitle, seoDescription: proposal.seoDescription };
  await getDb().transaction(async (tx) => {
    await tx
      .update(s.articleTranslations)
      .set({ ...text, bodyText: bodyText(text.body), revision: variant.revision + 1, revisedAt: now, updatedAt: now, proposal: null, sourceRevision: proposal.sourceRevision ?? variant.sourceRevision })
      .where(eq(s.articleTranslations.id, variant.id));
    await tx.insert(s.articleRevisions).values({ articleId: article.id, locale: variant.locale, revision: variant.revision + 1, kind: 'save', ...text, slug: variant.slug, status: 'published', savedBy: staff.id });
    await tx.insert(s.auditLog).values({ actorId: staff.id, action: 'publish', subject: `article:${article.id}:${variant.locale}`, details: { title: text.title, proposedBy: proposal.by }, ipAddress: ip });
  });
  const slugs = await getDb().select({ slug: s.articleTranslations.slug }).from(s.articleTranslations).where(eq(s.articleTranslations.articleId, article.id));
  return { ok: true, status: 'published', proposal: 'published', revalidate: tagsForStoryChange({ locales, slugs: slugs.map((r) => r.slug), categorySlugs: [article.categorySlug] }) };
}

export type RevisionItem = { id: number; revision: number; kind: string; title: string; savedAt: string; savedBy: string | null };

/** The saved versions of one variant, newest first. */
export async function listRevisions(id: number, locale: Locale): Promise<RevisionItem[]> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return [];
  if (!mayOpen(staff, article)) throw new AccessDenied('forbidden');
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
  await requireStaff('admin', 'editor', 'reporter');
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
  if (!article) return null;
  if (!mayOpen(staff, article)) throw new AccessDenied('forbidden');
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
 * Makes an old revision the current text again. It is an ordinary save (checked and kept the same way), based
 * on the current revision, so the text it replaces stays in the history too.
 */
export async function restoreRevision(id: number, locale: Locale, revisionId: number): Promise<SaveResult> {
  const old = await getRevision(id, locale, revisionId);
  if (!old) return { ok: false, error: 'notFound' };
  const [current] = await getDb()
    .select({ revision: s.articleTranslations.revision, seoTitle: s.articleTranslations.seoTitle, seoDescription: s.articleTranslations.seoDescription })
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)));
  if (!current) return { ok: false, error: 'notFound' };
  return saveVariant(
    id,
    locale,
    { title: old.title, lead: old.lead, body: old.body as VariantInput['body'], seoTitle: current.seoTitle ?? undefined, seoDescription: current.seoDescription ?? undefined },
    current.revision,
    'restore',
  );
}

export type ScheduleResult = { ok: true; at: string } | { ok: false; error: 'notFound' | 'notAllowedNow' | 'scheduleInPast' | 'scheduleTooFar' };

/**
 * Schedules a variant to be published at `at` (admins and editors). It goes live without anybody's help: right
 * after the commit a wake-up job is queued for `at` (db/jobs.ts; on PostgreSQL it runs on one instance, and the
 * wake-up for the variant's previous time is cancelled), and the server runs publishDueVariants when it fires.
 */
export async function scheduleVariant(id: number, locale: Locale, at: Date): Promise<ScheduleResult> {
  const staff = await requireStaff();
  if (!mayPublish(staff)) throw new AccessDenied('forbidden');
  if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) return { ok: false, error: 'scheduleInPast' };
  if (at.getTime() > Date.now() + 366 * 24 * 3600 * 1000) return { ok: false, error: 'scheduleTooFar' };
  const [variant] = await getDb()
    .select()
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)));
  if (!variant) return { ok: false, error: 'notFound' };
  if (variant.status === 'published') return { ok: false, error: 'notAllowedNow' };
  const ip = (await callerHeaders()).get('x-bureau-client-ip');
  await getDb().transaction(async (tx) => {
    await tx.update(s.articleTranslations).set({ status: 'scheduled', publishedAt: at, updatedAt: new Date() }).where(eq(s.articleTranslations.id, variant.id));
    await tx.insert(s.auditLog).values({ actorId: staff.id, action: 'schedule', subject: `article:${id}:${locale}`, details: { title: variant.title, at: at.toISOString() }, ipAddress: ip });
  });
  // After the commit, so the job never fires before the row says 'scheduled'; if it cannot be queued, the
  // queue's minute cron publishes the story instead.
  await queuePublishWakeUp(variant.id, at, variant.status === 'scheduled' ? variant.publishedAt : null);
  return { ok: true, at: at.toISOString() };
}

/**
 * Publishes every scheduled variant whose time has come and returns the cache tags to expire. Called by the
 * server itself (app/api/internal/publish-due), not by a person, so it checks no session. The update claims
 * the rows atomically: with several servers, each variant is published once.
 */
export async function publishDueVariants(now = new Date()): Promise<{ published: number; revalidate: string[] }> {
  const db = getDb();
  const due = await db
    .update(s.articleTranslations)
    .set({ status: 'published', updatedAt: now })
    .where(and(eq(s.articleTranslations.status, 'scheduled'), lte(s.articleTranslations.publishedAt, now)))
    .returning({ articleId: s.articleTranslations.articleId, locale: s.articleTranslations.locale, title: s.articleTranslations.title });
  if (due.length === 0) return { published: 0, revalidate: [] };
  await db.insert(s.auditLog).values(due.map((d) => ({ action: 'publish', subject: `article:${d.articleId}:${d.locale}`, details: { title: d.title, scheduled: true } })));
  const ids = [...new Set(due.map((d) => d.articleId))];
  const [slugs, categories] = await Promise.all([
    db.select({ slug: s.articleTranslations.slug }).from(s.articleTranslations).where(inArray(s.articleTranslations.articleId, ids)),
    db.select({ slug: s.categories.slug }).from(s.articles).innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId)).where(inArray(s.articles.id, ids)),
  ]);
  return {
    published: due.length,
    revalidate: tagsForStoryChange({ locales, slugs: slugs.map((r) => r.slug), categorySlugs: categories.map((c) => c.slug) }),
  };
}

export type DeleteStoryResult = { ok: true; revalidate: string[] } | { ok: false; error: 'notFound' };

/**
 * Deletes a story in every language, for good (admins and editors): its variants, revisions, old-slug redirects,
 * tags and photo exhibition go with it (ON DELETE CASCADE); the media themselves stay in the library. Returns
 * the cache tags of every page it had, under every slug it ever had, so readers get a 404 at once. Writes an
 * audit row naming the story by its id and its title in the source language.
 */
export async function deleteStory(id: number): Promise<DeleteStoryResult> {
  const staff = await requireStaff('admin', 'editor');
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return { ok: false, error: 'notFound' };
  const ip = (await callerHeaders()).get('x-bureau-client-ip');
  // One transaction, and only `tx` inside it (PGlite has a single connection).
  const deleted = await getDb().transaction(async (tx) => {
    // Locks the story: a save or publish running now finishes first, or finds it gone.
    const [article] = await tx
      .select({ id: s.articles.id, sourceLocale: s.articles.sourceLocale, categoryId: s.articles.categoryId })
      .from(s.articles)
      .where(eq(s.articles.id, id))
      .for('update');
    if (!article) return null;
    const variants = await tx
      .select({ locale: s.articleTranslations.locale, slug: s.articleTranslations.slug, title: s.articleTranslations.title, status: s.articleTranslations.status })
      .from(s.articleTranslations)
      .where(eq(s.articleTranslations.articleId, id));
    const redirects = await tx.select({ slug: s.slugRedirects.slug }).from(s.slugRedirects).where(eq(s.slugRedirects.articleId, id));
    const category = await tx.select({ slug: s.categories.slug }).from(s.categories).where(eq(s.categories.id, article.categoryId));
    await tx.delete(s.articles).where(eq(s.articles.id, id));
    const title = (variants.find((v) => v.locale === article.sourceLocale) ?? variants[0])?.title ?? '';
    await tx.insert(s.auditLog).values({
      actorId: staff.id,
      action: 'story-delete',
      subject: `article:${id}: ${title}`,
      details: { title, sourceLocale: article.sourceLocale, variants: variants.map((v) => ({ locale: v.locale, slug: v.slug, status: v.status })) },
      ipAddress: ip,
    });
    return { slugs: [...variants.map((v) => v.slug), ...redirects.map((r) => r.slug)], categorySlugs: category.map((c) => c.slug) };
  });
  if (!deleted) return { ok: false, error: 'notFound' };
  return { ok: true, revalidate: tagsForStoryChange({ locales, slugs: [...new Set(deleted.slugs)], categorySlugs: deleted.categorySlugs }) };
}
