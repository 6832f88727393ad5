/**
 * A language variant's way to readers, and back: submit for review, publish, publish pending changes ("Update"),
 * drop them ("Discard"), unpublish, schedule and unschedule, and the scheduler's own publishing of what is due.
 * Submitting and discarding: whoever may write the variant. Everything else: those who may publish (roles.ts).
 * Every step runs in one transaction with the variant's row locked, keeps a revision row, and writes its audit row.
 */
import { and, eq, inArray, lte } from 'drizzle-orm';
import { locales, type Locale } from '@/i18n/locales';
import { bodyText } from '@/lib/rich-text';
import { getDb } from '../client';
import { cancelPublishWakeUp, queuePublishWakeUp } from '../jobs';
import * as s from '../schema';
import { recordAudit, storySubject } from './audit';
import { tagsForStoryChange } from './cache-tags';
import { assert, mayEdit, mayPublish } from './roles';
import { requireStaff } from './staff';
import { checkSlug, loadArticle, type ArticleRow } from './stories';

export const statusActions = ['submit', 'publish', 'update', 'discard', 'unpublish', 'unschedule'] as const;
export type StatusAction = (typeof statusActions)[number];
export type StatusError = 'notFound' | 'notAllowedNow' | 'slugTaken' | 'slugInvalid';
export type StatusResult =
  | {
      ok: true;
      status: s.ArticleStatus;
      /** The variant's revision now (the editor's next save is based on it). */
      revision: number;
      /** Whether pending changes remain (and whether they are submitted for review). */
      pending: { submitted: boolean } | null;
      /** After a discard: the published text, which the editor shows again. */
      text?: { title: string; lead: string; body: unknown; seoTitle: string | null; seoDescription: string | null; slug: string };
      revalidate: string[];
    }
  | { ok: false; error: StatusError };

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];
type Variant = typeof s.articleTranslations.$inferSelect;

/** Every page of the story, under each slug of each language, plus the ones given (a slug being left). */
async function storyTags(tx: Tx, article: ArticleRow, extraSlugs: string[] = []): Promise<string[]> {
  const slugs = await tx.select({ slug: s.articleTranslations.slug }).from(s.articleTranslations).where(eq(s.articleTranslations.articleId, article.id));
  return tagsForStoryChange({ locales, slugs: [...new Set([...slugs.map((r) => r.slug), ...extraSlugs])], categorySlugs: [article.categorySlug] });
}

/**
 * When a variant published now counts as published: its first publish time, kept through unpublishing and
 * republishing; but a variant scheduled for later and published by hand goes out now, not with a date in the future.
 */
function publishTime(variant: { status: s.ArticleStatus; publishedAt: Date | null }, now: Date): Date {
  if (!variant.publishedAt || variant.status === 'scheduled' || variant.publishedAt > now) return now;
  return variant.publishedAt;
}

const textOf = (v: { title: string; lead: string; body: unknown; seoTitle: string | null; seoDescription: string | null }) => ({
  title: v.title,
  lead: v.lead,
  body: v.body as object,
  seoTitle: v.seoTitle,
  seoDescription: v.seoDescription,
});

/**
 * Moves a variant one step:
 * - `submit`: a draft goes to review; pending changes to a published text are marked for an editor to publish;
 * - `publish`: readers see the variant (pending changes of a published one are published, as `update`);
 * - `update`: the pending changes become the published text, marked "updated" for readers; a new slug leaves
 *   the old URL redirecting;
 * - `discard`: the pending changes are dropped (kept in the history); the editor shows the published text again;
 * - `unpublish`: readers no longer see it; pending changes become its working text;
 * - `unschedule`: a scheduled variant goes back to draft, and its wake-up is cancelled.
 */
