import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Stories have a slug per language, so next-intl's automatic alternate links would be wrong
  // (next-intl #1837, #2334); hreflang alternates are built from the database instead.
  alternateLinks: false,
  // The URL carries the language; a cookie on every response would only stop shared caches from caching.
  localeCookie: false,
});
