import { getSitemap } from '@/db/queries/feeds';
import { isLocale } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildUrlset, xmlNotFound, xmlResponse } from '@/lib/feed-xml';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/** One language's sitemap: home, categories and every story published in it, with hreflang alternates. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return xmlNotFound();
  const sitemap = await getSitemap(locale);
  return xmlResponse(buildUrlset({ siteUrl, entries: sitemap.entries }), 'sitemap');
}