export async function setVariantStatus(id: number, locale: Locale, action: StatusAction): Promise<StatusResult> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return { ok: false, error: 'notFound' };
  if (!(statusActions as readonly string[]).includes(action)) return { ok: false, error: 'notAllowedNow' };
  const writers = action === 'submit' || action === 'discard';
  const result = await getDb().transaction(async (tx): Promise<StatusResult & { cancel?: { variantId: number; at: Date } }> => {
    const [variant] = await tx
      .select()
      .from(s.articleTranslations)
      .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)))
      .for('update');
    if (!variant) return { ok: false, error: 'notFound' };
    assert(writers ? mayEdit(staff, article, locale, variant) : mayPublish(staff));
    const now = new Date();
    const subject = storySubject(id, locale);
    const revisionRow = (kind: (typeof s.revisionKinds)[number], revision: number, status: s.ArticleStatus, text = textOf(variant), slug = variant.slug) =>
      tx.insert(s.articleRevisions).values({ articleId: id, locale, revision, kind, ...text, slug, status, savedBy: staff.id });
    const done = (status: s.ArticleStatus, revision: number, pending: s.PendingText | null, revalidate: string[] = []): Extract<StatusResult, { ok: true }> => ({
      ok: true,
      status,
      revision,
      pending: pending ? { submitted: pending.submitted } : null,
      revalidate,
    });

    switch (action) {
      case 'submit': {
        if (variant.status === 'draft') {
          await tx.update(s.articleTranslations).set({ status: 'in_review', updatedAt: now }).where(eq(s.articleTranslations.id, variant.id));
          await revisionRow('status', variant.revision, 'in_review');
          return done('in_review', variant.revision, null);
        }
        if (variant.status === 'published' && variant.pending && !variant.pending.submitted) {
          const pending = { ...variant.pending, submitted: true };
          await tx.update(s.articleTranslations).set({ pending }).where(eq(s.articleTranslations.id, variant.id));
          return done('published', variant.revision, pending);
        }
        return { ok: false, error: 'notAllowedNow' };
      }
      case 'discard': {
        if (!variant.pending) return { ok: false, error: 'notAllowedNow' };
        const revision = variant.revision + 1;
        await tx.update(s.articleTranslations).set({ pending: null, revision, updatedAt: now }).where(eq(s.articleTranslations.id, variant.id));
        await revisionRow('discard', revision, variant.status);
        if (locale === article.sourceLocale) {
          // Translations made from the published source still match it: it is the text readers have again.
          await tx
            .update(s.articleTranslations)
            .set({ sourceRevision: revision })
            .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.sourceRevision, variant.pending.basedOn)));
        }
        await recordAudit(tx, { actorId: staff.id, action: 'discard', subject, details: { title: variant.pending.title } });
        return { ...done(variant.status, revision, null), text: { ...textOf(variant), slug: variant.slug } };
      }
      case 'publish':
      case 'update': {
        if (variant.status === 'published') {
          if (!variant.pending) return { ok: false, error: 'notAllowedNow' };
          return publishPending(tx, staff.id, article, variant, now);
        }
        if (action === 'update') return { ok: false, error: 'notAllowedNow' };
        await tx
          .update(s.articleTranslations)
          .set({ status: 'published', publishedAt: publishTime(variant, now), updatedAt: now })
          .where(eq(s.articleTranslations.id, variant.id));
        await revisionRow('status', variant.revision, 'published');
        await recordAudit(tx, { actorId: staff.id, action: 'publish', subject, details: { title: variant.title } });
        const answer = done('published', variant.revision, null, await storyTags(tx, article));
        return variant.status === 'scheduled' && variant.publishedAt ? { ...answer, cancel: { variantId: variant.id, at: variant.publishedAt } } : answer;
      }
      case 'unpublish': {
        if (variant.status !== 'published') return { ok: false, error: 'notAllowedNow' };
        // No longer public: pending changes become the working text (its slug too, if still free).
        const pending = variant.pending;
        const slug = pending?.slug && pending.slug !== variant.slug && !(await checkSlug(tx, locale, pending.slug, id)) ? pending.slug : variant.slug;
        const text = pending ? textOf(pending) : textOf(variant);
        const revision = pending ? variant.revision + 1 : variant.revision;
        await tx
          .update(s.articleTranslations)
          .set({ status: 'draft', updatedAt: now, ...(pending ? { ...text, bodyText: bodyText(text.body), slug, pending: null, revision, sourceRevision: pending.sourceRevision ?? variant.sourceRevision } : {}) })
          .where(eq(s.articleTranslations.id, variant.id));
        await revisionRow('status', revision, 'draft', text, slug);
        await recordAudit(tx, { actorId: staff.id, action: 'unpublish', subject, details: { title: variant.title } });
        return done('draft', revision, null, await storyTags(tx, article, [variant.slug]));
      }
      case 'unschedule': {
        if (variant.status !== 'scheduled') return { ok: false, error: 'notAllowedNow' };
        await tx.update(s.articleTranslations).set({ status: 'draft', publishedAt: null, updatedAt: now }).where(eq(s.articleTranslations.id, variant.id));
        await revisionRow('status', variant.revision, 'draft');
        await recordAudit(tx, { actorId: staff.id, action: 'unschedule', subject, details: { title: variant.title, at: variant.publishedAt?.toISOString() ?? null } });
        return { ...done('draft', variant.revision, null), ...(variant.publishedAt ? { cancel: { variantId: variant.id, at: variant.publishedAt } } : {}) };
      }
    }
  });
  if (!result.ok) return result;
  const { cancel, ...answer } = result;
  // After the commit: the wake-up of a schedule that no longer exists would only find nothing to do.
  if (cancel) await cancelPublishWakeUp(cancel.variantId, cancel.at);
  return answer;
}

