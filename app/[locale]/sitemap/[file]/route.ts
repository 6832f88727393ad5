import { getSitemap } from '@/db/queries/feeds';
import { isLocale } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildUrlset, xmlNotFound, xmlResponse } from '@/lib/feed-xml';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/** One language's later sitemap files, /{locale}/sitemap/{n}.xml (n ≥ 2): the stories of one id range. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const match = /^([2-9]|[1-9][0-9]{1,4})\.xml$/.exec(file);
  if (!isLocale(locale) || !match) return xmlNotFound();
  const sitemap = await getSitemap(locale, Number(match[1]));
  if (!sitemap) return xmlNotFound();
  return xmlResponse(buildUrlset({ siteUrl, entries: sitemap.entries }), 'sitemap');
}
