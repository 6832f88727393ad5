/**
 * RSS 2.0, sitemap, sitemap index and Google News sitemap documents, built as text from plain data. Every text
 * and attribute value goes through escapeXml (no CDATA), every URL is made absolute from `siteUrl`.
 * Pure: the data comes from db/queries/feeds.ts, the route handlers serve the result.
 *
 * Formats: RSS 2.0 (https://www.rssboard.org/rss-specification) with atom:link rel="self"; the Sitemaps protocol
 * 0.9 (https://www.sitemaps.org/protocol.html) with xhtml:link hreflang alternates; Google's News sitemap
 * extension. lib/xml-schemas/ holds the XSDs the tests validate against.
 */
import type { Locale } from '@/i18n/locales';
import { PUBLIC_PAGE } from '@/lib/cache-policy';

/** Reader URLs of the machine-readable lists, in one place (proxy.ts lets every `*.xml` path through untouched). */
export const feedPaths = {
  rss: (locale: Locale) => `/${locale}/rss.xml`,
  categoryRss: (locale: Locale, categorySlug: string) => `/${locale}/category/${categorySlug}/rss.xml`,
  sitemapIndex: () => '/sitemap.xml',
  /** A language's sitemap: file 1 (home, sections and the first stories), then /{locale}/sitemap/{n}.xml. */
  sitemap: (locale: Locale, file = 1) => (file > 1 ? `/${locale}/sitemap/${file}.xml` : `/${locale}/sitemap.xml`),
  newsSitemap: (locale: Locale) => `/${locale}/news-sitemap.xml`,
};

/** `alternates.types` metadata linking a page to its language's RSS feed (<link rel="alternate" type=...>). */
export function rssAlternateTypes(locale: Locale, title: string) {
  return { 'application/rss+xml': [{ url: feedPaths.rss(locale), title }] };
}

export const xmlContentTypes = {
  rss: 'application/rss+xml; charset=utf-8',
  sitemap: 'application/xml; charset=utf-8',
} as const;

/**
 * Escapes text for XML element content and attribute values. Characters XML 1.0 does not allow at all (C0
 * controls other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF) are dropped: no
 * escape can carry them, and one would make the whole document unreadable to a feed reader.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 822 date-time as RSS 2.0 wants it, in GMT: "Tue, 20 Jan 2026 11:40:00 GMT". */
export function rfc822(isoDate: string): string {
  return new Date(isoDate).toUTCString();
}

/** W3C Datetime (a profile of ISO 8601) in UTC with seconds: "2026-01-20T11:40:00Z". */
export function w3cDate(isoDate: string): string {
  return new Date(isoDate).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const absolute = (siteUrl: string, path: string) => `${siteUrl}${path}`;
const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const attrs = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

export type RssInput = {
  siteUrl: string;
  locale: Locale;
  /** Path of the feed itself (atom:link rel="self"). */
  selfPath: string;
  /** Path of the HTML page the feed mirrors (the home or category page). */
  pagePath: string;
  title: string;
  description: string;
  items: {
    path: string;
    title: string;
    lead: string;
    publishedAt: string;
    category: { name: string };
    cover: { path: string; bytes: number; mimeType: string } | null;
  }[];
};

/** An RSS 2.0 channel: items newest first as given, the cover photo as an enclosure. */
export function buildRss(input: RssInput): string {
  const { siteUrl } = input;
  const items = input.items.map((item) => {
    const url = absolute(siteUrl, item.path);
    return [
      '<item>',
      el('title', item.title),
      el('link', url),
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      el('pubDate', rfc822(item.publishedAt)),
      el('description', item.lead),
      el('category', item.category.name),
      item.cover
        ? `<enclosure${attrs({ url: absolute(siteUrl, item.cover.path), length: String(item.cover.bytes), type: item.cover.mimeType })}/>`
        : '',
      '</item>',
    ].join('');
  });
  const newest = input.items[0]?.publishedAt;
  return (
    PROLOG +
    `<rss version="2.0" xmlns:atom="${ATOM_NS}"><channel>` +
    el('title', input.title) +
    el('link', absolute(siteUrl, input.pagePath)) +
    el('description', input.description) +
    el('language', input.locale) +
    (newest ? el('lastBuildDate', rfc822(newest)) : '') +
    `<atom:link${attrs({ href: absolute(siteUrl, input.selfPath), rel: 'self', type: 'application/rss+xml' })}/>` +
    items.join('\n') +
    '</channel></rss>\n'
  );
}

export type SitemapIndexInput = { siteUrl: string; sitemaps: { path: string; lastmod: string | null }[] };

export function buildSitemapIndex(input: SitemapIndexInput): string {
  const entries = input.sitemaps.map(
    (m) => `<sitemap>${el('loc', absolute(input.siteUrl, m.path))}${m.lastmod ? el('lastmod', w3cDate(m.lastmod)) : ''}</sitemap>`,
  );
  return `${PROLOG}<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export type UrlsetInput = {
  siteUrl: string;
  entries: { path: string; lastmod: string | null; alternates: { hreflang: string; path: string }[] }[];
};

/** A sitemap whose URLs carry hreflang alternates (xhtml:link), as Google documents for localized pages. */
export function buildUrlset(input: UrlsetInput): string {
  const urls = input.entries.map(
    (e) =>
      '<url>' +
      el('loc', absolute(input.siteUrl, e.path)) +
      (e.lastmod ? el('lastmod', w3cDate(e.lastmod)) : '') +
      e.alternates.map((a) => `<xhtml:link${attrs({ rel: 'alternate', hreflang: a.hreflang, href: absolute(input.siteUrl, a.path) })}/>`).join('') +
      '</url>',
  );
  return `${PROLOG}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

export type NewsSitemapInput = {
  siteUrl: string;
  locale: Locale;
  publicationName: string;
  items: { path: string; title: string; publishedAt: string }[];
};

/** A Google News sitemap: publication name and language, publication date (W3C) and title per story. */
export function buildNewsSitemap(input: NewsSitemapInput): string {
  const urls = input.items.map(
    (item) =>
      '<url>' +
      el('loc', absolute(input.siteUrl, item.path)) +
      '<news:news><news:publication>' +
      el('news:name', input.publicationName) +
      el('news:language', input.locale) +
      '</news:publication>' +
      el('news:publication_date', w3cDate(item.publishedAt)) +
      el('news:title', item.title) +
      '</news:news></url>',
  );
  return `${PROLOG}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * robots.txt rules: the site is open; the newsroom (under every language prefix, and the unprefixed path that
 * redirects to it) and the API are not; the sitemap index is named.
 */
export function robotsRules(siteUrl: string, languages: readonly Locale[]) {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/dashboard', ...languages.map((l) => `/${l}/dashboard`)] }],
    sitemap: absolute(siteUrl, feedPaths.sitemapIndex()),
  };
}

/**
 * The response for a feed or sitemap. Shared caches may keep it but must ask again before reusing it: a story
 * is in the feeds the moment it is published (the data behind it is cached by Next and expired by tags).
 */
export function xmlResponse(xml: string, kind: keyof typeof xmlContentTypes): Response {
  return new Response(xml, {
    headers: { 'Content-Type': xmlContentTypes[kind], 'Cache-Control': PUBLIC_PAGE, 'X-Content-Type-Options': 'nosniff' },
  });
}

/** A plain 404 for an unknown language or category (no HTML page: these are machine-read URLs). */
export function xmlNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
