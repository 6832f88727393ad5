import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Paged, StoryCard as Story } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { Pagination } from './pagination';
import { SiteHeader } from './site-header';
import { StoryCard } from './story-card';

/** A listing's URL for a language and page (the news feed, a category, the Photo section). */
type HrefFor = (locale: Locale, page: number) => string;

type Props = {
  locale: Locale;
  title: string;
  emptyText: string;
  stories: Paged<Story>;
  hrefFor: HrefFor;
  current: string;
  /** The language switcher's links, when not every language has this list (default: hrefFor in every language). */
  languages?: Partial<Record<Locale, string>>;
  /** Shown under the title (e.g. a link back to the archive). */
  children?: ReactNode;
};

/** A paginated list of story cards under the masthead. */
export function ListingPage({ locale, title, emptyText, stories, hrefFor, current, languages, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} languages={languages ?? Object.fromEntries(locales.map((l) => [l, hrefFor(l, 1)]))} current={current} />
      <main id="content" className="container listing">
        <h1>{title}</h1>
        {children}
        {stories.items.length === 0 ? <p>{emptyText}</p> : null}
        <div className="card-grid">
          {stories.items.map((story, i) => (
            <StoryCard key={story.id} locale={locale} story={story} headingLevel={2} priority={i < 2} />
          ))}
        </div>
        <Pagination locale={locale} page={stories.page} pageCount={stories.pageCount} hrefFor={(p) => hrefFor(locale, p)} />
      </main>
    </>
  );
}

export async function listingMetadata(input: {
  locale: Locale;
  title: string;
  description: string;
  stories: Paged<Story>;
  hrefFor: HrefFor;
  /** The languages this list exists in (default: every language). */
  locales?: readonly Locale[];
}): Promise<Metadata> {
  const { locale, stories, hrefFor } = input;
  const [tSite, tPage] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Pagination' }),
  ]);
  return pageMetadata({
    locale,
    title: stories.page > 1 ? `${input.title}, ${tPage('pageTitle', { page: stories.page })}` : input.title,
    description: input.description,
    languages: Object.fromEntries((input.locales ?? locales).map((l) => [l, hrefFor(l, stories.page)])),
    xDefault: hrefFor((input.locales ?? locales).includes('ru') ? 'ru' : locale, stories.page),
    image: stories.items[0]?.cover,
    siteName: tSite('name'),
  });
}
