import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ListingPage, listingMetadata } from '@/components/listing-page';
import { getAuthorPage } from '@/db/queries/listings';
import type { Locale } from '@/i18n/locales';
import { parsePositiveInt, paths } from '@/lib/paths';
import { isValidSlug } from '@/lib/slug';

// The page number comes from the query string: rendered per request, from cached reads.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePositiveInt(query.page, 1);
  if (page === null || !isValidSlug(slug)) notFound();
  const data = await getAuthorPage(locale, slug, page);
  if (!data || page > data.stories.pageCount) notFound();
  const t = await getTranslations({ locale, namespace: 'Listings' });
  const hrefFor = (l: Locale, p: number) => paths.author(l, slug, p);
  return { locale, slug, hrefFor, t, title: data.subject.name, ...data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, subject, stories, hrefFor, t, title } = await load(props);
  return listingMetadata({ locale, title, description: t('authorDescription', { author: subject.name }), stories, hrefFor });
}

export default async function AuthorPage(props: Props) {
  const { locale, slug, stories, hrefFor, t, title } = await load(props);
  setRequestLocale(locale);
  return <ListingPage locale={locale} title={title} emptyText={t('empty')} stories={stories} hrefFor={hrefFor} current={`author:${slug}`} />;
}
