/**
 * Checks on every request that writes (POST, PUT, PATCH, DELETE), made by Bureau's server (scripts/server.ts)
 * before Next.js sees the request:
 * - a form posted from another site (its Origin names another host) is refused with 403. Next.js checks the
 *   origin of server actions too, but answers with an untranslated error; route handlers it does not check.
 * - a body larger than the limit for its path is refused with 413 before it is read. Photo uploads may be as
 *   large as an accepted image; everything else (forms, the editor's saves) fits in 2 MB.
 * The refusal is a short page in the language of the path (or the browser's), saying what happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bureau, defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { mergeWithSource, type MessageTree } from '@/i18n/messages';
import type sourceMessages from '@/messages/ru.json';
import { MAX_IMAGE_BYTES } from './images';

export const UPLOAD_PATH = '/api/dashboard/media';
/** The editor saves up to 512 K characters of body as JSON (two bytes each in Cyrillic), plus the other fields. */
export const MAX_FORM_BYTES = 2 * 1024 * 1024;
/** An image at the size limit, plus room for the request's own overhead. */
export const MAX_UPLOAD_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

export type Refusal = 'forgedOrigin' | 'tooLarge';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function bodyLimitFor(path: string): number {
  return path.split('?', 1)[0] === UPLOAD_PATH ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES;
}

/** Hosts a browser may legitimately post from: the host the request was sent to, and the configured site. */
function sameSite(origin: string, host: string | undefined, siteUrl: string | undefined): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const allowed = [host, siteUrl ? safeHost(siteUrl) : undefined].filter(Boolean).map((h) => h!.toLowerCase());
  return allowed.includes(originHost);
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

export type WriteRequest = {
  method: string | undefined;
  path: string;
  origin: string | undefined;
  host: string | undefined;
  contentLength: string | undefined;
  siteUrl?: string;
};

/** Why a writing request must be refused, or null. Requests that read are never refused here. */
export function refusalFor(req: WriteRequest): Refusal | null {
  if (!req.method || !WRITES.has(req.method.toUpperCase())) return null;
  // Browsers send Origin with every POST; "null" comes from sandboxed frames and privacy-stripped redirects.
  if (req.origin !== undefined && !sameSite(req.origin, req.host, req.siteUrl)) return 'forgedOrigin';
  if (req.contentLength !== undefined) {
    const length = Number(req.contentLength);
    if (!Number.isFinite(length) || length < 0 || length > bodyLimitFor(req.path)) return 'tooLarge';
  }
  return null;
}

type RefusalTexts = (typeof sourceMessages)['Refusal'];
const refusalTexts = new Map<Locale, RefusalTexts>();

/**
 * A language's refusal texts, read from its messages file once (any language in i18n/locales.ts, none listed
 * here), with the source language's text for any it lacks, as everywhere else at run time (i18n/messages.ts).
 * Read from the project folder (the server's working directory, as in scripts/server.ts), not bundled.
 */
function refusalTextsFor(locale: Locale): RefusalTexts {
  let texts = refusalTexts.get(locale);
  if (!texts) {
    const read = (l: Locale) =>
      JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), bureau.messagesFile(l)), 'utf8')) as MessageTree;
    texts = mergeWithSource(read(defaultLocale), read(locale)).Refusal as unknown as RefusalTexts;
    refusalTexts.set(locale, texts);
  }
  return texts;
}

/** The language to answer in: the path's, else the first the browser accepts, else Russian. */
export function refusalLocale(path: string, acceptLanguage: string | undefined): Locale {
  const first = path.split(/[/?#]/)[1];
  if (isLocale(first)) return first;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().split('-')[0]!.toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }) [c]};`);

/** The refusal: its status, and a small page (or JSON, for the uploader and other scripts) in the reader's language. */
export function refusalResponse(refusal: Refusal, locale: Locale, wantsJson: boolean): { status: number; contentType: string; body: string } {
  const status = refusal === 'forgedOrigin' ? 403 : 413;
  const texts = refusalTextsFor(locale);
  const text = texts[refusal];
  if (wantsJson) return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ ok: false, error: refusal, message: text.text }) };
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(text.title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${escape(text.title)}</h1><p>${escape(text.text)}</p><p><a href="/${locale}">${escape(texts.home)}</a></p></body></html>`;
  return { status, contentType: 'text/html; charset=utf-8', body };
}
