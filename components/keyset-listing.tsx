import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCategoryPage, getExhibitions, getLatest, type KeysetPage, type StoryCard } from '@/db/queries/articles';
import { getAuthorPage, getBureauPage, getTagPage } from '@/db/queries/listings';
import type { Locale } from '@/i18n/locales';
import { parseCursor } from '@/lib/cursor';
import { paths } from '@/lib/paths';
import { isValidSlug } from '@/lib/slug';
import { ListingPage, listingMetadata } from './listing-page';

type Kind = 'news' | 'photo' | 'category' | 'tag' | 'author' | 'bureau';

/** Route params: the language, the subject's slug (not for news and photo) and, on older pages, the cursor. */
type Props = { params: Promise<{ locale: Locale; slug?: string; cursor?: string }> };

type Loaded = { title: string; description: string; emptyText: string; stories: KeysetPage<StoryCard> };

async function read(kind: Kind, locale: Locale, slug: string, cursor: string | null): Promise<Loaded | null> {
  switch (kind) {
    case 'news': {
      const [stories, t] = await Promise.all([getLatest(locale, cursor), getTranslations({ locale, namespace: 'Feed' })]);
      return stories && { title: t('title'), description: t('description'), emptyText: t('empty'), stories };
    }
    case 'photo': {
      const [stories, t] = await Promise.all([getExhibitions(locale, cursor), getTranslations({ locale, namespace: 'Photo' })]);
      return stories && { title: t('title'), description: t('description'), emptyText: t('empty'), stories };
    }
    case 'category': {
      const [data, t] = await Promise.all([getCategoryPage(locale, slug, cursor), getTranslations({ locale, namespace: 'Category' })]);
      return data && { title: data.category.name, description: t('description', { category: data.category.name }), emptyText: t('empty'), stories: data.stories };
    }
    default: {
      const reads = { tag: getTagPage, author: getAuthorPage, bureau: getBureauPage };
      const [data, t] = await Promise.all([reads[kind](locale, slug, cursor), getTranslations({ locale, namespace: 'Listings' })]);
      if (!data) return null;
      const name = data.subject.name;
      const texts = {
        tag: { title: t('tagTitle', { tag: name }), description: t('tagDescription', { tag: name }) },
        author: { title: name, description: t('authorDescription', { author: name }) },
        bureau: { title: name, description: t('bureauDescription', { bureau: name }) },
      }[kind];
      return { ...texts, emptyText: t('empty'), stories: data.stories };
    }
  }
}

async function load(kind: Kind, props: Props) {
  const { locale, slug = '', cursor: rawCursor } = await props.params;
  const cursor = rawCursor === undefined ? null : rawCursor;
  // Checked before any read: a malformed slug or cursor is the localized 404, never a query.
  if ((kind !== 'news' && kind !== 'photo' && !isValidSlug(slug)) || (cursor !== null && !parseCursor(cursor))) notFound();
  const data = await read(kind, locale, slug, cursor);
  if (!data) notFound();
  const hrefFor = (l: Locale, c: string | null) =>
    kind === 'news' ? paths.news(l, c) : kind === 'photo' ? paths.exhibitions(l, c) : paths[kind](l, slug, c);
  const current = kind === 'news' || kind === 'photo' ? kind : `${kind}:${slug}`;
  return { locale, current, listing: { kind: 'keyset' as const, stories: data.stories, hrefFor }, ...data };
}

/**
 * The reader listings paged by cursor: the news feed, the Photo section, a category's, a tag's, an author's and a
 * bureau's stories. Each has two routes, the first page (…/culture) and older pages (…/culture/older/<cursor>),
 * both rendered on first request and cached (ISR), expired by the listing's cache tags. Each route file
 * re-exports these with an empty generateStaticParams.
 */
export function keysetListing(kind: Kind) {
  return {
    async generateMetadata(props: Props): Promise<Metadata> {
      const { locale, title, description, listing } = await load(kind, props);
      return listingMetadata({ locale, title, description, listing });
    },
    async Page(props: Props) {
      const { locale, title, emptyText, listing, current } = await load(kind, props);
      setRequestLocale(locale);
      return <ListingPage locale={locale} title={title} emptyText={emptyText} listing={listing} current={current} />;
    },
  };
}
