import { getNewsSitemap, getSitemap, getSitemapFiles } from '@/db/queries/feeds';
import { locales } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildSitemapIndex, feedPaths, xmlResponse } from '@/lib/feed-xml';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/**
 * The sitemap index: each language's sitemap files (SITEMAP_STORIES_PER_FILE stories each), and its Google News sitemap while it has stories (a sitemap with
 * no URL is not valid against the protocol's schema, so an empty news sitemap is left out until it has one).
 */
export async function GET() {
  const perLanguage = await Promise.all(
    locales.map(async (locale) => {
      const [sitemap, files, news] = await Promise.all([getSitemap(locale, 1), getSitemapFiles(locale), getNewsSitemap(locale)]);
      return [
        { path: feedPaths.sitemap(locale), lastmod: sitemap?.lastmod ?? null },
        // Later files: no lastmod here (it would mean reading every story of every file to write the index).
        ...files.filter((file) => file > 1).map((file) => ({ path: feedPaths.sitemap(locale, file), lastmod: null })),
        ...(news.items.length ? [{ path: feedPaths.newsSitemap(locale), lastmod: news.items[0]!.publishedAt }] : []),
      ];
    }),
  );
  return xmlResponse(buildSitemapIndex({ siteUrl, sitemaps: perLanguage.flat() }), 'sitemap');
}
