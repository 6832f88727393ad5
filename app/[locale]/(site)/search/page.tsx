import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { Pagination } from '@/components/pagination';
import { SearchBox } from '@/components/search-box';
import { SiteHeader } from '@/components/site-header';
import { listCategories } from '@/db/queries/articles';
import { searchFiltersSchema, searchStories } from '@/db/queries/search';
import { locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Results depend on the query string.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  // Result pages are not for search engines.
  return { title: t('title'), robots: { index: false, follow: true } };
}

const single = (query: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** Search in the page's language: a box that searches as you type, filters by section and date, ranked results. */
export default async function SearchPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const filters = searchFiltersSchema.parse(single(query));
  const [t, messages, format, results, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getMessages({ locale }),
    getFormatter({ locale }),
    searchStories(locale, filters),
    listCategories(locale),
  ]);
  const kept = { q: filters.q, category: filters.category ?? '', from: filters.from ?? '', to: filters.to ?? '' };
  const searched = filters.q.trim() !== '';
  return (
    <>
      <SiteHeader locale={locale} languages={Object.fromEntries(locales.map((l) => [l, paths.search(l, { q: filters.q })]))} current="search" />
      <main id="content" className="container search">
        <h1>{t('title')}</h1>
        <NextIntlClientProvider messages={{ Search: { box: messages.Search.box } }}>
          <SearchBox locale={locale} initial={kept} categories={categories.map((c) => ({ slug: c.slug, name: c.name }))} />
        </NextIntlClientProvider>
        <div aria-live="polite" className="search__results">
          {searched ? (
            <p className="search__count">
              {results.total === 0
                ? t('nothing', { q: filters.q.slice(0, 100) })
                : results.approximate
                  ? t('approximate', { count: results.total })
                  : results.capped
                    ? t('foundMany', { count: results.total })
                    : t('found', { count: results.total })}
            </p>
          ) : null}
          <ol className="search__hits">
            {results.hits.map((hit) => (
              <li key={hit.slug} className="search__hit">
                <h2>
                  <Link href={paths.story(locale, hit.slug)}>{hit.title}</Link>
                </h2>
                <p className="search__meta">
                  <Link href={paths.category(locale, hit.category.slug)}>{hit.category.name}</Link> ·{' '}
                  <time dateTime={hit.publishedAt}>{format.dateTime(new Date(hit.publishedAt), { dateStyle: 'medium' })}</time>
                </p>
                <p className="search__snippet">
                  {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </p>
              </li>
            ))}
          </ol>
        </div>
        <Pagination locale={locale} page={results.page} pageCount={results.pageCount} hrefFor={(page) => paths.search(locale, { ...kept, page: page > 1 ? String(page) : '' })} />
      </main>
    </>
  );
}
