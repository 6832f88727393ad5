/** What the e2e tests expect, taken from the demo content itself (db/seed). */
import fs from 'node:fs';
import path from 'node:path';
import { demoStoriesA } from '../db/seed/demo-stories-a';
import { demoStoriesB } from '../db/seed/demo-stories-b';
import { firstStory } from '../db/seed/first-story';
import type { SeedStory } from '../db/seed/types';
import { encodeCursor } from '../lib/cursor';
import { slugFromTitle } from '../lib/slug';

export const locales = ['ru', 'az', 'en'] as const;
export type Locale = (typeof locales)[number];

export const first = {
  story: firstStory,
  slug: (locale: Locale) => slugFromTitle(firstStory.variants[locale]!.title),
  url: (locale: Locale) => `/${locale}/news/${slugFromTitle(firstStory.variants[locale]!.title)}`,
  photos: firstStory.gallery!,
};

/** The Russian text as published (db/seed/article-ru.txt without its metadata line). */
export const russianParagraphs = fs
  .readFileSync(path.join(__dirname, '..', 'db', 'seed', 'article-ru.txt'), 'utf8')
  .split('\n')
  .slice(1)
  .join('\n')
  .trim()
  .split(/\n\s*\n/);

const demo: SeedStory[] = [...demoStoriesA, ...demoStoriesB];
/** Demo stories of one section (the e2e tests that write stories file them under 'society', never 'culture'). */
export const seedCulture = demo.filter((s) => s.category === 'culture');
export const notInAzerbaijani = demo.find((s) => !s.variants.az && s.variants.en)!;
export const ruUrlOf = (story: SeedStory) => `/ru/news/${slugFromTitle(story.variants.ru.title)}`;

export const monthOfJanuary: Record<Locale, string> = { ru: 'января', az: 'yanvar', en: 'January' };
export const languageNames: Record<Locale, string> = { ru: 'Русский', az: 'Azərbaycanca', en: 'English' };

/** A well-formed listing cursor with nothing older than it (1 January 2001): its page is a 404. */
export const nothingOlder = encodeCursor({ micros: String(Date.UTC(2001, 0, 1) * 1000), id: 1 });
