/**
 * The translation desk: which story exists in which language and in what state, and the material for
 * translating one variant beside its source.
 *
 * A variant's state is `missing` (no text yet), `draft` (in progress), `in_review`, `scheduled`, `published`, or
 * `outdated`: its source variant was saved again after the translation was made. Every translation records the
 * source revision it was based on (`article_translations.source_revision`); saving the translation in the
 * translating view, or marking it reviewed, moves that mark to the source revision the translator saw.
 * Readers never see any of this: an outdated translation stays published as it is.
 *
 * Who sees what: admins and editors every story and language; translators the languages assigned to them;
 * reporters their own stories.
 */
import { and, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/locales';
import { escapeLike, withoutControlCharacters } from '@/lib/plain-text';
import { getDb } from '../client';
import * as s from '../schema';
import { getExhibition, type ExhibitionForEditing } from './exhibitions';
import { assert, mayEdit, mayOpen, mayPublish, mayReview, mayTranslateInto, workLanguages } from './roles';
import { requireStaff } from './staff';
import { loadArticle, saveVariant, workingText, type SaveResult, type VariantInput } from './stories';

export const translationStates = ['missing', 'outdated', 'draft', 'in_review', 'scheduled', 'published'] as const;
export type TranslationState = (typeof translationStates)[number];

export type BoardCell = { state: TranslationState; status: s.ArticleStatus | null; basedOn: number | null };
export type BoardRow = { id: number; sourceLocale: Locale; title: string; sourceRevision: number; updatedAt: string; cells: Partial<Record<Locale, BoardCell>> };
export type TranslationBoard = {
  /** The languages shown (the caller's, narrowed by the filter). */
  languages: Locale[];
  /** Every language the caller works in. */
  available: Locale[];
  rows: BoardRow[];
  counts: Record<Locale, Record<TranslationState, number>>;
  total: number;
  page: number;
  pageCount: number;
};

export const boardFiltersSchema = z.object({
  lang: z.enum(locales).optional(),
  state: z.enum(translationStates).optional(),
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200)).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type BoardFilters = z.infer<typeof boardFiltersSchema>;

const PAGE_SIZE = 25;

/** Every story × language with its state, filtered by language, state and title, with counts per language. */
export async function listTranslationBoard(filters: BoardFilters): Promise<TranslationBoard> {
  const staff = await requireStaff();
  const mine = workLanguages(staff);
  const languages = filters.lang ? mine.filter((l) => l === filters.lang) : mine;
  assert(!filters.lang || languages.length > 0);
  const empty = Object.fromEntries(languages.map((l) => [l, Object.fromEntries(translationStates.map((st) => [st, 0]))])) as TranslationBoard['counts'];
  if (languages.length === 0) return { languages, available: mine, rows: [], counts: empty, total: 0, page: 1, pageCount: 1 };

  const db = getDb();
  const src = alias(s.articleTranslations, 'src');
  /** The source revision translators work from (sourceRevisionForTranslators, in SQL). */
  const sourceRevisionSql = sql`coalesce((${src.pending}->>'basedOn')::int, ${src.revision})`;
  const target = Object.fromEntries(languages.map((l) => [l, alias(s.articleTranslations, `t_${l}`)])) as unknown as Record<Locale, typeof src>;
  /** Joins each shown language's variant (aliased t_ru, t_az, …) to a query over articles and their source. */
  const withTargets = <Q,>(query: Q): Q => {
    // The builder's type changes with every join; the columns selected are typed where they are read.
    let joined = query as unknown as { leftJoin: (table: typeof src, on: SQL | undefined) => unknown };
    for (const l of languages) joined = joined.leftJoin(target[l], and(eq(target[l].articleId, s.articles.id), eq(target[l].locale, l))) as typeof joined;
    return joined as unknown as Q;
  };
  /** The state of one language's variant, in SQL; null where that language is the story's source. */
  const stateOf = (l: Locale): SQL<TranslationState | null> => {
    const t = target[l];
    return sql<TranslationState | null>`case when ${s.articles.sourceLocale} = ${l} then null
      when ${t.id} is null then 'missing'
      when ${t.pending} is not null then case when (${t.pending}->>'submitted')::boolean then 'in_review' else 'draft' end
      when ${t.sourceRevision} is not null and ${t.sourceRevision} < ${sourceRevisionSql} then 'outdated'
      else ${t.status} end`;
  };

  const base = withTargets(
    db.select({ id: s.articles.id }).from(s.articles).innerJoin(src, and(eq(src.articleId, s.articles.id), eq(src.locale, s.articles.sourceLocale))).$dynamic(),
  );

  const conditions: (SQL | undefined)[] = [
    staff.role === 'reporter' ? eq(s.articles.ownerId, staff.id) : undefined,
    // A language is worked on only where it is not the source.
    or(...languages.map((l) => ne(s.articles.sourceLocale, l))),
    filters.q ? ilike(src.title, `%${escapeLike(filters.q)}%`) : undefined,
    filters.state ? or(...languages.map((l) => sql`${stateOf(l)} = ${filters.state}`)) : undefined,
  ];
  const where = and(...conditions);

  // Counts cover the caller's stories in each shown language, whatever the state and title filters.
  const countQuery = withTargets(
    db
      .select(Object.fromEntries(languages.flatMap((l) => translationStates.map((st) => [`${l}:${st}`, sql<number>`count(*) filter (where ${stateOf(l)} = ${st})::int`]))))
      .from(s.articles)
      .innerJoin(src, and(eq(src.articleId, s.articles.id), eq(src.locale, s.articles.sourceLocale)))
      .$dynamic(),
  );
  const countRows = await countQuery.where(and(conditions[0], conditions[1]));
  const counts = empty;
  const countRow = countRows[0] as Record<string, number> | undefined;
  for (const l of languages) for (const st of translationStates) counts[l][st] = Number(countRow?.[`${l}:${st}`] ?? 0);

  const [{ total }] = (await db.select({ total: sql<number>`count(*)::int` }).from(base.where(where).as('matching'))) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);

  const rowsQuery = withTargets(db
    .select({
      id: s.articles.id,
      sourceLocale: s.articles.sourceLocale,
      title: src.title,
      sourceRevision: sourceRevisionSql.mapWith(Number),
      updatedAt: src.updatedAt,
      ...Object.fromEntries(languages.flatMap((l) => [[`${l}:status`, target[l].status], [`${l}:basedOn`, target[l].sourceRevision], [`${l}:state`, stateOf(l)]])),
    })
    .from(s.articles)
    .innerJoin(src, and(eq(src.articleId, s.articles.id), eq(src.locale, s.articles.sourceLocale)))
    .$dynamic());
  const rows = (await rowsQuery
    .where(where)
    .orderBy(desc(src.updatedAt), desc(s.articles.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)) as unknown as Record<string, unknown>[];

  return {
    languages,
    available: mine,
    counts,
    total,
    page,
    pageCount,
    rows: rows.map((r) => ({
      id: r.id as number,
      sourceLocale: r.sourceLocale as Locale,
      title: r.title as string,
      sourceRevision: r.sourceRevision as number,
      updatedAt: new Date(r.updatedAt as string).toISOString(),
      cells: Object.fromEntries(
        languages
          .filter((l) => r[`${l}:state`] !== null)
          .map((l) => [l, { state: r[`${l}:state`] as TranslationState, status: (r[`${l}:status`] as s.ArticleStatus | null) ?? null, basedOn: (r[`${l}:basedOn`] as number | null) ?? null }]),
      ),
    })),
  };
}

export type VariantText = { title: string; lead: string; body: unknown; revision: number; status: s.ArticleStatus | null };

/**
 * The source text translators translate, and its revision: the published text of a published source (its pending
 * changes may be half-written; they reach translators when an editor publishes them), else its working text.
 */
export function sourceForTranslators(source: typeof s.articleTranslations.$inferSelect): VariantText {
  return { title: source.title, lead: source.lead, body: source.body, revision: source.pending?.basedOn ?? source.revision, status: source.status };
}

export type TranslationWork = {
  id: number;
  lang: Locale;
  sourceLocale: Locale;
  source: VariantText;
  /** The source as it was when the translation was made: what changed since is highlighted. Null if unknown or current. */
  sourceThen: { title: string; lead: string; body: unknown; revision: number } | null;
  translation: (VariantText & { basedOn: number | null; slug: string; pending: { submitted: boolean } | null }) | null;
  state: TranslationState;
  canEdit: boolean;
  canPublish: boolean;
  exhibition: ExhibitionForEditing;
};

/** One story's source and its translation into `lang`, side by side. Translators only in their languages. */
export async function getTranslationWork(id: number, lang: Locale): Promise<TranslationWork | null> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return null;
  assert(mayOpen(staff, article) && mayTranslateInto(staff, lang));
  if (lang === article.sourceLocale) return null;
  const db = getDb();
  const variants = await db.select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id));
  const sourceRow = variants.find((v) => v.locale === article.sourceLocale);
  if (!sourceRow) return null;
  const source = sourceForTranslators(sourceRow);
  const translation = variants.find((v) => v.locale === lang);
  let sourceThen: TranslationWork['sourceThen'] = null;
  const basis = translation?.pending?.sourceRevision ?? translation?.sourceRevision;
  if (basis && basis < source.revision) {
    const [then] = await db
      .select({ title: s.articleRevisions.title, lead: s.articleRevisions.lead, body: s.articleRevisions.body, revision: s.articleRevisions.revision })
      .from(s.articleRevisions)
      .where(
        and(
          eq(s.articleRevisions.articleId, id),
          eq(s.articleRevisions.locale, article.sourceLocale),
          eq(s.articleRevisions.revision, basis),
          inArray(s.articleRevisions.kind, ['create', 'save', 'restore', 'pending', 'proposal', 'update', 'discard', 'status']),
        ),
      )
      .orderBy(desc(s.articleRevisions.id))
      .limit(1);
    sourceThen = then ?? null;
  }
  const state: TranslationState = !translation
    ? 'missing'
    : translation.pending
      ? translation.pending.submitted
        ? 'in_review'
        : 'draft'
      : translation.sourceRevision !== null && translation.sourceRevision < source.revision
        ? 'outdated'
        : translation.status;
  const exhibition = await getExhibition(id);
  return {
    id,
    lang,
    sourceLocale: article.sourceLocale as Locale,
    source,
    sourceThen,
    // Pending changes to a published translation are what the translator works on.
    translation: translation
      ? {
          ...workingText(translation),
          revision: translation.revision,
          status: translation.status,
          basedOn: translation.pending?.sourceRevision ?? translation.sourceRevision,
          pending: translation.pending ? { submitted: translation.pending.submitted } : null,
        }
      : null,
    state,
    canEdit: mayEdit(staff, article, lang, translation),
    canPublish: mayPublish(staff),
    exhibition: exhibition!,
  };
}

