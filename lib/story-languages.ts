import type { StoryAlternate } from '@/db/queries/articles';
import type { Locale } from '@/i18n/locales';
import { paths } from './paths';

/** Paths of a story in the languages it is published in. */
export function storyLanguageLinks(alternates: StoryAlternate[]): Partial<Record<Locale, string>> {
  return Object.fromEntries(alternates.map((a) => [a.locale, paths.story(a.locale, a.slug)]));
}
