import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/site-header';
import { RelatedStories } from '@/components/related-stories';
import { StoryArticle } from '@/components/story-article';
import { StoryAside } from '@/components/story-aside';
import { ViewBeacon } from '@/components/view-beacon';
import { StoryShare } from '@/components/story-share';
import { getStoryBySlug } from '@/db/queries/articles';
import { getStoryLinks } from '@/db/queries/listings';
import { defaultLocale, type Locale } from '@/i18n/locales';
import { siteUrl } from '@/lib/config';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { storyLanguageLinks, storySwitcherLinks } from '@/lib/story-languages';
import { publisherLogo, serializeJsonLd, storyJsonLd } from '@/lib/structured-data';

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
    // The share card: ./opengraph-image.tsx.
    generatedImage: true,
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
  const [tSite, tStory, links] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Story' }),
    getStoryLinks(locale, story.id),
  ]);
  const url = `${siteUrl}${paths.story(locale, story.slug)}`;
  const structuredData = storyJsonLd(story, {
    siteUrl,
    siteName: tSite('name'),
    logo: publisherLogo,
    // The story page does not carry articles.source_locale; Russian is the newsroom's source language.
    sourceLocale: defaultLocale,
    galleryName: tStory('exhibition'),
  });
  return (
    <>
      <SiteHeader locale={locale} languages={storySwitcherLinks(locale, story.slug, story.alternates)} current={`category:${story.category.slug}`} />
      <main id="content" className="container story-layout">
        <StoryArticle
          locale={locale}
          story={story}
          share={<StoryShare locale={locale} url={url} title={story.title} />}
          links={links ? { bureau: links.bureauSlug } : undefined}
        />
        <RelatedStories locale={locale} stories={links?.related ?? []} />
        <StoryAside locale={locale} storyId={story.id} slug={story.slug} />
        <ViewBeacon id={story.id} locale={locale} />
        {structuredData.map((data) => (
          // Escaped for a <script> element: no headline can end it (lib/structured-data.ts).
          <script key={String(data['@type'])} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
        ))}
      </main>
    </>
  );
}

// Rendered on first request, then served from the cache (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}
