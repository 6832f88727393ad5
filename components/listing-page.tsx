import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { KeysetPage, Paged, StoryCard as Story } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { KeysetPagination } from './keyset-pagination';
import { Pagination } from './pagination';
import { SiteHeader } from './site-header';
import { StoryCard } from './story-card';

/**
 * A listing's stories and how it pages: by cursor (news feed, sections, Photo, tags, authors, bureaus; the first
 * page has the plain URL, hrefFor(locale, null)) or by page number (the archive's months, hrefFor(locale, 1)).
 */
export type Listing =
  | { kind: 'keyset'; stories: KeysetPage<Story>; hrefFor: (locale: Locale, cursor: string | null) => string }
  | { kind: 'numbered'; stories: Paged<Story>; hrefFor: (locale: Locale, page: number) => string };

const firstPage = (listing: Listing, locale: Locale) => (listing.kind === 'keyset' ? listing.hrefFor(locale, null) : listing.hrefFor(locale, 1));
const thisPage = (listing: Listing, locale: Locale) =>
  listing.kind === 'keyset' ? listing.hrefFor(locale, listing.stories.cursor) : listing.hrefFor(locale, listing.stories.page);
/** Whether this is a later page than the first. */
const isLater = (listing: Listing) => (listing.kind === 'keyset' ? listing.stories.cursor !== null : listing.stories.page > 1);

type Props = {
  locale: Locale;
  title: string;
  emptyText: string;
  listing: Listing;
  current: string;
  /** The language switcher's links, when not every language has this list (default: the first page in every language). */
  languages?: Partial<Record<Locale, string>>;
  /** Shown under the title (e.g. a link back to the archive). */
  children?: ReactNode;
};

/** A paginated list of story cards under the masthead. */
export function ListingPage({ locale, title, emptyText, listing, current, languages, children }: Props) {
  const { stories } = listing;
  return (
    <>
      <SiteHeader locale={locale} languages={languages ?? Object.fromEntries(locales.map((l) => [l, firstPage(listing, l)]))} current={current} />
      <main id="content" className="container listing">
        <h1>{title}</h1>
        {children}
        {stories.items.length === 0 ? <p>{emptyText}</p> : null}
        <div className="card-grid">
          {stories.items.map((story, i) => (
            <StoryCard key={story.id} locale={locale} story={story} headingLevel={2} priority={i < 2} />
          ))}
        </div>
        {listing.kind === 'keyset' ? (
          <KeysetPagination
            locale={locale}
            newerHref={listing.stories.newer === undefined ? null : listing.hrefFor(locale, listing.stories.newer)}
            olderHref={listing.stories.older ? listing.hrefFor(locale, listing.stories.older) : null}
          />
        ) : (
          <Pagination locale={locale} page={listing.stories.page} pageCount={listing.stories.pageCount} hrefFor={(p) => listing.hrefFor(locale, p)} />
        )}
      </main>
    </>
  );
}

export async function listingMetadata(input: {
  locale: Locale;
  title: string;
  description: string;
  listing: Listing;
  /** The languages this list exists in (default: every language). */
  locales?: readonly Locale[];
}): Promise<Metadata> {
  const { locale, listing } = input;
  const [tSite, tPage] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Pagination' }),
  ]);
  const present = input.locales ?? locales;
  const later = isLater(listing);
  // An older page's stories differ between languages: it has no alternates, only itself.
  const languages =
    later && listing.kind === 'keyset'
      ? { [locale]: thisPage(listing, locale) }
      : Object.fromEntries(present.map((l) => [l, thisPage(listing, l)]));
  return pageMetadata({
    locale,
    title: !later
      ? input.title
      : listing.kind === 'keyset'
        ? `${input.title}, ${tPage('olderTitle')}`
        : `${input.title}, ${tPage('pageTitle', { page: listing.stories.page })}`,
    description: input.description,
    languages,
    xDefault: later && listing.kind === 'keyset' ? thisPage(listing, locale) : thisPage(listing, present.includes('ru') ? 'ru' : locale),
    image: listing.stories.items[0]?.cover,
    siteName: tSite('name'),
  });
}