/** Pending changes become the published text: a correction readers see at once, marked "updated". */
async function publishPending(tx: Tx, actorId: string, article: ArticleRow, variant: Variant, now: Date): Promise<StatusResult> {
  const pending = variant.pending!;
  const locale = variant.locale as Locale;
  const slug = pending.slug ?? variant.slug;
  if (slug !== variant.slug) {
    const refused = await checkSlug(tx, locale, slug, article.id);
    if (refused) return { ok: false, error: refused };
    // The old URL keeps working: a permanent redirect to the new one.
    await tx
      .insert(s.slugRedirects)
      .values({ locale, slug: variant.slug, articleId: article.id })
      .onConflictDoUpdate({ target: [s.slugRedirects.locale, s.slugRedirects.slug], set: { articleId: article.id } });
  }
  const text = textOf(pending);
  await tx
    .update(s.articleTranslations)
    .set({ ...text, bodyText: bodyText(text.body), slug, revisedAt: now, updatedAt: now, pending: null, sourceRevision: pending.sourceRevision ?? variant.sourceRevision })
    .where(eq(s.articleTranslations.id, variant.id));
  await tx.insert(s.articleRevisions).values({ articleId: article.id, locale, revision: variant.revision, kind: 'update', ...text, slug, status: 'published', savedBy: actorId });
  await recordAudit(tx, {
    actorId,
    action: 'update',
    subject: storySubject(article.id, locale),
    details: { title: text.title, ...(pending.by !== actorId ? { proposedBy: pending.by } : {}), ...(slug !== variant.slug ? { from: variant.slug, to: slug } : {}) },
  });
  return { ok: true, status: 'published', revision: variant.revision, pending: null, revalidate: await storyTags(tx, article, [variant.slug]) };
}

export type ScheduleResult = { ok: true; at: string } | { ok: false; error: 'notFound' | 'notAllowedNow' | 'scheduleInPast' | 'scheduleTooFar' };

/**
 * Schedules a variant to be published at `at` (admins and editors). It goes live without anybody's help: right
 * after the commit a wake-up job is queued for `at` (db/jobs.ts; on PostgreSQL it runs on one instance, and the
 * wake-up for the variant's previous time is cancelled), and the server runs publishDueVariants when it fires.
 */
export async function scheduleVariant(id: number, locale: Locale, at: Date): Promise<ScheduleResult> {
  const staff = await requireStaff();
  assert(mayPublish(staff));
  if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) return { ok: false, error: 'scheduleInPast' };
  if (at.getTime() > Date.now() + 366 * 24 * 3600 * 1000) return { ok: false, error: 'scheduleTooFar' };
  const article = await loadArticle(id);
  if (!article) return { ok: false, error: 'notFound' };
  const previous = await getDb().transaction(async (tx) => {
    const [variant] = await tx
      .select()
      .from(s.articleTranslations)
      .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, locale)))
      .for('update');
    if (!variant) return 'notFound' as const;
    if (variant.status === 'published') return 'notAllowedNow' as const;
    await tx.update(s.articleTranslations).set({ status: 'scheduled', publishedAt: at, updatedAt: new Date() }).where(eq(s.articleTranslations.id, variant.id));
    await recordAudit(tx, { actorId: staff.id, action: 'schedule', subject: storySubject(id, locale), details: { title: variant.title, at: at.toISOString() } });
    return { variantId: variant.id, at: variant.status === 'scheduled' ? variant.publishedAt : null };
  });
  if (typeof previous === 'string') return { ok: false, error: previous };
  // After the commit, so the job never fires before the row says 'scheduled'; if it cannot be queued, the
  // queue's minute cron publishes the story instead.
  await queuePublishWakeUp(previous.variantId, at, previous.at);
  return { ok: true, at: at.toISOString() };
}

/**
 * Publishes every scheduled variant whose time has come and returns the cache tags to expire. Called by the
 * server itself (app/api/internal/publish-due), not by a person, so it checks no session. The update claims
 * the rows atomically: with several servers, each variant is published once.
 */
export async function publishDueVariants(now = new Date()): Promise<{ published: number; revalidate: string[] }> {
  const db = getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .update(s.articleTranslations)
      .set({ status: 'published', updatedAt: now })
      .where(and(eq(s.articleTranslations.status, 'scheduled'), lte(s.articleTranslations.publishedAt, now)))
      .returning({ articleId: s.articleTranslations.articleId, locale: s.articleTranslations.locale, title: s.articleTranslations.title });
    if (due.length === 0) return { published: 0, revalidate: [] };
    await recordAudit(tx, ...due.map((d) => ({ actorId: null, action: 'publish' as const, subject: storySubject(d.articleId, d.locale), details: { title: d.title, scheduled: true } })));
    const ids = [...new Set(due.map((d) => d.articleId))];
    const slugs = await tx.select({ slug: s.articleTranslations.slug }).from(s.articleTranslations).where(inArray(s.articleTranslations.articleId, ids));
    const categories = await tx
      .select({ slug: s.categories.slug })
      .from(s.articles)
      .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
      .where(inArray(s.articles.id, ids));
    return {
      published: due.length,
      revalidate: tagsForStoryChange({ locales, slugs: slugs.map((r) => r.slug), categorySlugs: categories.map((c) => c.slug) }),
    };
  });
}
