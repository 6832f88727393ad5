import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PhotoKeys } from '@/components/photo-keys';
import { ResponsiveImage } from '@/components/responsive-image';
import { SiteHeader } from '@/components/site-header';
import { getStoryBySlug, type StoryPage } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { parsePositiveInt, paths } from '@/lib/paths';
import { storySwitcherLinks } from '@/lib/story-languages';

type Props = { params: Promise<{ locale: Locale; slug: string; n: string }> };

/** The story and the photo at position n (1-based), or a 404 for anything else. */
async function load(locale: Locale, slug: string, n: string): Promise<{ story: StoryPage; position: number }> {
  const position = parsePositiveInt(n);
  if (position === null) notFound();
  const lookup = await getStoryBySlug(locale, slug);
  if (lookup.kind === 'redirect') permanentRedirect(paths.photo(locale, lookup.slug, position));
  if (lookup.kind !== 'story' || position > lookup.story.gallery.length) notFound();
  return { story: lookup.story, position };
}

function languageLinks(story: StoryPage, position: number) {
  return Object.fromEntries(story.alternates.map((a) => [a.locale, paths.photo(a.locale, a.slug, position)]));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, n } = await params;
  const { story, position } = await load(locale, slug, n);
  const photo = story.gallery[position - 1]!;
  const t = await getTranslations({ locale, namespace: 'Photo' });
  const tSite = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({
    locale,
    title: t('pageTitle', { title: story.title, position, total: story.gallery.length }),
    description: photo.caption ?? story.lead,
    languages: languageLinks(story, position),
    image: photo,
    siteName: tSite('name'),
  });
}

/** One photo of an exhibition on its own page: the URL a reader shares, and the viewer without JavaScript. */
export default async function PhotoPage({ params }: Props) {
  const { locale, slug, n } = await params;
  setRequestLocale(locale);
  const { story, position } = await load(locale, slug, n);
  const t = await getTranslations({ locale, namespace: 'Photo' });
  const total = story.gallery.length;
  const photo = story.gallery[position - 1]!;
  const prev = position > 1 ? paths.photo(locale, story.slug, position - 1) : null;
  const next = position < total ? paths.photo(locale, story.slug, position + 1) : null;
  return (
    <>
      <SiteHeader locale={locale} languages={{ ...storySwitcherLinks(locale, story.slug, story.alternates), ...languageLinks(story, position) }} />
      <main id="content" className="container photo-page">
        <p className="photo-page__back">
          <Link href={`${paths.story(locale, story.slug)}#exhibition-title`}>← {t('backToStory')}</Link>
        </p>
        <h1 className="photo-page__title">{story.title}</h1>
        <figure className="photo-page__figure">
          <ResponsiveImage image={photo} sizes="(min-width: 1160px) 1128px, calc(100vw - 2rem)" preload />
          <figcaption>
            <span className="photo-page__position">{t('position', { position, total })}</span>
            {photo.caption ? <span className="photo-page__caption">{photo.caption}</span> : null}
            {photo.credit ? <span className="credit">{photo.credit}</span> : null}
          </figcaption>
        </figure>
        <nav className="photo-page__nav" aria-label={t('viewer')}>
          {prev ? (
            <Link href={prev} rel="prev" data-photo-nav="prev">
              ← {t('previous')}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={next} rel="next" data-photo-nav="next">
              {t('next')} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
        <PhotoKeys />
      </main>
    </>
  );
}

// Rendered on first request, then served from the cache (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}
