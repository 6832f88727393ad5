/**
 * Checks on every request that writes (POST, PUT, PATCH, DELETE), made by Bureau's server (scripts/server.ts)
 * before Next.js sees the request:
 * - a form posted from another site (its Origin names another host) is refused with 403. Next.js checks the
 *   origin of server actions too, but answers with an untranslated error; route handlers it does not check.
 * - a body larger than the limit for its path is refused with 413 before it is read. Photo uploads may be as
 *   large as an accepted image; everything else (forms, the editor's saves) fits in 2 MB.
 * - a method no browser or crawler uses (TRACE, CONNECT…) gets 405.
 * - a form or server-action body that cannot be read (broken JSON, broken multipart) gets 400. Next.js 16 answers
 *   500 to those (vercel/next.js#86945: its decoder's error lands in the catch-all of the action handler, before
 *   any action runs), so the server reads such bodies first (they are at most MAX_FORM_BYTES) and hands Next.js
 *   the same bytes.
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

export type Refusal = 'forgedOrigin' | 'tooLarge' | 'method' | 'malformed';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The methods a browser, a feed reader or a crawler uses; TRACE, CONNECT and the rest get 405 here. */
const METHODS = new Set(['GET', 'HEAD', 'OPTIONS', ...WRITES]);

const STATUS: Record<Refusal, number> = { forgedOrigin: 403, tooLarge: 413, method: 405, malformed: 400 };

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

/** Why a request must be refused, or null: an unknown method, or a write that is forged or too large. */
export function refusalFor(req: WriteRequest): Refusal | null {
  if (!req.method || !METHODS.has(req.method.toUpperCase())) return 'method';
  if (!WRITES.has(req.method.toUpperCase())) return null;
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
  const status = STATUS[refusal];
  const texts = refusalTextsFor(locale);
  const text = texts[refusal];
  if (wantsJson) return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ ok: false, error: refusal, message: text.text }) };
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(text.title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${escape(text.title)}</h1><p>${escape(text.text)}</p><p><a href="/${locale}">${escape(texts.home)}</a></p></body></html>`;
  return { status, contentType: 'text/html; charset=utf-8', body };
}

/**
 * Whether the body of this write is read and checked before Next.js sees it: posts to pages and server actions
 * that carry JSON or multipart. Route handlers under /api read their own bodies and answer their own errors
 * (the photo upload may be 25 MB); url-encoded forms cannot be malformed.
 */
export function bodyNeedsCheck(method: string | undefined, path: string, contentType: string | undefined, serverAction: boolean): boolean {
  if (method?.toUpperCase() !== 'POST' || path.startsWith('/api/')) return false;
  const type = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  // Multipart is parsed by Next.js on any page (forms that work without JavaScript); the rest only for actions.
  return type === 'multipart/form-data' || (serverAction && type !== 'application/x-www-form-urlencoded');
}

/**
 * True when Next.js can decode the body and call the action with it: JSON arguments (isActionArguments), or
 * multipart that a standard parser (undici's, built into Node) reads to the end.
 */
export async function isReadableBody(contentType: string | undefined, body: Buffer): Promise<boolean> {
  const type = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType! } }).formData();
    } catch {
      return false;
    }
    // A server action's arguments are the part named "0"; a form posted without JavaScript has none.
    const root = form.get('0');
    if (root === null) return true;
    const fields = [...form.keys()];
    // A FormData's fields are named "<prefix><n>_<name>" (React's reply format; the prefix is "_" in Next 16).
    return typeof root === 'string' && parsesAsArguments(root, (id) => fields.some((name) => new RegExp(`^(?:[^_]*_)?${id}_`).test(name)));
  }
  return parsesAsArguments(body, () => false);
}

function parsesAsArguments(text: string | Buffer, hasFormPart: (id: string) => boolean): boolean {
  try {
    const value: unknown = JSON.parse(typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text));
    return isActionArguments(value, hasFormPart);
  } catch {
    return false;
  }
}

/** Deeper than any argument Bureau's forms send; React's decoder recurses, so a 5,000-deep array would fail it. */
const MAX_DEPTH = 32;
/**
 * The "$" forms React's encodeReply writes for plain values ("$$…" for a string that starts with "$"). Any other
 * ("$K1", "$Q1", "$F1", "$@1"…) points at another part of a multipart body, which a JSON body does not have.
 */
const PLAIN_VALUE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d)/;

/**
 * A server action's arguments: an array of plain values, not absurdly deep; "$K<n>" (a FormData, the form's
 * fields) only where the body carries its fields. Nothing else Bureau's pages send.
 */
function isActionArguments(root: unknown, hasFormPart: (id: string) => boolean): boolean {
  if (!Array.isArray(root)) return false;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const formData = /^\$K([0-9a-f]+)$/.exec(value);
      if (formData ? !hasFormPart(formData[1]!) : value.startsWith('$') && !PLAIN_VALUE.test(value)) return false;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_DEPTH) return false;
      for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push([item, depth + 1]);
    }
  }
  return true;
}
