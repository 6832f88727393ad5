/**
 * What belongs to a whole story rather than to one language's text: its section, tags, authors and byline,
 * bureau and dateline, and cover photo — the editor's settings panel. Who may change them is who may write the
 * story's source-language text (roles.ts, mayArrange): editors and admins always, a reporter their own story
 * while it is a draft or in review. Every change is one transaction with its audit row ('story-settings', what
 * changed from what to what); if the story is published in any language, the pages showing it are returned
 * for expiry, under the old and the new section.
 */
import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { limits } from '@/lib/field-limits';
import { rowId } from '@/lib/ids';
import { paths } from '@/lib/paths';
import { slugFromTitle } from '@/lib/slug';
import { escapeLike, withoutControlCharacters } from '@/lib/plain-text';
import { getDb, type Db } from '../client';
import * as s from '../schema';
import { recordAudit, storySubject } from './audit';
import { tagsForStoryChange } from './cache-tags';
import { getMediaItems, type LibraryItem } from './media';
import { assert, mayArrange, mayOpen, mayPublish } from './roles';
import { requireStaff } from './staff';
import { loadArticle, loadVariant } from './stories';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

class Refused extends Error {
  constructor(readonly code: SettingsError) {
    super(code);
  }
}
type Names = Partial<Record<Locale, string>>;

export type TagChoice = { id: number; slug: string; names: Names };
export type StorySettings = {
  id: number;
  sourceLocale: Locale;
  category: string;
  tags: TagChoice[];
  /** Author ids in byline order. */
  authors: number[];
  byline: Names;
  bureauId: number | null;
  dateline: Names;
  cover: LibraryItem | null;
  /** Each language's address, and where readers find it (null until published). */
  variants: { locale: Locale; slug: string; status: s.ArticleStatus; url: string | null }[];
  /** Whether the caller may change these settings, and the breaking-news flag. */
  can: { change: boolean; breaking: boolean };
  choices: {
    categories: { slug: string; name: string }[];
    authors: { id: number; name: string }[];
    bureaus: { id: number; name: string; dateline: Names }[];
  };
};

const namesOf = (rows: { id: number; locale: string; name: string }[], id: number): Names =>
  Object.fromEntries(rows.filter((r) => r.id === id && (locales as readonly string[]).includes(r.locale)).map((r) => [r.locale, r.name]));

