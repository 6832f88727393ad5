import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { StoryArticle } from '@/components/story-article';
import { getStoryBySlug } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { storyLanguageLinks } from '@/lib/story-languages';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const lookup = await getStoryBySlug(locale, slug);
  if (lookup.kind !== 'story') return { robots: { index: false } };
  const { story } = lookup;
  const t = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({
    locale,
    title: story.seoTitle || story.title,
    description: story.seoDescription || story.lead,
    languages: storyLanguageLinks(story.alternates),
    image: story.cover,
    type: 'article',
    publishedTime: story.publishedAt,
    modifiedTime: story.revisedAt,
    siteName: t('name'),
  });
}

export default async function StoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const lookup = await getStoryBySlug(locale, slug);
  if (lookup.kind === 'redirect') permanentRedirect(paths.story(locale, lookup.slug));
  if (lookup.kind !== 'story') notFound();
  const { story } = lookup;
  const homes = Object.fromEntries(locales.map((l) => [l, paths.home(l)]));
  return (
    <>
      <SiteHeader locale={locale} languages={{ ...homes, ...storyLanguageLinks(story.alternates) }} current={`category:${story.category.slug}`} />
      <main id="content" className="container">
        <StoryArticle locale={locale} story={story} />
      </main>
    </>
  );
}

// Rendered on first request, then served from the cache (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}
