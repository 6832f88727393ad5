import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { SiteHeader } from '@/components/site-header';
import { StoryCard } from '@/components/story-card';
import { getCategoryPage } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
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
  const data = await getCategoryPage(locale, slug, page);
  if (!data || (page > 1 && page > data.stories.pageCount)) notFound();
  return { locale, slug, page, ...data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, slug, page, category, stories } = await load(props);
  const [t, tSite, tPage] = await Promise.all([
    getTranslations({ locale, namespace: 'Category' }),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Pagination' }),
  ]);
  return pageMetadata({
    locale,
    title: page > 1 ? `${category.name}, ${tPage('pageTitle', { page })}` : category.name,
    description: t('description', { category: category.name }),
    languages: Object.fromEntries(locales.map((l) => [l, paths.category(l, slug, page)])),
    xDefault: paths.category('ru', slug, page),
    image: stories.items[0]?.cover,
    siteName: tSite('name'),
  });
}

export default async function CategoryPage(props: Props) {
  const { locale, slug, page, category, stories } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Category' });
  return (
    <>
      <SiteHeader
        locale={locale}
        languages={Object.fromEntries(locales.map((l) => [l, paths.category(l, slug)]))}
        current={`category:${slug}`}
      />
      <main id="content" className="container listing">
        <h1>{category.name}</h1>
        {stories.items.length === 0 ? <p>{t('empty')}</p> : null}
        <div className="card-grid">
          {stories.items.map((story, i) => (
            <StoryCard key={story.id} locale={locale} story={story} headingLevel={2} priority={i < 2} />
          ))}
        </div>
        <Pagination locale={locale} page={page} pageCount={stories.pageCount} hrefFor={(p) => paths.category(locale, slug, p)} />
      </main>
    </>
  );
}
