/**
 * The newsroom's categories screen: list, create, rename and delete categories (sections). Admins and editors
 * only: every function calls requireCapability('manageSections') itself. Everything else that can go wrong comes
 * back as a typed result whose error is a message key (Categories.errors.*). Every change writes an audit_log
 * row and returns the cache tags to expire.
 *
 * A category needs its name in every language: readers' lists and story pages join the category's name in the
 * page's language (db/queries/articles.ts, inner joins), so a category without, say, an English name would
 * silently hide its published stories from English readers and its page would answer 404.
 */
import { and, asc, count, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { rowId } from '@/lib/ids';
import { slugFromTitle } from '@/lib/slug';
import { getDb, type Db } from '../client';
import * as s from '../schema';
import { cacheTags } from './cache-tags';
import { recordAudit, type AuditAction } from './audit';
import { requireCapability } from './roles';
import type { Staff } from './staff';

/** Stories are filed under a category slug of at most 60 characters (newStorySchema, storyFiltersSchema). */
export const CATEGORY_SLUG_MAX = 60;
const CATEGORY_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nameSchema = z.string().trim().min(1, 'nameRequired').max(100, 'nameTooLong');
/** A name in every configured language (readers see the section in each). */
export const categoryNamesSchema = z.object(Object.fromEntries(locales.map((l) => [l, nameSchema])) as Record<Locale, typeof nameSchema>);
export type CategoryNames = Record<Locale, string>;

const newCategorySchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(CATEGORY_SLUG_MAX, 'slugInvalid')
    .refine((slug) => slug === '' || CATEGORY_SLUG.test(slug), 'slugInvalid')
    .optional(),
  names: categoryNamesSchema,
});
export type NewCategory = z.input<typeof newCategorySchema>;

const idSchema = rowId;

export type EditableCategory = { id: number; slug: string; position: number; names: CategoryNames; stories: number };

export type CategoryInputError = 'nameRequired' | 'nameTooLong' | 'slugInvalid';
export type CreateCategoryError = CategoryInputError | 'slugTaken';
export type RenameCategoryError = CategoryInputError | 'notFound';
export type DeleteCategoryError = 'notFound' | 'inUse';

/** `fields`: the inputs an error is about (a language, or 'slug'), for aria-invalid. */
export type CategoryResult<E extends string, T extends object = object> =
  | ({ ok: true; revalidate: string[] } & T)
  | { ok: false; error: E; fields?: string[] };

const inputErrors: readonly string[] = ['nameRequired', 'nameTooLong', 'slugInvalid'] satisfies CategoryInputError[];

/** The first zod issue as a message key, with every field that has the same problem. */
function inputError(error: z.ZodError): { ok: false; error: CategoryInputError; fields: string[] } {
  const first = error.issues[0];
  const key = (first && inputErrors.includes(first.message) ? first.message : 'nameRequired') as CategoryInputError;
  const fields = error.issues.filter((i) => i.message === key).map((i) => String(i.path[i.path.length - 1] ?? ''));
  return { ok: false, error: key, fields };
}

/** A PostgreSQL error code from an error or its causes (drizzle wraps the driver's error). */
function pgErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function audit(tx: Tx, actor: Staff, action: AuditAction, subject: string, details: Record<string, unknown>): Promise<void> {
  return recordAudit(tx, { actorId: actor.id, action, subject, details });
}

/** Lists, navigation and the home page of every language, and this category's pages. */
function taxonomyTags(slug: string): string[] {
  return [cacheTags.taxonomy, ...locales.flatMap((l) => [cacheTags.home(l), cacheTags.section(l, slug)])];
}

async function namesOf(db: Pick<Db, 'select'>, categoryId: number): Promise<CategoryNames> {
  const rows = await db
    .select({ locale: s.categoryTranslations.locale, name: s.categoryTranslations.name })
    .from(s.categoryTranslations)
    .where(eq(s.categoryTranslations.categoryId, categoryId));
  return Object.fromEntries(locales.map((l) => [l, rows.find((r) => r.locale === l)?.name ?? ''])) as CategoryNames;
}

/** A slug from the Russian name (else the English one), cut at a word boundary to fit CATEGORY_SLUG_MAX. */
function slugFromNames(names: CategoryNames): string {
  // The source language first, then the others in configuration order.
  for (const name of [names[defaultLocale], ...locales.filter((l) => l !== defaultLocale).map((l) => names[l])]) {
    let slug = slugFromTitle(name);
    if (slug.length > CATEGORY_SLUG_MAX) {
      const cut = slug.slice(0, CATEGORY_SLUG_MAX + 1);
      const dash = cut.lastIndexOf('-');
      slug = (dash > 10 ? cut.slice(0, dash) : slug.slice(0, CATEGORY_SLUG_MAX)).replace(/-+$/, '');
    }
    if (slug) return slug;
  }
  return '';
}

/**
 * Every category with its names in every language and the number of stories filed under it (whatever their
 * status), in the order readers see them. Admins and editors.
 */
export async function listCategoriesForEditing(): Promise<EditableCategory[]> {
  await requireCapability('manageSections');
  const db = getDb();
  const [rows, names, counts] = await Promise.all([
    db.select({ id: s.categories.id, slug: s.categories.slug, position: s.categories.position }).from(s.categories).orderBy(asc(s.categories.position), asc(s.categories.id)),
    db.select({ id: s.categoryTranslations.categoryId, locale: s.categoryTranslations.locale, name: s.categoryTranslations.name }).from(s.categoryTranslations),
    db.select({ id: s.articles.categoryId, n: count() }).from(s.articles).groupBy(s.articles.categoryId),
  ]);
  return rows.map((row) => ({
    ...row,
    names: Object.fromEntries(locales.map((l) => [l, names.find((n) => n.id === row.id && n.locale === l)?.name ?? ''])) as CategoryNames,
    stories: counts.find((c) => c.id === row.id)?.n ?? 0,
  }));
}

