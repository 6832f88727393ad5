/**
 * Every cache tag Bureau uses, from one module. Reader reads are tagged with what they show, so a publish can
 * revalidate exactly the story, its section and the home page of the languages it touched.
 */
export const cacheTags = {
  /**
   * A story looked up by a slug in one language (found, redirected, missing or unknown). A story's page can be
   * reached by any of its slugs in any language, so a change to a story revalidates every (language, slug) pair
   * of it: see tagsForStoryChange.
   */
  articleSlug: (locale: string, slug: string) => `article-slug:${locale}:${slug}`,
  /** Lists of one category in one language. */
  section: (locale: string, categorySlug: string) => `section:${locale}:${categorySlug}`,
  /** The home page of one language. */
  home: (locale: string) => `home:${locale}`,
  /** The Photo section (exhibitions) of one language. */
  photo: (locale: string) => `photo:${locale}`,
  /**
   * The machine-readable lists of one language: its RSS feeds (all stories and per category), its sitemap and its
   * Google News sitemap (db/queries/feeds.ts). A sitemap lists every language a story exists in, so every story
   * change expires this tag in every language.
   */
  feeds: (locale: string) => `feeds:${locale}`,
  /** The breaking-news ticker (every language). */
  ticker: 'ticker',
  /**
   * The lists of one language beyond sections and home (db/queries/listings.ts): tag, author and bureau pages, the
   * archive by month, and the related stories under a story. Every story change expires it.
   */
  listings: (locale: string) => `listings:${locale}`,
  /**
   * Search results of one language (db/queries/search.ts keeps recent results in memory under a generation that
   * this tag expires). Every story change expires it.
   */
  search: (locale: string) => `search:${locale}`,
  /** Category, bureau, author and tag names. */
  taxonomy: 'taxonomy',
  /** One of the agency's pages (about, contacts…) in one language: its page (db/queries/pages.ts). */
  agencyPage: (locale: string, slug: string) => `page:${locale}:${slug}`,
  /**
   * Which agency pages exist in which language: the footer on every reader page, the pages' hreflang alternates
   * and the sitemaps. Expired only when a page is created in a language, so an admin's saves (autosave while
   * typing) expire that one page, never the whole site's footers.
   */
  agencyPageList: 'page-list',
} as const;

/** The tags to revalidate when a story changes: its pages under every slug, its sections, home, Photo, feeds and listings. */
export function tagsForStoryChange(input: { locales: readonly string[]; slugs: string[]; categorySlugs: string[] }): string[] {
  const tags = new Set<string>();
  for (const locale of input.locales) {
    for (const slug of input.slugs) tags.add(cacheTags.articleSlug(locale, slug));
    for (const category of input.categorySlugs) tags.add(cacheTags.section(locale, category));
    tags.add(cacheTags.home(locale));
    tags.add(cacheTags.photo(locale));
    tags.add(cacheTags.feeds(locale));
    tags.add(cacheTags.listings(locale));
    tags.add(cacheTags.search(locale));
  }
  // A breaking story that is unpublished, corrected or deleted leaves or changes the ticker at once.
  tags.add(cacheTags.ticker);
  return [...tags];
}
