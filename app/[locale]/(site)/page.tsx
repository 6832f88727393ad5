import type { Metadata } from 'next';
import Link from 'next/link';
import { LatestFeed } from '@/components/latest-feed';
import { MostRead } from '@/components/most-read';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { StoryCard } from '@/components/story-card';
import { getHomePage } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';

type Props = { params: Promise<{ locale: Locale }> };

/**
 * The top stories' photos: half the lead's column from 900px (app/globals.css, .home__top), a 7.5rem thumbnail
 * beside the headline below that.
 */
const TOP_SIZES = '(min-width: 1160px) 355px, (min-width: 900px) calc(33.3vw - 2rem), 120px';

const everyLanguage = Object.fromEntries(locales.map((l) => [l, paths.home(l)]));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Site' });
  const home = await getHomePage(locale);
  return pageMetadata({
    locale,
    title: `${t('name')} — ${t('tagline')}`,
    absoluteTitle: true,
    description: t('description'),
    languages: everyLanguage,
    image: home.lead?.cover,
    siteName: t('name'),
  });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, home] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getHomePage(locale)]);
  return (
    <>
      <SiteHeader locale={locale} languages={everyLanguage} />
      <main id="content" className="container home">
        <h1 className="visually-hidden">{t('title')}</h1>
        {home.lead ? (
          <section aria-label={t('leadStory')} className="home__lead">
            <StoryCard locale={locale} story={home.lead} variant="lead" headingLevel={2} priority />
          </section>
        ) : (
          <p>{t('empty')}</p>
        )}
        {home.top.length ? (
          <section aria-label={t('topStories')} className="home__top">
            {home.top.map((story) => (
              <StoryCard key={story.id} locale={locale} story={story} sizes={TOP_SIZES} />
            ))}
          </section>
        ) : null}
        {home.latest.length ? <LatestFeed locale={locale} stories={home.latest} /> : null}
        <MostRead locale={locale} />
        {home.exhibitions.length ? (
          <section aria-labelledby="exhibitions" className="home__section">
            <h2 id="exhibitions">
              <Link href={paths.exhibitions(locale)}>{t('exhibitions')}</Link>
            </h2>
            <div className="card-grid">
              {home.exhibitions.map((story) => (
                <StoryCard key={story.id} locale={locale} story={story} />
              ))}
            </div>
            <p className="more">
              <Link href={paths.exhibitions(locale)}>{t('allExhibitions')} →</Link>
            </p>
          </section>
        ) : null}
        {home.sections.map(({ category, stories }) => (
          <section key={category.slug} aria-labelledby={`section-${category.slug}`} className="home__section">
            <h2 id={`section-${category.slug}`}>
              <Link href={paths.category(locale, category.slug)}>{category.name}</Link>
            </h2>
            <div className="card-grid">
              {stories.map((story) => (
                <StoryCard key={story.id} locale={locale} story={story} />
              ))}
            </div>
            <p className="more">
              <Link href={paths.category(locale, category.slug)}>{t('allInCategory', { category: category.name })} →</Link>
            </p>
          </section>
        ))}
      </main>
    </>
  );
}
