import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingStory } from '@/components/missing-story';
import { NotFoundContent } from '@/components/not-found-content';
import { SiteHeader } from '@/components/site-header';
import { getStoryBySlug } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/paths';
import { storyLanguageLinks } from '@/lib/story-languages';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

/** A story URL, possibly of one of its photos: /{locale}/news/{slug}[/photo/{n}]. */
const STORY_PATH = /^\/([a-z]{2})\/news\/([a-z0-9-]+)(?:\/photo\/\d+)?\/?$/;

/**
 * The body of every 404 a reader gets, server-rendered. Next.js sends an empty document body when a page calls
 * notFound() (the not-found UI only appears once JavaScript runs; see scripts/server.ts), so the server renders
 * this page instead, with status 404. Given the missing URL in `path`, a story that exists in other languages
 * gets links to them.
 */
export default async function NotFoundView({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const missing = typeof query.path === 'string' ? STORY_PATH.exec(query.path) : null;
  const lookup = missing && missing[1] === locale ? await getStoryBySlug(locale, missing[2]!) : null;
  const homes = Object.fromEntries(locales.map((l) => [l, paths.home(l)]));
  const alternates = lookup?.kind === 'missing' ? lookup.alternates : null;
  return (
    <>
      <SiteHeader locale={locale} languages={{ ...homes, ...(alternates ? storyLanguageLinks(alternates) : {}) }} />
      <main id="content" className="container">
        {alternates ? <MissingStory locale={locale} alternates={alternates} /> : <NotFoundContent locale={locale} />}
      </main>
    </>
  );
}
