import { describe, expect, it } from 'vitest';
import {
  buildNewsSitemap,
  buildRss,
  buildSitemapIndex,
  buildUrlset,
  escapeXml,
  rfc822,
  robotsRules,
  w3cDate,
  type RssInput,
} from './feed-xml';
import { checkRss, parseXml, readSitemap, readSitemapIndex, xsdErrors } from './xml-schemas/validate';

const siteUrl = 'https://bureau.example';
const hostile = `Bold <b>&amp; "quoted" 'single' </title><script>alert(1)</script> ]]> \u0001\u000b end`;
const cleaned = `Bold <b>&amp; "quoted" 'single' </title><script>alert(1)</script> ]]>  end`;

const rssInput = (items: RssInput['items']): RssInput => ({
  siteUrl,
  locale: 'az',
  selfPath: '/az/rss.xml',
  pagePath: '/az',
  title: 'Bureau',
  description: 'Xəbərlər & şəkillər',
  items,
});
const item = (over: Partial<RssInput['items'][number]> = {}): RssInput['items'][number] => ({
  path: '/az/news/seher-xeberleri',
  title: 'Şəhər xəbərləri',
  lead: 'Lid',
  publishedAt: '2026-01-20T11:40:00.000Z',
  category: { name: 'Cəmiyyət' },
  cover: { path: '/media/ab/abcdef.jpg', bytes: 123456, mimeType: 'image/jpeg' },
  ...over,
});

describe('escaping and dates', () => {
  it('escapes every markup character and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\td\ne\uFFFEf😀')).toBe('ab' + 'c\td\nef😀');
  });

  it('writes RFC 822 dates for RSS and W3C dates for sitemaps, in UTC', () => {
    expect(rfc822('2026-01-20T15:40:00+04:00')).toBe('Tue, 20 Jan 2026 11:40:00 GMT');
    expect(w3cDate('2026-01-20T15:40:00.123+04:00')).toBe('2026-01-20T11:40:00Z');
  });
});

describe('RSS 2.0', () => {
  it('is well-formed and carries hostile text exactly, escaped, without CDATA', () => {
    const xml = buildRss(rssInput([item({ title: hostile, lead: hostile, category: { name: hostile } })]));
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).not.toContain('<script>');
    const channel = checkRss(xml, { siteUrl, language: 'az', self: `${siteUrl}/az/rss.xml` });
    expect(channel.description).toBe('Xəbərlər & şəkillər');
    expect(channel.items[0]).toMatchObject({ title: cleaned, description: cleaned, categories: [cleaned] });
  });

  it('has absolute links, a permalink guid, an RFC 822 date and the cover as an enclosure with its byte size', () => {
    const channel = checkRss(buildRss(rssInput([item(), item({ path: '/az/news/ikinci', cover: null })])), {
      siteUrl,
      language: 'az',
      self: `${siteUrl}/az/rss.xml`,
    });
    expect(channel.link).toBe(`${siteUrl}/az`);
    expect(channel.items).toHaveLength(2);
    expect(channel.items[0]).toMatchObject({
      link: `${siteUrl}/az/news/seher-xeberleri`,
      guid: `${siteUrl}/az/news/seher-xeberleri`,
      pubDate: 'Tue, 20 Jan 2026 11:40:00 GMT',
      enclosure: { url: `${siteUrl}/media/ab/abcdef.jpg`, length: '123456', type: 'image/jpeg' },
    });
    expect(channel.items[1]!.enclosure).toBeNull();
  });

  it('the structural check fails on what a feed reader would reject', () => {
    const good = buildRss(rssInput([item()]));
    const expected = { siteUrl, language: 'az', self: `${siteUrl}/az/rss.xml` };
    expect(() => checkRss(good.replace('<language>az</language>', ''), expected)).toThrow(/no <language>/);
    expect(() => checkRss(good.replace('Tue, 20 Jan 2026 11:40:00 GMT', '2026-01-20T11:40:00Z'), expected)).toThrow(/RFC 822/);
    expect(() => checkRss(good.replace(`<link>${siteUrl}/az/news`, '<link>/az/news'), expected)).toThrow(/not absolute/);
    expect(() => checkRss(good.replace('length="123456"', 'length="0"'), expected)).toThrow(/positive byte count/);
    expect(() => checkRss(good.replace('</channel>', '<title>x</channel>'), expected)).toThrow(/well-formed/);
  });
});

