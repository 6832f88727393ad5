import type { StoryAlternate } from '@/db/queries/articles';
import { locales, type Locale } from '@/i18n/locales';
import { paths } from './paths';

/** Paths of a story in the languages it is published in. */
export function storyLanguageLinks(alternates: StoryAlternate[]): Partial<Record<Locale, string>> {
  return Object.fromEntries(alternates.map((a) => [a.locale, paths.story(a.locale, a.slug)]));
}

/**
 * The language switcher's links on a story page: each language the story is published in goes to that version;
 * each other language to the story's "not published in this language" page (this slug under that language's
 * prefix answers 404 with links to the versions that exist), marked as such, rather than to that language's home.
 */
export function storySwitcherLinks(locale: Locale, slug: string, alternates: StoryAlternate[]) {
  const published = storyLanguageLinks(alternates);
  return Object.fromEntries(
    locales.map((other) => [other, published[other] ?? (other === locale ? paths.story(locale, slug) : { href: paths.story(other, slug), unpublished: true as const })]),
  ) as Record<Locale, string | { href: string; unpublished: true }>;
}
