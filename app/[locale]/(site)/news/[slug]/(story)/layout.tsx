import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { MissingStory } from '@/components/missing-story';
import { NotFoundContent } from '@/components/not-found-content';
import { SiteHeader } from '@/components/site-header';
import { getStoryBySlug } from '@/db/queries/articles';
import { locales } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { paths } from '@/lib/paths';
import { storyLanguageLinks } from '@/lib/story-languages';

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> };

/**
 * The story page's frame. It is here, not in the page, because a 404 replaces only the page: a story that
 * exists in other languages answers 404 (the page calls notFound()) while this layout, which knows the slug,
 * shows the links to those languages. The lookup is the page's own cached read, so it costs nothing twice.
 */
export default async function StoryLayout({ children, params }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return children;
  const lookup = await getStoryBySlug(locale, slug);
  const homes = Object.fromEntries(locales.map((l) => [l, paths.home(l)]));
  const languages =
    lookup.kind === 'story' || lookup.kind === 'missing'
      ? storyLanguageLinks(lookup.kind === 'story' ? lookup.story.alternates : lookup.alternates)
      : {};
  return (
    <>
      <SiteHeader locale={locale} languages={{ ...homes, ...languages }} current={lookup.kind === 'story' ? `category:${lookup.story.category.slug}` : undefined} />
      <main id="content" className="container">
        {lookup.kind === 'missing' ? <MissingStory locale={locale} alternates={lookup.alternates} /> : null}
        {lookup.kind === 'notFound' ? <NotFoundContent locale={locale} /> : null}
        {children}
      </main>
    </>
  );
}
