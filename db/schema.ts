/**
 * Bureau's content model (see the README's architecture section). A story (`articles`) holds what is shared
 * between languages; each language is a variant (`article_translations`) with its own slug, text, status and
 * publish time. Names of categories, tags, authors and bureaus, and the alt text, caption and credit of media,
 * are translated in `*_translations` tables keyed by (id, locale). Languages are plain text codes validated by
 * the application, so adding a language is configuration, not a migration.
 */
import { relations, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencyPageSlugs } from '../lib/agency-pages';

/** PostgreSQL's full-text document type (drizzle has no built-in column for it). */
const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const bureaus = pgTable('bureaus', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
});

export const bureauTranslations = pgTable(
  'bureau_translations',
  {
    bureauId: integer('bureau_id')
      .notNull()
      .references(() => bureaus.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    /** The city or place shown in a story's dateline, e.g. "Астана". */
    dateline: text('dateline').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.locale] })],
);

export const categories = pgTable('categories', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  position: integer('position').notNull().default(0),
});

export const categoryTranslations = pgTable(
  'category_translations',
  {
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    description: text('description'),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.locale] })],
);

export const tags = pgTable('tags', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
});

export const tagTranslations = pgTable(
  'tag_translations',
  {
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tagId, t.locale] })],
);

export const authors = pgTable('authors', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
});

export const authorTranslations = pgTable(
  'author_translations',
  {
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorId, t.locale] })],
);

export const media = pgTable('media', {
  id: serial('id').primaryKey(),
  /** Key in the media storage (a relative path on local disk, an object key in object storage). */
  storageKey: text('storage_key').notNull().unique(),
  mimeType: text('mime_type').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  bytes: integer('bytes').notNull(),
  /** A tiny blurred preview as a data URL, shown while the photo loads. */
  blurDataUrl: text('blur_data_url'),
  /** The uploaded file's name, for finding it in the library (never used to decide the format). */
  originalName: text('original_name'),
  /** The newsroom account that uploaded it (none for demo content). */
  uploadedBy: text('uploaded_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  ...timestamps,
});

export const mediaTranslations = pgTable(
  'media_translations',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    alt: text('alt').notNull(),
    caption: text('caption'),
    credit: text('credit'),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.locale] })],
);

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    /** The language the story was written in; translations are made from it. */
    sourceLocale: text('source_locale').notNull().default('ru'),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    bureauId: integer('bureau_id').references(() => bureaus.id, { onDelete: 'set null' }),
    coverMediaId: integer('cover_media_id').references(() => media.id, { onDelete: 'set null' }),
    /** The newsroom account that created the story (a reporter may edit only their own drafts). */
    ownerId: text('owner_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** Until when the story runs in the breaking-news ticker (set by editors); null: not breaking. */
    breakingUntil: timestamp('breaking_until', { withTimezone: true }),
    /**
     * When an editor pinned the story to the front page (null: not pinned). The newest pin is the lead, the next
     * ones the top stories (db/queries/front-page.ts keeps at most FRONT_PAGE_PINS).
     */
    homePinnedAt: timestamp('home_pinned_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('articles_category_idx').on(t.categoryId),
    // Bureau pages filter on this (and deleting a bureau finds its stories by it). Authors: article_authors.
    index('articles_bureau_idx').on(t.bureauId),
    // The ticker: only the few stories ever flagged are in it.
    index('articles_breaking_idx').on(t.breakingUntil).where(sql`${t.breakingUntil} is not null`),
    // The front page's pins: a handful of rows at most.
    index('articles_home_pinned_idx').on(t.homePinnedAt).where(sql`${t.homePinnedAt} is not null`),
  ],
);

export const articleStatuses = ['draft', 'in_review', 'scheduled', 'published'] as const;

/**
 * Changes to a published variant that readers do not see yet (article_translations.proposal): autosave, restoring
 * a revision and translators' proposals all write here, and an editor's "Update" publishes them (or "Discard"
 * drops them). See db/queries/publishing.ts.
 */
export type PendingText = {
  title: string;
  lead: string;
  body: unknown;
  seoTitle: string | null;
  seoDescription: string | null;
  /** The slug the variant takes when the changes are published (its URL changes only then); absent in old rows. */
  slug?: string;
  /** The variant's revision the published text had when these changes began. */
  basedOn: number;
  /** For translations: the source revision the pending text was translated from. */
  sourceRevision: number | null;
  by: string;
  at: string;
  /** Submitted for review by someone who may not publish (a translator); an editor's own changes are not. */
  submitted: boolean;
};
export type ArticleStatus = (typeof articleStatuses)[number];

