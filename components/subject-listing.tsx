import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getAuthorPage, getBureauPage, getTagPage } from '@/db/queries/listings';
import type { Locale } from '@/i18n/locales';
import { parsePositiveInt, paths } from '@/lib/paths';
import { isValidSlug } from '@/lib/slug';
import { ListingPage, listingMetadata } from './listing-page';

type Kind = 'tag' | 'author' | 'bureau';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const reads = { tag: getTagPage, author: getAuthorPage, bureau: getBureauPage };

async function load(kind: Kind, { params, searchParams }: Props) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePositiveInt(query.page, 1);
  if (page === null || !isValidSlug(slug)) notFound();
  const data = await reads[kind](locale, slug, page);
  if (!data || page > data.stories.pageCount) notFound();
  const t = await getTranslations({ locale, namespace: 'Listings' });
  const name = data.subject.name;
  const texts = {
    tag: { title: t('tagTitle', { tag: name }), description: t('tagDescription', { tag: name }) },
    author: { title: name, description: t('authorDescription', { author: name }) },
    bureau: { title: name, description: t('bureauDescription', { bureau: name }) },
  }[kind];
  const hrefFor = (l: Locale, p: number) => paths[kind](l, slug, p);
  return { locale, slug, hrefFor, emptyText: t('empty'), stories: data.stories, ...texts };
}

/**
 * The pages listing a tag's, an author's or a bureau's stories in one language: the same page with its own
 * read, URL and wording. Each route file re-exports these (and declares itself dynamic: the page number comes
 * from the query string).
 */
export function subjectListing(kind: Kind) {
  return {
    async generateMetadata(props: Props): Promise<Metadata> {
      const { locale, title, description, stories, hrefFor } = await load(kind, props);
      return listingMetadata({ locale, title, description, stories, hrefFor });
    },
    async Page(props: Props) {
      const { locale, slug, title, emptyText, stories, hrefFor } = await load(kind, props);
      setRequestLocale(locale);
      return <ListingPage locale={locale} title={title} emptyText={emptyText} stories={stories} hrefFor={hrefFor} current={`${kind}:${slug}`} />;
    },
  };
}
