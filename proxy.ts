import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Locale routing only: `/` and unprefixed paths go to the reader's language (Accept-Language, then Russian).
 * Paths that already carry a language never pass through here: the proxy costs about two thirds of a cached
 * page's throughput (measured with wrk), and `app/[locale]` validates the prefix itself.
 */
export default createMiddleware(routing);

export const config = {
  // Next.js needs this literal at build time, so it cannot be built from i18n/locales.ts; i18n/locales.test.ts
  // fails (and prints the line to paste here) when it disagrees with the language list there.
  matcher: ['/', '/((?!(?:ru|az|en)(?:/|$)|_next|media|api|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-z0-9]+$).*)'],
};
