import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ListingPage, listingMetadata } from '@/components/listing-page';
import { getLatest } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { parsePositiveInt, paths } from '@/lib/paths';

// The page number comes from the query string: rendered per request, from cached reads.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const page = parsePositiveInt(query.page, 1);
  if (page === null) notFound();
  const stories = await getLatest(locale, page);
  if (page > stories.pageCount) notFound();
  return { locale, stories, t: await getTranslations({ locale, namespace: 'Feed' }) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, stories, t } = await load(props);
  return listingMetadata({ locale, title: t('title'), description: t('description'), stories, hrefFor: paths.news });
}

/** The news feed: every story published in this language, newest first. */
export default async function NewsFeed(props: Props) {
  const { locale, stories, t } = await load(props);
  setRequestLocale(locale);
  return <ListingPage locale={locale} title={t('title')} emptyText={t('empty')} stories={stories} hrefFor={paths.news} current="news" />;
}
