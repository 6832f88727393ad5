/**
 * The newsroom's reads. Every function checks the caller itself (requireStaff) before touching the database.
 */
import { and, asc, count, desc, eq, ilike, inArray, notExists, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { locales, type Locale } from '@/i18n/locales';
import { escapeLike, withoutControlCharacters } from '@/lib/plain-text';
import { getDb } from '../client';
import * as s from '../schema';
import { requireStaff } from './staff';

export const DASHBOARD_PAGE_SIZE = 20;

export const storyFiltersSchema = z.object({
  status: z.enum(s.articleStatuses).optional(),
  category: z.string().regex(/^[a-z0-9-]{1,60}$/).optional(),
  /** Stories with no variant in this language. */
  missing: z.enum(locales).optional(),
  /** The account that created the story. */
  owner: z.string().transform(withoutControlCharacters).pipe(z.string().min(1).max(64)).optional(),
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200)).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type StoryFilters = z.infer<typeof storyFiltersSchema>;

export type DashboardStory = {
  id: number;
  category: string;
  owner: string | null;
  updatedAt: string;
  /** `pending`: a published variant has changes readers do not see yet. */
  variants: Partial<Record<Locale, { title: string; status: s.ArticleStatus; pending: boolean }>>;
};

/**
 * Stories for the newsroom list, newest change first, as far as the caller may open them (roles.ts mayOpen): a
 * reporter lists their own stories only, not other reporters' drafts; the other roles list every story.
 */
export async function listDashboardStories(
  filters: StoryFilters,
  locale: Locale,
): Promise<{ items: DashboardStory[]; total: number; page: number; pageCount: number }> {
  const staff = await requireStaff();
  const db = getDb();
  const t = s.articleTranslations;
  const conditions: SQL[] = [];
  if (staff.role === 'reporter') conditions.push(eq(s.articles.ownerId, staff.id));
  if (filters.status) {
    conditions.push(sql`exists (select 1 from ${t} where ${t.articleId} = ${s.articles.id} and ${t.status} = ${filters.status})`);
  }
  if (filters.category) conditions.push(eq(s.categories.slug, filters.category));
  if (filters.owner) conditions.push(eq(s.articles.ownerId, filters.owner));
  if (filters.missing) {
    conditions.push(
      notExists(db.select({ one: sql`1` }).from(t).where(and(eq(t.articleId, s.articles.id), eq(t.locale, filters.missing)))),
    );
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(sql`exists (select 1 from ${t} where ${t.articleId} = ${s.articles.id} and ${ilike(t.title, pattern)})`);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const base = db
    .select({
      id: s.articles.id,
      category: s.categoryTranslations.name,
      owner: s.users.name,
      updatedAt: s.articles.updatedAt,
    })
    .from(s.articles)
    .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
    .innerJoin(s.categoryTranslations, and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)))
    .leftJoin(s.users, eq(s.users.id, s.articles.ownerId));
  const [rows, totals] = await Promise.all([
    base
      .where(where)
      .orderBy(desc(s.articles.updatedAt), desc(s.articles.id))
      .limit(DASHBOARD_PAGE_SIZE)
      .offset((filters.page - 1) * DASHBOARD_PAGE_SIZE),
    db
      .select({ n: count() })
      .from(s.articles)
      .innerJoin(s.categories, eq(s.categories.id, s.articles.categoryId))
      .where(where),
  ]);
  const variants = rows.length
    ? await db
        .select({ articleId: t.articleId, locale: t.locale, title: t.title, status: t.status, pending: sql<boolean>`${t.pending} is not null` })
        .from(t)
        .where(inArray(t.articleId, rows.map((r) => r.id)))
        .orderBy(asc(t.locale))
    : [];
  const total = totals[0]?.n ?? 0;
  return {
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE)),
    items: rows.map((r) => ({
      id: r.id,
      category: r.category,
      owner: r.owner,
      updatedAt: new Date(r.updatedAt).toISOString(),
      variants: Object.fromEntries(
        variants.filter((v) => v.articleId === r.id).map((v) => [v.locale, { title: v.title, status: v.status, pending: Boolean(v.pending) }]),
      ),
    })),
  };
}

/** Categories and authors for the list's filters: a reporter, who lists only their own stories, gets only themselves. */
export async function listStoryFilterOptions(locale: Locale) {
  const staff = await requireStaff();
  const db = getDb();
  const [categories, owners] = await Promise.all([
    db
      .select({ slug: s.categories.slug, name: s.categoryTranslations.name })
      .from(s.categories)
      .innerJoin(s.categoryTranslations, and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)))
      .orderBy(asc(s.categories.position)),
    db
      .select({ id: s.users.id, name: s.users.name })
      .from(s.users)
      .where(staff.role === 'reporter' ? eq(s.users.id, staff.id) : undefined)
      .orderBy(asc(s.users.name)),
  ]);
  return { categories, owners };
}

export type StaffListItem = { id: string; name: string; email: string; role: string; disabled: boolean; languages: string[] };

/** Newsroom accounts. Admins only. */
export async function listStaff(): Promise<StaffListItem[]> {
  await requireStaff('admin');
  const db = getDb();
  const [rows, languages] = await Promise.all([
    db
      .select({ id: s.users.id, name: s.users.name, email: s.users.email, role: s.users.role, banned: s.users.banned })
      .from(s.users)
      .orderBy(asc(s.users.name)),
    db.select().from(s.userLanguages),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    disabled: r.banned === true,
    languages: languages.filter((l) => l.userId === r.id).map((l) => l.locale),
  }));
}
