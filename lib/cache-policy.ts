/**
 * Cache-Control for every response Bureau sends, decided in one place (applied by scripts/server.ts just before
 * the headers leave). A front cache (deploy/nginx/, any CDN) and browsers act on it:
 *
 * - Public reader pages, feeds, sitemaps, robots.txt, the language redirect of `/` and 404s:
 *   `public, max-age=0, s-maxage=2, stale-while-revalidate=60, stale-if-error=86400`. Browsers always ask again
 *   (a reader who reloads sees the news); a shared cache may answer for 2 seconds, then serve its copy while it
 *   fetches a new one, and keep serving it for a day if the portal is down. Next.js's own value for a prerendered
 *   page (`s-maxage=31536000`, or the page's revalidate time) is for its own cache and is not passed on: a front
 *   cache holding a page for a year would hide every correction.
 * - The newsroom (dashboard, sign-in, account), the APIs, every write, and any request that carries a session
 *   cookie: `private, no-store`. Nothing an editor sees may be kept by a shared cache or shown to the next reader.
 * - Failures (5xx): `no-store`, so an outage is not cached; the front cache keeps serving its stale copy instead.
 * - Files that never change under their name (`/_next/static/…`, `/media/…` content-addressed originals, resized
 *   images under `/_next/image`, the share cards): their own long-lived value is kept.
 */
import { isLocale } from '@/i18n/locales';

/** How long a shared cache may answer without asking (seconds): publish → visible through it within ~this + one fetch. */
export const SHARED_MAX_AGE = 2;
export const PUBLIC_PAGE = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=60, stale-if-error=86400`;
export const PRIVATE = 'private, no-store';
export const FAILURE = 'no-store';

/** better-auth's session cookie with Bureau's prefix (db/auth.ts: cookiePrefix 'bureau'), plain or __Secure-. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?bureau\.session_token=/;

/** Newsroom screens under a language prefix: never cached by anyone but the editor's own browser history. */
const NEWSROOM = new Set(['dashboard', 'login']);

export type CacheRequest = { method?: string; url?: string; cookie?: string };

export function hasSession(cookie: string | undefined): boolean {
  return Boolean(cookie && SESSION_COOKIE.test(cookie));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A newsroom screen (dashboard, sign-in), with percent-escapes decoded as the router decodes them: /ru/%64ashboard too. */
export function isNewsroomPath(path: string): boolean {
  const segments = path.split(/[?#]/, 1)[0]!.split('/').map(decodeSegment);
  return isLocale(segments[1]) && NEWSROOM.has(segments[2] ?? '');
}

/** Paths whose own Cache-Control is long-lived and correct: the file behind the name never changes. */
function keepsOwnValue(path: string): boolean {
  return path.startsWith('/_next/static/') || path.startsWith('/_next/image') || path.startsWith('/media/') || /\/opengraph-image(?:-[a-z0-9]+)?(?:\/|$)/.test(path);
}

/**
 * The Cache-Control to send, or null to keep the value already set (immutable files). `current` is what Next.js
 * (or a route) set; it is consulted only for files that keep their own value.
 */
export function cacheControlFor(request: CacheRequest, status: number, current: string | undefined): string | null {
  const path = (request.url ?? '/').split(/[?#]/, 1)[0] || '/';
  const method = (request.method ?? 'GET').toUpperCase();
  if (status >= 500) return FAILURE;
  if (method !== 'GET' && method !== 'HEAD') return PRIVATE;
  if (keepsOwnValue(path)) return status < 400 && current ? null : status === 404 ? PUBLIC_PAGE : status < 400 ? null : PRIVATE;
  if (path.split('/').map(decodeSegment)[1] === 'api') return PRIVATE;
  if (isNewsroomPath(path)) return PRIVATE;
  if (hasSession(request.cookie)) return PRIVATE;
  if (status === 200 || status === 301 || status === 302 || status === 307 || status === 308 || status === 404 || status === 410) return PUBLIC_PAGE;
  // Anything else (400 for a malformed request, 403, 413): about this request only.
  return PRIVATE;
}

/**
 * Responses whose content depends on request headers beyond the URL, for a shared cache's key: the language
 * redirect of `/` and unprefixed paths depends on Accept-Language.
 */
export function varyFor(request: CacheRequest, status: number): string | null {
  const path = (request.url ?? '/').split(/[?#]/, 1)[0] || '/';
  const first = path.split('/')[1] ?? '';
  if (status >= 300 && status < 400 && !isLocale(first) && !keepsOwnValue(path) && first !== 'api') return 'Accept-Language';
  return null;
}