export const articleTranslations = pgTable(
  'article_translations',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    /** The body as the editor's structured document (ProseMirror JSON), rendered through an allow-list. */
    body: jsonb('body').notNull(),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    /** When readers first saw (or, when scheduled, will see) this variant. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Set by a correction after publishing; shown to readers as "updated". */
    revisedAt: timestamp('revised_at', { withTimezone: true }),
    /** For translations: the source variant's revision this text was translated from. */
    sourceRevision: integer('source_revision'),
    /**
     * Incremented on every save, of the working text or of pending changes, and when pending changes are dropped:
     * detects two people editing the same variant. Publishing pending changes keeps it (the text is the same).
     */
    revision: integer('revision').notNull().default(1),
    /**
     * Changes to a published variant, kept here unseen by readers until an editor publishes them ("Update") or
     * drops them ("Discard"); null when there are none. The column keeps its first name, from when only
     * translators' proposals were kept here.
     */
    pending: jsonb('proposal').$type<PendingText>(),
    /** Shown to readers instead of the authors' names, in this language ("Staff and agencies"); null: the names. */
    byline: text('byline'),
    /** The place the story is filed from, in this language, when not the bureau's own dateline; null: the bureau's. */
    dateline: text('dateline'),
    /** The body as plain text, written with it (db/queries/stories.ts): what search reads. */
    bodyText: text('body_text').notNull().default(''),
    /**
     * Full-text search: headline (weight A), lead (B) and body (C), folded by bureau_fold() (Azerbaijani and
     * Russian letters to their plain Latin/Cyrillic forms, so "seher" finds "şəhər"), stemmed with the
     * language's dictionary where PostgreSQL has one (russian, english), else 'simple'. See migration 0005.
     */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector(bureau_search_config(locale), bureau_fold(title)), 'A') || setweight(to_tsvector(bureau_search_config(locale), bureau_fold(lead)), 'B') || setweight(to_tsvector(bureau_search_config(locale), bureau_fold(body_text)), 'C')`,
    ),
    /** The folded headline, for typo-tolerant matching (pg_trgm). */
    searchTitle: text('search_title').generatedAlwaysAs(sql`bureau_fold(title)`),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('article_translations_locale_slug_uq').on(t.locale, t.slug),
    uniqueIndex('article_translations_article_locale_uq').on(t.articleId, t.locale),
    // Every reader listing walks this index newest first, keyset-paginated on (published_at, article_id).
    index('article_translations_listing_idx').on(t.locale, t.status, t.publishedAt, t.articleId),
    // A slug of another language (redirected to this language's variant) is looked up by slug alone.
    index('article_translations_slug_idx').on(t.slug),
    check('article_translations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index('article_translations_search_idx').using('gin', t.searchVector),
    index('article_translations_search_title_idx').using('gin', sql`${t.searchTitle} gin_trgm_ops`),
  ],
);

/** A story's authors, in the order of its byline. */
export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  // Author pages list an author's stories by this index.
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index('article_authors_author_idx').on(t.authorId, t.articleId)],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

/**
 * How often each story was read, per language and day, for "most read". Only counters: nothing about the
 * reader (no address, no cookie, no identifier) is stored.
 */
export const storyViews = pgTable(
  'story_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.locale, t.day] }), index('story_views_day_idx').on(t.locale, t.day)],
);

/** A story's photo exhibition: media in reading order. */
export const articleGallery = pgTable(
  'article_gallery',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.mediaId] }),
    uniqueIndex('article_gallery_position_uq').on(t.articleId, t.position),
  ],
);

/** Old slugs of published variants, answered with a permanent redirect to the current one. */
export const slugRedirects = pgTable(
  'slug_redirects',
  {
    locale: text('locale').notNull(),
    slug: text('slug').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.locale, t.slug] })],
);

// ---------------------------------------------------------------------------------------------------------
// Newsroom accounts. These four tables are better-auth's (users, sessions, accounts holding the scrypt password
// hash, verifications) with its admin plugin's fields (role, banned); better-auth reads and writes them through
// its Drizzle adapter (db/auth.ts). Everything else about staff is Bureau's own.

export const staffRoles = ['admin', 'editor', 'reporter', 'translator'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role').notNull().default('reporter'),
  /** A disabled user: cannot sign in, and their sessions are revoked. */
  banned: boolean('banned').default(false),
  banReason: text('ban_reason'),
  banExpires: timestamp('ban_expires', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    impersonatedBy: text('impersonated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    /** better-auth's scrypt hash (memory-hard); never leaves db/auth.ts. */
    password: text('password'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = pgTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Failed sign-ins per account, for throttling guesses at one account from many addresses. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    ipAddress: text('ip_address'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_email_at_idx').on(t.email, t.at)],
);

/** The languages a translator may edit. */
export const userLanguages = pgTable(
  'user_languages',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.locale] })],
);

/** Who did what: sign-ins, publishing, unpublishing, deleting, role changes. Viewable by admins. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subject: text('subject'),
    details: jsonb('details'),
    ipAddress: text('ip_address'),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

/**
 * Every save of a story variant, kept: who, when, and the whole text. A save that lost a race with another
 * editor is kept too (kind 'conflict'), so no text is ever dropped. Kinds: 'save' (the working text), 'pending'
 * (changes to a published text, unseen by readers), 'update' (pending changes published), 'discard' (pending
 * changes dropped: the row holds the published text again), 'restore', 'status', 'conflict'; 'proposal' is the
 * name older rows gave to pending saves.
 */
export const revisionKinds = ['create', 'save', 'pending', 'update', 'discard', 'conflict', 'restore', 'status', 'proposal'] as const;
export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    /** The variant's revision number this text became (for a conflict: the one it was based on). */
    revision: integer('revision').notNull(),
    kind: text('kind', { enum: revisionKinds }).notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: jsonb('body').notNull(),
    slug: text('slug').notNull(),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    status: text('status', { enum: articleStatuses }).notNull(),
    savedBy: text('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_revisions_variant_idx').on(t.articleId, t.locale, t.savedAt)],
);

// ---------------------------------------------------------------------------------------------------------
// The agency's own pages (lib/agency-pages.ts: about, contacts, advertising, terms, privacy, corrections), one row
// per page and language, written by admins (db/queries/pages.ts). No workflow: a save is what readers see.

export const pages = pgTable(
  'pages',
  {
    id: serial('id').primaryKey(),
    slug: text('slug', { enum: agencyPageSlugs }).notNull(),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    /** The same structured document as a story's body (ProseMirror JSON), rendered through the same allow-list. */
    body: jsonb('body').notNull(),
    /** Incremented on every save and restore: detects two admins editing the same page. */
    revision: integer('revision').notNull().default(1),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('pages_slug_locale_uq').on(t.slug, t.locale),
    check('pages_slug_known', sql`${t.slug} in ('about', 'contacts', 'advertising', 'terms', 'privacy', 'corrections')`),
  ],
);

/** Every save of a page, kept whole: 'create' (the first text), 'save', 'restore', 'conflict' (a save that lost a race). */
export const pageRevisionKinds = ['create', 'save', 'restore', 'conflict'] as const;
export type PageRevisionKind = (typeof pageRevisionKinds)[number];
export const pageRevisions = pgTable(
  'page_revisions',
  {
    id: serial('id').primaryKey(),
    pageId: integer('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    /** The page's revision this text became (for a conflict: the one it was based on). */
    revision: integer('revision').notNull(),
    kind: text('kind', { enum: pageRevisionKinds }).notNull(),
    title: text('title').notNull(),
    body: jsonb('body').notNull(),
    savedBy: text('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('page_revisions_page_idx').on(t.pageId, t.savedAt)],
);

export type User = typeof users.$inferSelect;

export const articlesRelations = relations(articles, ({ one, many }) => ({
  category: one(categories, { fields: [articles.categoryId], references: [categories.id] }),
  bureau: one(bureaus, { fields: [articles.bureauId], references: [bureaus.id] }),
  cover: one(media, { fields: [articles.coverMediaId], references: [media.id] }),
  translations: many(articleTranslations),
  gallery: many(articleGallery),
  tags: many(articleTags),
}));

export const articleTranslationsRelations = relations(articleTranslations, ({ one }) => ({
  article: one(articles, { fields: [articleTranslations.articleId], references: [articles.id] }),
}));

export const articleGalleryRelations = relations(articleGallery, ({ one }) => ({
  article: one(articles, { fields: [articleGallery.articleId], references: [articles.id] }),
  media: one(media, { fields: [articleGallery.mediaId], references: [media.id] }),
}));

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));

export const mediaRelations = relations(media, ({ many }) => ({
  translations: many(mediaTranslations),
}));

export const mediaTranslationsRelations = relations(mediaTranslations, ({ one }) => ({
  media: one(media, { fields: [mediaTranslations.mediaId], references: [media.id] }),
}));

export const categoriesRelations = relations(categories, ({ many }) => ({
  translations: many(categoryTranslations),
}));
export const categoryTranslationsRelations = relations(categoryTranslations, ({ one }) => ({
  category: one(categories, { fields: [categoryTranslations.categoryId], references: [categories.id] }),
}));
export const bureausRelations = relations(bureaus, ({ many }) => ({
  translations: many(bureauTranslations),
}));
export const bureauTranslationsRelations = relations(bureauTranslations, ({ one }) => ({
  bureau: one(bureaus, { fields: [bureauTranslations.bureauId], references: [bureaus.id] }),
}));
export const authorsRelations = relations(authors, ({ many }) => ({
  translations: many(authorTranslations),
}));
export const authorTranslationsRelations = relations(authorTranslations, ({ one }) => ({
  author: one(authors, { fields: [authorTranslations.authorId], references: [authors.id] }),
}));
export const tagsRelations = relations(tags, ({ many }) => ({
  translations: many(tagTranslations),
}));
export const tagTranslationsRelations = relations(tagTranslations, ({ one }) => ({
  tag: one(tags, { fields: [tagTranslations.tagId], references: [tags.id] }),
}));

export type Article = typeof articles.$inferSelect;
export type ArticleTranslation = typeof articleTranslations.$inferSelect;
export type Media = typeof media.$inferSelect;