/**
 * Saves a translation made against source revision `sourceRevision` (the one the translator was shown): an
 * ordinary save (revisions, conflicts, checks), which also records that revision as the translation's basis.
 */
export async function saveTranslation(id: number, lang: Locale, input: VariantInput, baseRevision: number, sourceRevision: number): Promise<SaveResult> {
  const result = await saveVariant(id, lang, input, baseRevision);
  if (result.ok) await setBasis(id, lang, sourceRevision);
  return result;
}

export type ReviewedResult = { ok: true } | { ok: false; error: 'notFound' | 'notAllowedNow' };

/** Marks an outdated translation as checked against the current source, without changing its text. */
export async function markTranslationReviewed(id: number, lang: Locale, sourceRevision: number): Promise<ReviewedResult> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article || lang === article.sourceLocale) return { ok: false, error: 'notFound' };
  const [translation] = await getDb()
    .select()
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, lang)));
  if (!translation) return { ok: false, error: 'notFound' };
  assert(mayReview(staff, article, lang, translation));
  return (await setBasis(id, lang, sourceRevision)) ? { ok: true } : { ok: false, error: 'notAllowedNow' };
}

/** Records the source revision a translation matches; only a revision the source has actually reached. */
async function setBasis(id: number, lang: Locale, sourceRevision: number): Promise<boolean> {
  if (!Number.isInteger(sourceRevision) || sourceRevision < 1) return false;
  const db = getDb();
  const article = await loadArticle(id);
  if (!article) return false;
  const [source] = await db
    .select()
    .from(s.articleTranslations)
    .where(and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, article.sourceLocale)));
  if (!source || sourceRevision > sourceForTranslators(source).revision) return false;
  const where = and(eq(s.articleTranslations.articleId, id), eq(s.articleTranslations.locale, lang));
  const [variant] = await db.select({ pending: s.articleTranslations.pending }).from(s.articleTranslations).where(where);
  // Pending changes carry their own basis, which becomes the translation's when they are published.
  await db.update(s.articleTranslations).set(variant?.pending ? { pending: { ...variant.pending, sourceRevision } } : { sourceRevision }).where(where);
  return true;
}
