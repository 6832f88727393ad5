/**
 * Request-path checks for Bureau's server (scripts/server.ts).
 * - Next.js answers 500 to a path with a percent-escape it cannot decode (vercel/next.js#92527, open), e.g.
 *   /ru/news/%E0%A4: such paths go to the localized 404 instead.
 * - The localized 404 view lives at /{locale}/404, the "temporarily unavailable" view at /{locale}/unavailable.
 */
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The path part of a request URL can be decoded segment by segment (as Next's router does). */
export function isDecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path.split('/').every(decodes);
}

/** The language of a request path, when it starts with one. */
export function localeOfPath(url: string): Locale | null {
  const first = url.split(/[/?#]/)[1];
  return isLocale(first) ? first : null;
}

/** The localized 404 view for a request: in its language, or Russian; `path` is the URL that was not found. */
export function notFoundViewFor(url: string): string {
  const locale = localeOfPath(url) ?? defaultLocale;
  const path = url.split(/[?#]/, 1)[0] ?? '/';
  return `/${locale}/404?path=${encodeURIComponent(isDecodablePath(path) ? path : '/')}`;
}

export function isNotFoundView(url: string): boolean {
  return /^\/[a-z]{2,3}\/404(?:[/?#]|$)/.test(url);
}

/** The "temporarily unavailable" view for a request whose page failed to render. */
export function unavailableViewFor(url: string): string {
  const locale = localeOfPath(url) ?? defaultLocale;
  const path = url.split('#', 1)[0] ?? '/';
  return `/${locale}/unavailable?path=${encodeURIComponent(isDecodablePath(path) ? path : '/')}`;
}

export function isUnavailableView(url: string): boolean {
  return /^\/[a-z]{2,3}\/unavailable(?:[/?#]|$)/.test(url);
}
