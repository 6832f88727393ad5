import { getTranslations } from 'next-intl/server';
import { getFeed } from '@/db/queries/feeds';
import { isLocale } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildRss, feedPaths, xmlNotFound, xmlResponse } from '@/lib/feed-xml';
import { paths } from '@/lib/paths';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/** RSS 2.0 feed of one language: its newest stories. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return xmlNotFound();
  const [feed, t] = await Promise.all([getFeed(locale, null), getTranslations({ locale, namespace: 'Site' })]);
  if (!feed) return xmlNotFound();
  return xmlResponse(
    buildRss({
      siteUrl,
      locale,
      selfPath: feedPaths.rss(locale),
      pagePath: paths.home(locale),
      title: t('name'),
      description: t('description'),
      items: feed.items,
    }),
    'rss',
  );
}
