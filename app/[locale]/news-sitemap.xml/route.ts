import { getTranslations } from 'next-intl/server';
import { getNewsSitemap } from '@/db/queries/feeds';
import { isLocale } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildNewsSitemap, xmlNotFound, xmlResponse } from '@/lib/feed-xml';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/** One language's Google News sitemap: the stories published in it in the last two days. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return xmlNotFound();
  const [news, t] = await Promise.all([getNewsSitemap(locale), getTranslations({ locale, namespace: 'Site' })]);
  return xmlResponse(buildNewsSitemap({ siteUrl, locale, publicationName: t('name'), items: news.items }), 'sitemap');
}