/**
 * A new category, last in the order, with its name in every language (all required). An empty slug is made from
 * the Russian name. A slug already in use answers `slugTaken` and creates nothing. Admins and editors.
 */
export async function createCategory(input: NewCategory): Promise<CategoryResult<CreateCategoryError, { id: number; slug: string }>> {
  const staff = await requireCapability('manageSections');
  const parsed = newCategorySchema.safeParse(input);
  if (!parsed.success) return inputError(parsed.error);
  const { names } = parsed.data;
  const slug = parsed.data.slug || slugFromNames(names);
  if (!slug) return { ok: false, error: 'slugInvalid', fields: ['slug'] };
  const db = getDb();
  const [taken] = await db.select({ id: s.categories.id }).from(s.categories).where(eq(s.categories.slug, slug));
  if (taken) return { ok: false, error: 'slugTaken', fields: ['slug'] };
  let id: number;
  try {
    id = await db.transaction(async (tx) => {
      const [last] = await tx.select({ position: max(s.categories.position) }).from(s.categories);
      const [row] = await tx
        .insert(s.categories)
        .values({ slug, position: (last?.position ?? 0) + 1 })
        .returning({ id: s.categories.id });
      await tx.insert(s.categoryTranslations).values(locales.map((locale) => ({ categoryId: row!.id, locale, name: names[locale] })));
      await audit(tx, staff, 'category-create', slug, { names });
      return row!.id;
    });
  } catch (error) {
    // Two people adding the same slug at once: the second loses on the unique index.
    if (pgErrorCode(error) === '23505') return { ok: false, error: 'slugTaken', fields: ['slug'] };
    throw error;
  }
  return { ok: true, id, slug, revalidate: taxonomyTags(slug) };
}

/**
 * Renames a category in every language (all three names required; the slug stays, so its URLs keep working).
 * Readers see the new name at once: besides lists and navigation, the pages of its published stories are
 * expired (they show the category's name and are cached per slug). Admins and editors.
 */
export async function renameCategory(id: number, names: CategoryNames): Promise<CategoryResult<RenameCategoryError>> {
  const staff = await requireCapability('manageSections');
  if (!idSchema.safeParse(id).success) return { ok: false, error: 'notFound' };
  const parsed = categoryNamesSchema.safeParse(names);
  if (!parsed.success) return inputError(parsed.error);
  const next = parsed.data;
  const db = getDb();
  const [category] = await db.select({ id: s.categories.id, slug: s.categories.slug }).from(s.categories).where(eq(s.categories.id, id));
  if (!category) return { ok: false, error: 'notFound' };
  const previous = await namesOf(db, id);
  if (locales.every((l) => previous[l] === next[l])) return { ok: true, revalidate: [] };
  await db.transaction(async (tx) => {
    for (const locale of locales) {
      await tx
        .insert(s.categoryTranslations)
        .values({ categoryId: id, locale, name: next[locale] })
        .onConflictDoUpdate({ target: [s.categoryTranslations.categoryId, s.categoryTranslations.locale], set: { name: next[locale] } });
    }
    await audit(tx, staff, 'category-update', category.slug, { from: previous, to: next });
  });
  // Story pages are cached per (language, slug) and only published variants show the category's name.
  const published = await db
    .select({ locale: s.articleTranslations.locale, slug: s.articleTranslations.slug })
    .from(s.articleTranslations)
    .innerJoin(s.articles, eq(s.articles.id, s.articleTranslations.articleId))
    .where(and(eq(s.articles.categoryId, id), eq(s.articleTranslations.status, 'published')));
  const tags = new Set([
    ...taxonomyTags(category.slug),
    ...locales.map((l) => cacheTags.photo(l)),
    ...published.map((v) => cacheTags.articleSlug(v.locale, v.slug)),
  ]);
  return { ok: true, revalidate: [...tags] };
}

/**
 * Deletes a category that no story uses; while any story (of any status) is filed under it the answer is
 * `inUse` and nothing changes (articles.category_id is ON DELETE RESTRICT, so the database refuses too, even
 * for a story filed a moment ago). Admins and editors.
 */
export async function deleteCategory(id: number): Promise<CategoryResult<DeleteCategoryError, { slug: string; names: CategoryNames }>> {
  const staff = await requireCapability('manageSections');
  if (!idSchema.safeParse(id).success) return { ok: false, error: 'notFound' };
  const db = getDb();
  const [category] = await db.select({ id: s.categories.id, slug: s.categories.slug }).from(s.categories).where(eq(s.categories.id, id));
  if (!category) return { ok: false, error: 'notFound' };
  const [used] = await db.select({ n: count() }).from(s.articles).where(eq(s.articles.categoryId, id));
  if ((used?.n ?? 0) > 0) return { ok: false, error: 'inUse' };
  const names = await namesOf(db, id);
  try {
    const deleted = await db.transaction(async (tx) => {
      const rows = await tx.delete(s.categories).where(eq(s.categories.id, id)).returning({ id: s.categories.id });
      if (rows.length === 0) return false;
      await audit(tx, staff, 'category-delete', category.slug, { names });
      return true;
    });
    if (!deleted) return { ok: false, error: 'notFound' };
  } catch (error) {
    if (pgErrorCode(error) === '23503') return { ok: false, error: 'inUse' };
    throw error;
  }
  return { ok: true, slug: category.slug, names, revalidate: taxonomyTags(category.slug) };
}

