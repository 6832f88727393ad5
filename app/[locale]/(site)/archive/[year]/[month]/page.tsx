import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ListingPage, listingMetadata } from '@/components/listing-page';
import { getArchiveMonthPage } from '@/db/queries/listings';
import { locales, type Locale } from '@/i18n/locales';
import { parsePositiveInt, paths } from '@/lib/paths';

// The page number comes from the query string: rendered per request, from cached reads.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: Locale; year: string; month: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const [{ locale, year: yearParam, month: monthParam }, query] = await Promise.all([params, searchParams]);
  const page = parsePositiveInt(query.page, 1);
  // Only the canonical form (/2026/01): anything else, or an impossible or empty month, is a 404.
  if (page === null || !/^[0-9]{4}$/.test(yearParam) || !/^(0[1-9]|1[0-2])$/.test(monthParam)) notFound();
  const year = Number(yearParam);
  const month = Number(monthParam);
  const data = await getArchiveMonthPage(locale, year, month, page);
  if (!data || page > data.stories.pageCount) notFound();
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const monthLabel = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15));
  const hrefFor = (l: Locale, p: number) => paths.archive(l, year, month, p);
  // Languages without stories that month get the archive's list of months instead of a 404.
  const languages = Object.fromEntries(locales.map((l) => [l, data.locales.includes(l) ? hrefFor(l, 1) : paths.archive(l)]));
  return { locale, hrefFor, languages, t, monthLabel, ...data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, stories, hrefFor, t, monthLabel, locales: present } = await load(props);
  return listingMetadata({
    locale,
    title: t('monthTitle', { month: monthLabel }),
    description: t('monthDescription', { month: monthLabel }),
    listing: { kind: 'numbered', stories, hrefFor },
    locales: present,
  });
}

export default async function ArchiveMonthPage(props: Props) {
  const { locale, stories, hrefFor, languages, t, monthLabel } = await load(props);
  setRequestLocale(locale);
  return (
    <ListingPage
      locale={locale}
      title={t('monthTitle', { month: monthLabel })}
      emptyText={t('empty')}
      listing={{ kind: 'numbered', stories, hrefFor }}
      languages={languages}
      current="archive"
    >
      <p>
        <Link href={paths.archive(locale)}>{t('backToArchive')}</Link>
      </p>
    </ListingPage>
  );
}
