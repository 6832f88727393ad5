import { getSitemap } from '@/db/queries/feeds';
import { isLocale } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildUrlset, xmlNotFound, xmlResponse } from '@/lib/feed-xml';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/** One language's first sitemap file: home, categories and its first stories, with hreflang alternates. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return xmlNotFound();
  const sitemap = await getSitemap(locale, 1);
  if (!sitemap) return xmlNotFound();
  return xmlResponse(buildUrlset({ siteUrl, entries: sitemap.entries }), 'sitemap');
}
