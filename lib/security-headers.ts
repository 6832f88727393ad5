/**
 * The security headers of every response (applied by scripts/server.ts), decided in one place.
 *
 * - Every response: `X-Content-Type-Options: nosniff` (a photo, feed or JSON answer is never run as a script or
 *   page), a Referrer-Policy that sends other sites the origin only, a Permissions-Policy that turns off what a
 *   news site never uses, and HSTS when the site's own URL (BUREAU_SITE_URL) is https.
 * - HTML: a Content-Security-Policy whose scripts are this origin's files plus exactly the inline scripts of the
 *   page: no 'unsafe-inline', no 'unsafe-eval'. A page that arrives whole (every cached page) lists the SHA-256
 *   of each of its inline scripts, computed once per distinct body (the server already handles each body once,
 *   lib/http-compression.ts); a page that streams (the dashboard, search) was rendered with a fresh nonce that
 *   Next.js puts on each of its scripts, read from the request's own CSP header. Styles may be inline (React's
 *   style attributes, image placeholders); no plugin, no <base> elsewhere, forms post only here, and the
 *   newsroom is never framed (reader pages only by this site).
 */
import { createHash, randomBytes } from 'node:crypto';
import { isNewsroomPath } from '@/lib/cache-policy';
import { themeScript } from '@/lib/theme';

export const CSP = 'content-security-policy';

/** The headers every response carries, whatever it is. */
export function baseSecurityHeaders(siteUrl: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  };
  if (isHttps(siteUrl)) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

function isHttps(siteUrl: string | undefined): boolean {
  try {
    return new URL(siteUrl ?? '').protocol === 'https:';
  } catch {
    return false;
  }
}

/** A fresh nonce for one response: 128 random bits. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Bureau's own inline scripts, the same text on every page (the theme, set before the first paint): allowed by
 * hash beside a nonce, since Next.js puts its nonce on its own scripts only.
 */
export const ownScriptSources: readonly string[] = [sha256Source(themeScript)];

/** The request header that tells Next.js to put `nonce` on the scripts it renders. */
export function nonceRequestHeader(nonce: string): string {
  return `script-src 'nonce-${nonce}'`;
}

/**
 * The policy of one HTML response. `scripts` are the extra script sources: `'nonce-…'` for a rendered page,
 * `'sha256-…'` for each inline script of a whole one.
 */
export function contentSecurityPolicy(input: { path: string; scripts: string[]; siteUrl: string | undefined }): string {
  const newsroom = isNewsroomPath(input.path);
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${input.scripts.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${newsroom ? "'none'" : "'self'"}`,
  ];
  if (isHttps(input.siteUrl)) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Scripts a browser does not run (JSON-LD, import maps are run and kept): no hash needed. */
const DATA_BLOCK = /\btype\s*=\s*["']?(?:application\/(?:ld\+)?json)\b/i;

/**
 * The CSP hash sources of the inline scripts of an HTML document, in order, without repeats. A script with a
 * `src` is a file of this origin ('self'); its text, if any, never runs.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || DATA_BLOCK.test(attributes)) continue;
    hashes.add(sha256Source(match[2] ?? ''));
  }
  return [...hashes];
}

export const isHtml = (contentType: unknown) => /^text\/html\b/i.test(String(contentType ?? ''));
