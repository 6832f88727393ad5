import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { SiteHeader } from '@/components/site-header';
import { StoryCard } from '@/components/story-card';
import { getLatest } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
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
  if (page > 1 && page > stories.pageCount) notFound();
  return { locale, page, stories };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page, stories } = await load(props);
  const [t, tSite, tPage] = await Promise.all([
    getTranslations({ locale, namespace: 'Feed' }),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Pagination' }),
  ]);
  return pageMetadata({
    locale,
    title: page > 1 ? `${t('title')}, ${tPage('pageTitle', { page })}` : t('title'),
    description: t('description'),
    languages: Object.fromEntries(locales.map((l) => [l, paths.news(l, page)])),
    xDefault: paths.news('ru', page),
    image: stories.items[0]?.cover,
    siteName: tSite('name'),
  });
}

/** The news feed: every story published in this language, newest first. */
export default async function NewsFeed(props: Props) {
  const { locale, page, stories } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Feed' });
  return (
    <>
      <SiteHeader locale={locale} languages={Object.fromEntries(locales.map((l) => [l, paths.news(l)]))} current="news" />
      <main id="content" className="container listing">
        <h1>{t('title')}</h1>
        {stories.items.length === 0 ? <p>{t('empty')}</p> : null}
        <div className="card-grid">
          {stories.items.map((story, i) => (
            <StoryCard key={story.id} locale={locale} story={story} headingLevel={2} priority={i < 2} />
          ))}
        </div>
        <Pagination locale={locale} page={page} pageCount={stories.pageCount} hrefFor={(p) => paths.news(locale, p)} />
      </main>
    </>
  );
}
