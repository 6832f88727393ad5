import { getTranslations } from 'next-intl/server';
import { getFeed } from '@/db/queries/feeds';
import { isLocale } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { buildRss, feedPaths, xmlNotFound, xmlResponse } from '@/lib/feed-xml';
import { paths } from '@/lib/paths';
import { isValidSlug } from '@/lib/slug';

// Read at request time (the database is not opened during `next build`), from cached, tagged data.
export const dynamic = 'force-dynamic';

/** RSS 2.0 feed of one category in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !isValidSlug(slug)) return xmlNotFound();
  const feed = await getFeed(locale, slug);
  if (!feed?.category) return xmlNotFound();
  const [site, category] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Category' }),
  ]);
  return xmlResponse(
    buildRss({
      siteUrl,
      locale,
      selfPath: feedPaths.categoryRss(locale, slug),
      pagePath: paths.category(locale, slug),
      title: `${feed.category.name} — ${site('name')}`,
      description: category('description', { category: feed.category.name }),
      items: feed.items,
    }),
    'rss',
  );
}
