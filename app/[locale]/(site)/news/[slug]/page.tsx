import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PhotoExhibition } from '@/components/photo-exhibition';
import { RichText } from '@/components/rich-text';
import { SiteHeader } from '@/components/site-header';
import { StoryTime } from '@/components/story-time';
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
  const t = await getTranslations({ locale, namespace: 'Story' });
  const homes = Object.fromEntries(locales.map((l) => [l, paths.home(l)]));
  return (
    <>
    <SiteHeader locale={locale} languages={{ ...homes, ...storyLanguageLinks(story.alternates) }} current={`category:${story.category.slug}`} />
    <main id="content" className="container">
    <article className="story">
      <header className="story__header">
        <p className="story__kicker">
          <Link href={paths.category(locale, story.category.slug)}>{story.category.name}</Link>
        </p>
        <h1>{story.title}</h1>
        <p className="story__lead">{story.lead}</p>
        <p className="story__dateline">
          {story.bureau ? (
            <span className="story__place" title={story.bureau.name}>
              {story.bureau.dateline}
            </span>
          ) : null}
          <span>
            {t('published')}: <StoryTime locale={locale} iso={story.publishedAt} />
          </span>
          {story.revisedAt ? (
            <span>
              {t('updated')}: <StoryTime locale={locale} iso={story.revisedAt} />
            </span>
          ) : null}
        </p>
        {story.author || story.bureau ? (
          <p className="story__byline">
            {story.author ? `${t('by')}: ${story.author}` : null}
            {story.author && story.bureau ? ' · ' : null}
            {story.bureau ? story.bureau.name : null}
          </p>
        ) : null}
      </header>
      {story.cover ? (
        <figure className="story__cover">
          <Image
            src={story.cover.src}
            width={story.cover.width}
            height={story.cover.height}
            alt={story.cover.alt}
            sizes="(min-width: 800px) 760px, 100vw"
            placeholder={story.cover.blurDataUrl ? 'blur' : 'empty'}
            blurDataURL={story.cover.blurDataUrl ?? undefined}
            priority
          />
          {story.cover.caption || story.cover.credit ? (
            <figcaption>
              {story.cover.caption} {story.cover.credit ? <span className="credit">{story.cover.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <RichText doc={story.body} images={story.inlineImages} />
      <PhotoExhibition locale={locale} slug={story.slug} photos={story.gallery} />
      {story.tags.length ? (
        <footer className="story__tags">
          <h2 className="visually-hidden">{t('tags')}</h2>
          <ul>
            {story.tags.map((tag) => (
              <li key={tag.slug}>{tag.name}</li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
    </main>
    </>
  );
}

// Rendered on first request, then served from the cache (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}