describe('sitemaps against their XML schemas', () => {
  const entries = [
    {
      path: '/ru/news/gorod',
      lastmod: '2026-01-20T11:40:00.000Z',
      alternates: [
        { hreflang: 'ru', path: '/ru/news/gorod' },
        { hreflang: 'az', path: '/az/news/seher' },
        { hreflang: 'x-default', path: '/ru/news/gorod' },
      ],
    },
    { path: `/ru/news/${encodeURIComponent('a&b')}`, lastmod: null, alternates: [] },
  ];

  it('a language sitemap with hreflang alternates is valid', async () => {
    const xml = buildUrlset({ siteUrl, entries });
    expect(await xsdErrors('urlset', xml)).toEqual([]);
    const urls = await readSitemap(xml);
    expect(urls[0]).toEqual({
      loc: `${siteUrl}/ru/news/gorod`,
      lastmod: '2026-01-20T11:40:00Z',
      alternates: [
        { hreflang: 'ru', href: `${siteUrl}/ru/news/gorod` },
        { hreflang: 'az', href: `${siteUrl}/az/news/seher` },
        { hreflang: 'x-default', href: `${siteUrl}/ru/news/gorod` },
      ],
      news: null,
    });
  });

  it('a Google News sitemap is valid', async () => {
    const xml = buildNewsSitemap({ siteUrl, locale: 'ru', publicationName: 'Bureau', items: [{ path: '/ru/news/gorod', title: hostile, publishedAt: '2026-01-20T11:40:00Z' }] });
    expect(await xsdErrors('urlset', xml)).toEqual([]);
    const [url] = await readSitemap(xml);
    expect(url!.news).toEqual({ name: 'Bureau', language: 'ru', publicationDate: '2026-01-20T11:40:00Z', title: cleaned });
  });

  it('a sitemap index is valid', async () => {
    const xml = buildSitemapIndex({ siteUrl, sitemaps: [{ path: '/ru/sitemap.xml', lastmod: '2026-01-20T11:40:00Z' }, { path: '/ru/news-sitemap.xml', lastmod: null }] });
    expect(await readSitemapIndex(xml)).toEqual([
      { loc: `${siteUrl}/ru/sitemap.xml`, lastmod: '2026-01-20T11:40:00Z' },
      { loc: `${siteUrl}/ru/news-sitemap.xml`, lastmod: undefined },
    ]);
  });

  it('the schemas reject broken documents', async () => {
    const urlset = buildUrlset({ siteUrl, entries });
    expect(await xsdErrors('urlset', urlset.replace('2026-01-20T11:40:00Z', 'yesterday'))).not.toEqual([]);
    expect(await xsdErrors('urlset', urlset.replace('hreflang="az"', 'lang="az"'))).not.toEqual([]);
    expect(await xsdErrors('urlset', urlset.replace('<xhtml:link rel="alternate"', '<xhtml:meta rel="alternate"'))).not.toEqual([]);
    const news = buildNewsSitemap({ siteUrl, locale: 'ru', publicationName: 'Bureau', items: [{ path: '/ru/news/gorod', title: 'T', publishedAt: '2026-01-20T11:40:00Z' }] });
    expect(await xsdErrors('urlset', news.replace(/<news:publication>.*<\/news:publication>/, ''))).not.toEqual([]);
    expect(await xsdErrors('urlset', news.replace('2026-01-20T11:40:00Z', '20.01.2026'))).not.toEqual([]);
    expect(await xsdErrors('urlset', news.replace('<news:language>ru</news:language>', '<news:language>Russian</news:language>'))).not.toEqual([]);
    const index = buildSitemapIndex({ siteUrl, sitemaps: [{ path: '/ru/sitemap.xml', lastmod: null }] });
    expect(await xsdErrors('sitemapindex', index.replace(`${siteUrl}/ru/sitemap.xml`, '/s.xml'))).not.toEqual([]);
    expect(await xsdErrors('sitemapindex', urlset)).not.toEqual([]);
  });

  it('an empty sitemap is not valid against the protocol schema', async () => {
    const empty = buildNewsSitemap({ siteUrl, locale: 'en', publicationName: 'Bureau', items: [] });
    expect(await xsdErrors('urlset', empty)).not.toEqual([]);
    expect(await readSitemap(empty, { allowEmpty: true })).toEqual([]);
    expect(parseXml(empty).urlset).toBeTruthy();
  });
});

describe('robots.txt', () => {
  it('opens the site, closes the newsroom in every language and the API, and names the sitemap index', () => {
    expect(robotsRules(siteUrl, ['ru', 'az', 'en'])).toEqual({
      rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/dashboard', '/ru/dashboard', '/az/dashboard', '/en/dashboard'] }],
      sitemap: `${siteUrl}/sitemap.xml`,
    });
  });
});