/** The story's settings and what they may be set to, with names in the dashboard's language. Reporters: their own. */
export async function getStorySettings(id: number, locale: Locale): Promise<StorySettings | null> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return null;
  assert(mayOpen(staff, article));
  const db = getDb();
  const [[row], variants, tagRows, authorRows, categories, authorNames, bureauRows] = await Promise.all([
    db.select({ bureauId: s.articles.bureauId, coverId: s.articles.coverMediaId }).from(s.articles).where(eq(s.articles.id, id)),
    db.select().from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id)),
    db.select({ id: s.tags.id, slug: s.tags.slug }).from(s.articleTags).innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId)).where(eq(s.articleTags.articleId, id)),
    db.select({ id: s.articleAuthors.authorId }).from(s.articleAuthors).where(eq(s.articleAuthors.articleId, id)).orderBy(asc(s.articleAuthors.position)),
    db
      .select({ slug: s.categories.slug, name: s.categoryTranslations.name })
      .from(s.categories)
      .innerJoin(s.categoryTranslations, and(eq(s.categoryTranslations.categoryId, s.categories.id), eq(s.categoryTranslations.locale, locale)))
      .orderBy(asc(s.categories.position)),
    db.select({ id: s.authorTranslations.authorId, locale: s.authorTranslations.locale, name: s.authorTranslations.name }).from(s.authorTranslations),
    db.select({ id: s.bureauTranslations.bureauId, locale: s.bureauTranslations.locale, name: s.bureauTranslations.name, dateline: s.bureauTranslations.dateline }).from(s.bureauTranslations),
  ]);
  const tagNames = tagRows.length
    ? await db
        .select({ id: s.tagTranslations.tagId, locale: s.tagTranslations.locale, name: s.tagTranslations.name })
        .from(s.tagTranslations)
        .where(inArray(s.tagTranslations.tagId, tagRows.map((t) => t.id)))
    : [];
  const source = variants.find((v) => v.locale === article.sourceLocale);
  const named = (names: Names) => names[locale] || names[article.sourceLocale as Locale] || Object.values(names)[0] || '';
  const authorIds = [...new Set(authorNames.map((a) => a.id))];
  const bureauIds = [...new Set(bureauRows.map((b) => b.id))];
  return {
    id,
    sourceLocale: article.sourceLocale as Locale,
    category: article.categorySlug,
    tags: tagRows.map((t) => ({ ...t, names: namesOf(tagNames, t.id) })).sort((a, b) => named(a.names).localeCompare(named(b.names), locale)),
    authors: authorRows.map((a) => a.id),
    byline: Object.fromEntries(variants.filter((v) => v.byline).map((v) => [v.locale, v.byline!])),
    bureauId: row?.bureauId ?? null,
    dateline: Object.fromEntries(variants.filter((v) => v.dateline).map((v) => [v.locale, v.dateline!])),
    cover: row?.coverId ? ((await getMediaItems([row.coverId]))[0] ?? null) : null,
    variants: locales.flatMap((l) => {
      const v = variants.find((x) => x.locale === l);
      return v ? [{ locale: l, slug: v.slug, status: v.status, url: v.status === 'published' ? paths.story(l, v.slug) : null }] : [];
    }),
    can: { change: mayArrange(staff, article, source), breaking: mayPublish(staff) },
    choices: {
      categories,
      authors: authorIds.map((a) => ({ id: a, name: named(namesOf(authorNames, a)) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
      bureaus: bureauIds
        .map((b) => ({
          id: b,
          name: named(namesOf(bureauRows, b)),
          dateline: Object.fromEntries(bureauRows.filter((r) => r.id === b).map((r) => [r.locale, r.dateline])) as Names,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    },
  };
}

/** Tags whose name in any language contains `q`, for the settings panel's "type to find or create". Any role. */
export async function searchTags(q: string): Promise<TagChoice[]> {
  await requireStaff();
  const query = withoutControlCharacters(q).trim().slice(0, limits.tagName);
  if (!query) return [];
  const db = getDb();
  const pattern = `%${escapeLike(query)}%`;
  const matching = await db
    .selectDistinct({ id: s.tagTranslations.tagId })
    .from(s.tagTranslations)
    .innerJoin(s.tags, eq(s.tags.id, s.tagTranslations.tagId))
    .where(or(ilike(s.tagTranslations.name, pattern), ilike(s.tags.slug, pattern)))
    .limit(10);
  if (!matching.length) return [];
  const ids = matching.map((m) => m.id);
  const [tagRows, names] = await Promise.all([
    db.select({ id: s.tags.id, slug: s.tags.slug }).from(s.tags).where(inArray(s.tags.id, ids)),
    db.select({ id: s.tagTranslations.tagId, locale: s.tagTranslations.locale, name: s.tagTranslations.name }).from(s.tagTranslations).where(inArray(s.tagTranslations.tagId, ids)),
  ]);
  return tagRows.map((t) => ({ ...t, names: namesOf(names, t.id) }));
}

const name = (max: number) => z.string().trim().max(max, 'tooLong');
const perLanguage = (max: number) => z.partialRecord(z.enum(locales), name(max));

export const settingsChangesSchema = z
  .object({
    category: z.string().regex(/^[a-z0-9-]{1,60}$/, 'unknownCategory'),
    /** Existing tags by id; new ones by their names (the source language's required). */
    tags: z
      .array(z.union([z.object({ id: rowId }), z.object({ names: perLanguage(limits.tagName) })]))
      .max(limits.tagsPerStory, 'tooManyTags'),
    authors: z
      .array(rowId)
      .max(limits.authorsPerStory, 'tooManyAuthors')
      .refine((ids) => new Set(ids).size === ids.length, 'duplicateAuthor'),
    byline: perLanguage(limits.byline),
    bureauId: rowId.nullable(),
    dateline: perLanguage(limits.dateline),
    coverId: rowId.nullable(),
  })
  .partial();
export type SettingsChanges = z.input<typeof settingsChangesSchema>;

export type SettingsError = 'notFound' | 'invalid' | 'unknownCategory' | 'unknownTag' | 'unknownAuthor' | 'unknownBureau' | 'unknownPhoto' | 'tagNameRequired' | 'tooManyTags' | 'tooManyAuthors' | 'duplicateAuthor' | 'tooLong';
export type SettingsResult = { ok: true; settings: StorySettings; revalidate: string[] } | { ok: false; error: SettingsError };

const inputErrors = new Set<string>(['unknownCategory', 'tooManyTags', 'tooManyAuthors', 'duplicateAuthor', 'tooLong']);

/**
 * Changes the given settings (any subset) and leaves the rest as they are. Refused input changes nothing. New
 * tags are created with the names given (a tag without a name in a language is not shown to its readers), or
 * the existing tag of that name in the source language is taken. `locale`: the dashboard's, for the answer.
 */
export async function updateStorySettings(id: number, changes: SettingsChanges, locale: Locale): Promise<SettingsResult> {
  const staff = await requireStaff();
  const article = await loadArticle(id);
  if (!article) return { ok: false, error: 'notFound' };
  assert(mayArrange(staff, article, await loadVariant(id, article.sourceLocale as Locale)));
  const parsed = settingsChangesSchema.safeParse(changes);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? '';
    return { ok: false, error: inputErrors.has(message) ? (message as SettingsError) : 'invalid' };
  }
  const next = parsed.data;
  const source = article.sourceLocale as Locale;
  if (next.tags?.some((t) => 'names' in t && !t.names[source]?.trim())) return { ok: false, error: 'tagNameRequired' };

  let outcome: { changed: Record<string, unknown>; categorySlugs: string[] };
  try {
    outcome = await getDb().transaction(async (tx) => {
      // Locks the story: two settings changes at once are applied one after the other.
      const [before] = await tx.select().from(s.articles).where(eq(s.articles.id, id)).for('update');
      if (!before) throw new Refused('notFound');
      const changed: Record<string, unknown> = {};
      const categorySlugs = [article.categorySlug];

      if (next.category !== undefined && next.category !== article.categorySlug) {
        const [category] = await tx.select({ id: s.categories.id }).from(s.categories).where(eq(s.categories.slug, next.category));
        if (!category) throw new Refused('unknownCategory');
        await tx.update(s.articles).set({ categoryId: category.id }).where(eq(s.articles.id, id));
        changed.category = { from: article.categorySlug, to: next.category };
        categorySlugs.push(next.category);
      }
      if (next.bureauId !== undefined && next.bureauId !== before.bureauId) {
        if (next.bureauId !== null && !(await tx.select({ id: s.bureaus.id }).from(s.bureaus).where(eq(s.bureaus.id, next.bureauId))).length) throw new Refused('unknownBureau');
        await tx.update(s.articles).set({ bureauId: next.bureauId }).where(eq(s.articles.id, id));
        changed.bureau = { from: before.bureauId, to: next.bureauId };
      }
      if (next.coverId !== undefined && next.coverId !== before.coverMediaId) {
        if (next.coverId !== null && !(await tx.select({ id: s.media.id }).from(s.media).where(eq(s.media.id, next.coverId))).length) throw new Refused('unknownPhoto');
        await tx.update(s.articles).set({ coverMediaId: next.coverId }).where(eq(s.articles.id, id));
        changed.cover = { from: before.coverMediaId, to: next.coverId };
      }
      if (next.authors !== undefined) {
        const current = (await tx.select({ id: s.articleAuthors.authorId }).from(s.articleAuthors).where(eq(s.articleAuthors.articleId, id)).orderBy(asc(s.articleAuthors.position))).map((a) => a.id);
        if (current.join() !== next.authors.join()) {
          if (next.authors.length && (await tx.select({ id: s.authors.id }).from(s.authors).where(inArray(s.authors.id, next.authors))).length !== next.authors.length) throw new Refused('unknownAuthor');
          await tx.delete(s.articleAuthors).where(eq(s.articleAuthors.articleId, id));
          if (next.authors.length) await tx.insert(s.articleAuthors).values(next.authors.map((authorId, position) => ({ articleId: id, authorId, position })));
          changed.authors = { from: current, to: next.authors };
        }
      }
      if (next.tags !== undefined) {
        const result = await replaceTags(tx, id, next.tags, source);
        if ('error' in result) throw new Refused(result.error);
        if (result.changed) changed.tags = result.changed;
      }
      for (const field of ['byline', 'dateline'] as const) {
        const given = next[field];
        if (!given) continue;
        const variants = await tx.select({ id: s.articleTranslations.id, locale: s.articleTranslations.locale, value: s.articleTranslations[field] }).from(s.articleTranslations).where(eq(s.articleTranslations.articleId, id));
        const diff: Record<string, { from: string | null; to: string | null }> = {};
        for (const v of variants) {
          if (!(v.locale in given)) continue;
          const value = given[v.locale as Locale]?.trim() || null;
          if (value === v.value) continue;
          await tx.update(s.articleTranslations).set({ [field]: value }).where(eq(s.articleTranslations.id, v.id));
          diff[v.locale] = { from: v.value, to: value };
        }
        if (Object.keys(diff).length) changed[field] = diff;
      }
      if (Object.keys(changed).length) {
        await tx.update(s.articles).set({ updatedAt: new Date() }).where(eq(s.articles.id, id));
        await recordAudit(tx, { actorId: staff.id, action: 'story-settings', subject: storySubject(id), details: changed });
      }
      return { changed, categorySlugs };
    });
  } catch (error) {
    // Thrown inside the transaction so that nothing of a refused change is kept.
    if (error instanceof Refused) return { ok: false, error: error.code };
    throw error;
  }

  const settings = (await getStorySettings(id, locale))!;
  const published = settings.variants.some((v) => v.status === 'published');
  const revalidate =
    published && Object.keys(outcome.changed).length
      ? tagsForStoryChange({ locales, slugs: settings.variants.map((v) => v.slug), categorySlugs: outcome.categorySlugs })
      : [];
  return { ok: true, settings, revalidate };
}

/** Sets the story's tags to exactly these, creating the new ones; answers what changed (slugs), or null. */
async function replaceTags(
  tx: Tx,
  articleId: number,
  wanted: ({ id: number } | { names: Names })[],
  source: Locale,
): Promise<{ error: SettingsError } | { changed: { from: string[]; to: string[] } | null }> {
  const ids: number[] = [];
  for (const tag of wanted) {
    if ('id' in tag) {
      ids.push(tag.id);
      continue;
    }
    const sourceName = tag.names[source]!.trim();
    // The same name in the source language is the same tag: no duplicates from two people typing "Баку".
    const [existing] = await tx
      .select({ id: s.tagTranslations.tagId })
      .from(s.tagTranslations)
      .where(and(eq(s.tagTranslations.locale, source), ilike(s.tagTranslations.name, escapeLike(sourceName))));
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const base = slugFromTitle(sourceName) || slugFromTitle(Object.values(tag.names).find(Boolean) ?? '') || 'tag';
    let slug = base;
    for (let n = 2; (await tx.select({ id: s.tags.id }).from(s.tags).where(eq(s.tags.slug, slug))).length; n++) slug = `${base}-${n}`;
    const [row] = await tx.insert(s.tags).values({ slug }).returning({ id: s.tags.id });
    const names = locales.flatMap((l) => (tag.names[l]?.trim() ? [{ tagId: row!.id, locale: l, name: tag.names[l]!.trim() }] : []));
    await tx.insert(s.tagTranslations).values(names);
    ids.push(row!.id);
  }
  const unique = [...new Set(ids)];
  const found = unique.length ? await tx.select({ id: s.tags.id, slug: s.tags.slug }).from(s.tags).where(inArray(s.tags.id, unique)) : [];
  if (found.length !== unique.length) return { error: 'unknownTag' };
  const current = await tx.select({ id: s.tags.id, slug: s.tags.slug }).from(s.articleTags).innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId)).where(eq(s.articleTags.articleId, articleId));
  const sameSet = current.length === unique.length && current.every((c) => unique.includes(c.id));
  if (sameSet) return { changed: null };
  await tx.delete(s.articleTags).where(eq(s.articleTags.articleId, articleId));
  if (unique.length) await tx.insert(s.articleTags).values(unique.map((tagId) => ({ articleId, tagId })));
  return { changed: { from: current.map((c) => c.slug).sort(), to: found.map((f) => f.slug).sort() } };
}

/** The default language's name of a tag, else any: for lists where a tag has no name in the dashboard's language. */
export function tagLabel(tag: TagChoice, locale: Locale): string {
  return tag.names[locale] || tag.names[defaultLocale] || Object.values(tag.names)[0] || tag.slug;
}
