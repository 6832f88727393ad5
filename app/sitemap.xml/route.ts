import { getNewsSitemap, getSitemap } from '@/db/queries/feeds';
import { locales } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildSitemapIndex, feedPaths, xmlResponse } from '@/lib/feed-xml';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/**
 * The sitemap index: each language's sitemap, and its Google News sitemap while it has stories (a sitemap with
 * no URL is not valid against the protocol's schema, so an empty news sitemap is left out until it has one).
 */
export async function GET() {
  const perLanguage = await Promise.all(
    locales.map(async (locale) => {
      const [sitemap, news] = await Promise.all([getSitemap(locale), getNewsSitemap(locale)]);
      return [
        { path: feedPaths.sitemap(locale), lastmod: sitemap.lastmod },
        ...(news.items.length ? [{ path: feedPaths.newsSitemap(locale), lastmod: news.items[0]!.publishedAt }] : []),
      ];
    }),
  );
  return xmlResponse(buildSitemapIndex({ siteUrl, sitemaps: perLanguage.flat() }), 'sitemap');
}
