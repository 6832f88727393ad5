import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { getArchiveMonths, type ArchiveMonth } from '@/db/queries/listings';
import { locales, type Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';

// Rendered per request from a cached read (the database is not opened at build time).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

/** A month's name in the language, as a list item shows it ("Январь", "yanvar" → "Yanvar", "January"). */
function monthName(locale: Locale, month: number): string {
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 15));
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function byYear(months: ArchiveMonth[]): [number, ArchiveMonth[]][] {
  const years = new Map<number, ArchiveMonth[]>();
  for (const m of months) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  return [...years];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, tSite] = await Promise.all([
    getTranslations({ locale, namespace: 'Archive' }),
    getTranslations({ locale, namespace: 'Site' }),
  ]);
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('description'),
    languages: Object.fromEntries(locales.map((l) => [l, paths.archive(l)])),
    siteName: tSite('name'),
  });
}

/** The archive: every month with stories in this language, newest first, with how many. */
export default async function ArchivePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, months] = await Promise.all([getTranslations({ locale, namespace: 'Archive' }), getArchiveMonths(locale)]);
  return (
    <>
      <SiteHeader locale={locale} languages={Object.fromEntries(locales.map((l) => [l, paths.archive(l)]))} current="archive" />
      <main id="content" className="container listing archive">
        <h1>{t('title')}</h1>
        {months.length === 0 ? <p>{t('empty')}</p> : null}
        {byYear(months).map(([year, list]) => (
          <section key={year} aria-labelledby={`archive-${year}`}>
            <h2 id={`archive-${year}`}>{year}</h2>
            <ul className="archive__months">
              {list.map((m) => (
                <li key={m.month}>
                  <Link href={paths.archive(locale, m.year, m.month)}>{monthName(locale, m.month)}</Link>{' '}
                  <span className="archive__count">{t('storyCount', { count: m.count })}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
