/**
 * Test helpers (vitest and Playwright): validate Bureau's sitemaps against the XSDs in this folder with libxml2
 * (xmllint-wasm: libxml2 compiled to WebAssembly, no native build, no network), check RSS 2.0 documents, which
 * have no official schema, structurally, and parse any of them with fast-xml-parser for assertions.
 * Not imported by the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';

const dir = path.join(__dirname);
const file = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(dir, name), 'utf8') });

/** Schema entry points: a sitemap with its extensions (urlset.xsd imports the rest), a sitemap index. */
const schemas = {
  urlset: () => ({ schema: file('urlset.xsd'), preload: ['sitemap.xsd', 'xhtml-link.xsd', 'sitemap-news.xsd'].map(file) }),
  sitemapindex: () => ({ schema: file('siteindex.xsd'), preload: [] }),
};

/** libxml2's schema errors for the document (empty when valid). */
export async function xsdErrors(kind: keyof typeof schemas, xml: string): Promise<string[]> {
  const { schema, preload } = schemas[kind]();
  const result = await validateXML({ xml: { fileName: 'document.xml', contents: xml }, schema, preload });
  if (result.valid) return [];
  return result.errors.length ? result.errors.map((e) => e.message) : [result.rawOutput || 'invalid'];
}

/** Element names that may repeat, so they always parse as arrays. */
const REPEATED = new Set(['url', 'sitemap', 'item', 'xhtml:link', 'category']);

