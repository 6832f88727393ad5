/**
 * schema.org structured data (JSON-LD) for a story page: NewsArticle, BreadcrumbList and, for a photo exhibition,
 * ImageGallery. Pure builders: every URL they emit is absolute, built from `siteUrl` and lib/paths.ts, so the
 * JSON-LD names the same URLs as the canonical link and the hreflang alternates.
 * https://schema.org/NewsArticle · https://developers.google.com/search/docs/appearance/structured-data/article
 */
import type { Photo, StoryPage } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from './paths';

type JsonLd = Record<string, unknown>;

/** What the builders read of a story: the story page's data (db/queries/articles.ts). */
export type StructuredStory = Pick<
  StoryPage,
  'locale' | 'slug' | 'title' | 'lead' | 'publishedAt' | 'revisedAt' | 'authors' | 'byline' | 'bureau' | 'category' | 'cover' | 'gallery' | 'alternates'
>;

export type StructuredContext = {
  /** Absolute origin without a trailing slash (lib/config.ts siteUrl). */
  siteUrl: string;
  /** The portal's name: the publisher, and the first breadcrumb. */
  siteName: string;
  /** The publisher's logo: a path the portal serves (public/), with its size. */
  logo: { src: string; width: number; height: number };
  /**
   * The language the story was written in; its variant is the work the others translate. Russian is Bureau's
   * source language (articles.source_locale defaults to it).
   */
  sourceLocale: Locale;
  /** Name of the photo exhibition section ("Фотовыставка"), for the gallery's name. */
  galleryName: string;
};

/** The publisher's logo (public/bureau-logo.png): a wordmark, as Google asks of news publishers. */
export const publisherLogo = { src: '/bureau-logo.png', width: 600, height: 160 } as const;

const absolute = (siteUrl: string, path: string) => (/^https?:\/\//.test(path) ? path : `${siteUrl}${path}`);

const storyUrl = (ctx: StructuredContext, locale: Locale, slug: string) => absolute(ctx.siteUrl, paths.story(locale, slug));

const articleId = (url: string) => `${url}#article`;

function imageObject(ctx: StructuredContext, photo: Photo): JsonLd {
  return {
    '@type': 'ImageObject',
    url: absolute(ctx.siteUrl, photo.src),
    contentUrl: absolute(ctx.siteUrl, photo.src),
    width: photo.width,
    height: photo.height,
    ...(photo.caption || photo.alt ? { caption: photo.caption || photo.alt } : {}),
    ...(photo.credit ? { creditText: photo.credit } : {}),
  };
}

function publisher(ctx: StructuredContext): JsonLd {
  return {
    '@type': 'Organization',
    '@id': `${ctx.siteUrl}/#organization`,
    name: ctx.siteName,
    url: `${ctx.siteUrl}/`,
    logo: { '@type': 'ImageObject', url: absolute(ctx.siteUrl, ctx.logo.src), width: ctx.logo.width, height: ctx.logo.height },
  };
}

/**
 * Links between the language versions. The source variant lists the others as its translations
 * (`workTranslation`); a translation names the source variant (`translationOfWork`), which in turn lists the
 * other translations, so every published version is reachable from every other. When the source variant is not
 * published, nothing states what was translated from what, and no link is made.
 */
function translationLinks(story: StructuredStory, ctx: StructuredContext): JsonLd {
  const ref = (a: StructuredStory['alternates'][number]) => {
    const url = storyUrl(ctx, a.locale, a.slug);
    return { '@type': 'NewsArticle', '@id': articleId(url), url, inLanguage: a.locale, headline: a.title };
  };
  const others = story.alternates.filter((a) => a.locale !== story.locale);
  if (story.locale === ctx.sourceLocale) return others.length ? { workTranslation: others.map(ref) } : {};
  const source = others.find((a) => a.locale === ctx.sourceLocale);
  if (!source) return {};
  const siblings = others.filter((a) => a.locale !== ctx.sourceLocale);
  return { translationOfWork: { ...ref(source), ...(siblings.length ? { workTranslation: siblings.map(ref) } : {}) } };
}

export function newsArticleJsonLd(story: StructuredStory, ctx: StructuredContext): JsonLd {
  const url = storyUrl(ctx, story.locale, story.slug);
  const org = publisher(ctx);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleId(url),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: story.title,
    description: story.lead,
    inLanguage: story.locale,
    datePublished: story.publishedAt,
    dateModified: story.revisedAt ?? story.publishedAt,
    // A story without a named author is the agency's own.
    author: story.authors.length ? story.authors.map((a) => ({ '@type': 'Person', name: a.name })) : [{ '@type': 'Organization', name: ctx.siteName, url: org.url }],
    publisher: org,
    articleSection: story.category.name,
    ...(story.cover ? { image: [imageObject(ctx, story.cover)] } : {}),
    ...(story.bureau ? { locationCreated: { '@type': 'Place', name: story.bureau.name } } : {}),
    ...translationLinks(story, ctx),
  };
}

/** Home → section → story. */
export function breadcrumbJsonLd(story: StructuredStory, ctx: StructuredContext): JsonLd {
  const trail = [
    { name: ctx.siteName, path: paths.home(story.locale) },
    { name: story.category.name, path: paths.category(story.locale, story.category.slug) },
    { name: story.title, path: paths.story(story.locale, story.slug) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absolute(ctx.siteUrl, crumb.path),
    })),
  };
}

/** The story's photo exhibition, or null when it has none. Each photo also has a page of its own. */
export function imageGalleryJsonLd(story: StructuredStory, ctx: StructuredContext): JsonLd | null {
  if (story.gallery.length === 0) return null;
  const url = storyUrl(ctx, story.locale, story.slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'ImageGallery',
    '@id': `${url}#exhibition`,
    url,
    name: `${ctx.galleryName}: ${story.title}`,
    inLanguage: story.locale,
    isPartOf: { '@id': articleId(url) },
    associatedMedia: story.gallery.map((photo, i) => ({
      ...imageObject(ctx, photo),
      url: absolute(ctx.siteUrl, paths.photo(story.locale, story.slug, i + 1)),
      position: i + 1,
    })),
  };
}

/** Everything a story page emits, one object per `<script type="application/ld+json">`. */
export function storyJsonLd(story: StructuredStory, ctx: StructuredContext): JsonLd[] {
  const gallery = imageGalleryJsonLd(story, ctx);
  return [newsArticleJsonLd(story, ctx), breadcrumbJsonLd(story, ctx), ...(gallery ? [gallery] : [])];
}

/**
 * JSON for inside a <script> element. `<` is escaped so that no text (a headline with `</script>` or `<!--`)
 * can end the element early; `>` and `&` too, and the line separators U+2028/U+2029 that old parsers reject.
 * JSON.parse reads the escapes back as the same characters.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