/** Parses well-formed XML into plain objects: attributes as `@_name`, text as `#text` when an element has both. */
export function parseXml(xml: string): Record<string, unknown> {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) throw new Error(`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as Obj)['#text'] === 'string' ? ((value as Obj)['#text'] as string) : undefined;

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

export type RssItem = { title: string; link: string; guid: string; pubDate: string; description: string; categories: string[]; enclosure: { url: string; length: string; type: string } | null };
export type RssChannel = { title: string; link: string; description: string; language: string; self: string; items: RssItem[] };

/**
 * Checks an RSS 2.0 document the way a strict feed validator would for the parts Bureau uses: the rss root with
 * version 2.0 and the Atom namespace, one channel with title, link, description, language and atom:link
 * rel="self"; items with title, absolute link, permalink guid equal to the link, RFC 822 pubDate, description,
 * category, and an enclosure with an absolute url, a positive length and an image type. Throws with every
 * problem found; returns the parsed channel.
 */
export function checkRss(xml: string, expected: { siteUrl: string; language: string; self: string }): RssChannel {
  const problems: string[] = [];
  const need = (ok: unknown, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const doc = parseXml(xml);
  const rss = doc.rss as Obj | undefined;
  if (!rss) throw new Error('no <rss> root');
  need(rss['@_version'] === '2.0', 'rss version is not 2.0');
  need(rss['@_xmlns:atom'] === 'http://www.w3.org/2005/Atom', 'the Atom namespace is not declared');
  need(!Array.isArray(rss.channel) && rss.channel, 'there must be exactly one channel');
  const channel = (rss.channel ?? {}) as Obj;
  const absolute = (url: string | undefined) => typeof url === 'string' && url.startsWith(`${expected.siteUrl}/`);
  for (const name of ['title', 'link', 'description', 'language']) need(text(channel[name]), `channel has no <${name}>`);
  need(text(channel.language) === expected.language, `channel language is ${String(text(channel.language))}, not ${expected.language}`);
  need(absolute(text(channel.link)), 'channel link is not absolute');
  const self = channel['atom:link'] as Obj | undefined;
  need(self && self['@_rel'] === 'self' && self['@_href'] === expected.self && self['@_type'] === 'application/rss+xml', 'atom:link rel="self" is missing or wrong');
  if (channel.lastBuildDate !== undefined) need(RFC822.test(text(channel.lastBuildDate) ?? ''), 'lastBuildDate is not RFC 822');

  const items = ((channel.item as Obj[] | undefined) ?? []).map((item, i): RssItem => {
    const at = `item ${i + 1}`;
    for (const name of ['title', 'link', 'guid', 'pubDate', 'description']) need(text(item[name]) !== undefined, `${at} has no <${name}>`);
    const link = text(item.link) ?? '';
    const guid = item.guid as Obj | string | undefined;
    need(absolute(link), `${at}: link is not absolute`);
    need(typeof guid === 'object' && guid['@_isPermaLink'] === 'true' && text(guid) === link, `${at}: guid is not a permalink equal to the link`);
    const pubDate = text(item.pubDate) ?? '';
    need(RFC822.test(pubDate) && !Number.isNaN(Date.parse(pubDate)), `${at}: pubDate "${pubDate}" is not RFC 822`);
    const categories = ((item.category as unknown[] | undefined) ?? []).map((c) => text(c) ?? '');
    need(categories.length > 0 && categories.every(Boolean), `${at} has no category`);
    const enclosure = item.enclosure as Obj | undefined;
    if (enclosure) {
      need(absolute(enclosure['@_url'] as string), `${at}: enclosure url is not absolute`);
      need(/^[1-9]\d*$/.test(String(enclosure['@_length'])), `${at}: enclosure length is not a positive byte count`);
      need(/^image\/(jpeg|webp|png|avif)$/.test(String(enclosure['@_type'])), `${at}: enclosure type is not an image type`);
    }
    return {
      title: text(item.title) ?? '',
      link,
      guid: text(guid) ?? '',
      pubDate,
      description: text(item.description) ?? '',
      categories,
      enclosure: enclosure ? { url: String(enclosure['@_url']), length: String(enclosure['@_length']), type: String(enclosure['@_type']) } : null,
    };
  });
  if (problems.length) throw new Error(`invalid RSS:\n- ${problems.join('\n- ')}`);
  return {
    title: text(channel.title)!,
    link: text(channel.link)!,
    description: text(channel.description)!,
    language: text(channel.language)!,
    self: String(self!['@_href']),
    items,
  };
}

export type SitemapUrl = { loc: string; lastmod: string | undefined; alternates: { hreflang: string; href: string }[]; news: { name: string; language: string; publicationDate: string; title: string } | null };

/**
 * The URLs of a sitemap (with their hreflang alternates and news entries), after XSD validation. The schema
 * wants at least one <url>; `allowEmpty` accepts a well-formed empty urlset (a news sitemap with nothing recent).
 */
export async function readSitemap(xml: string, options: { allowEmpty?: boolean } = {}): Promise<SitemapUrl[]> {
  const urlset = parseXml(xml).urlset as Obj | undefined;
  if (!urlset || typeof urlset !== 'object') throw new Error('no <urlset> root');
  const empty = urlset.url === undefined;
  const errors = empty && options.allowEmpty ? [] : await xsdErrors('urlset', xml);
  if (errors.length) throw new Error(`sitemap is not valid against its schemas:\n- ${errors.join('\n- ')}`);
  return ((urlset.url as Obj[] | undefined) ?? []).map((url) => {
    const news = url['news:news'] as Obj | undefined;
    const publication = news?.['news:publication'] as Obj | undefined;
    return {
      loc: text(url.loc)!,
      lastmod: text(url.lastmod),
      alternates: ((url['xhtml:link'] as Obj[] | undefined) ?? []).map((l) => ({ hreflang: String(l['@_hreflang']), href: String(l['@_href']) })),
      news: news
        ? {
            name: text(publication?.['news:name']) ?? '',
            language: text(publication?.['news:language']) ?? '',
            publicationDate: text(news['news:publication_date']) ?? '',
            title: text(news['news:title']) ?? '',
          }
        : null,
    };
  });
}

/** The sitemaps a sitemap index lists, after XSD validation. */
export async function readSitemapIndex(xml: string): Promise<{ loc: string; lastmod: string | undefined }[]> {
  const errors = await xsdErrors('sitemapindex', xml);
  if (errors.length) throw new Error(`sitemap index is not valid against its schema:\n- ${errors.join('\n- ')}`);
  const index = parseXml(xml).sitemapindex as Obj;
  return ((index.sitemap as Obj[] | undefined) ?? []).map((m) => ({ loc: text(m.loc)!, lastmod: text(m.lastmod) }));
}
