/**
 * Bureau's memory of whole pages (issue 15): a page Next.js served from its cache is kept here exactly as it left
 * (status, headers, compressed bytes), and the next reader of the same URL is answered from memory by Bureau's
 * server (scripts/server.ts) without entering Next.js's request handler. The pure logic is here; the server
 * fills it and answers from it.
 *
 * What is kept (whyNotFromMemory, PageMemory.store):
 * - Only a reader page under a language prefix (/ru/…), for GET (HEAD is answered from the GET's entry), never
 *   the newsroom (/{locale}/dashboard, /{locale}/login) or anything outside a language (/api/*, /_next/*, /media/*).
 * - Never for a request with a session cookie (lib/cache-policy.ts hasSession: better-auth's bureau.session_token),
 *   Next's draft-mode cookies (__prerender_bypass, __next_preview_data), an Authorization header, a client
 *   router's request (RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Next-Url,
 *   `_rsc` in the query), a server action (Next-Action, or a multipart body) or one of Next's revalidation headers.
 *   Such a request neither gets a kept answer nor leaves one.
 * - Only a response that Next.js itself answered from its cache: status 200 with `x-nextjs-cache: HIT`, made from
 *   exactly one page entry the cache handler returned (lib/shared-cache.mjs observeCache tells the server which),
 *   with Next's own Cache-Control carrying s-maxage and neither private nor no-store, and the policy's too. A MISS
 *   is not kept: its body was rendered for this request, with this request's CSP nonce, which must never be sent
 *   to another reader. The next reader gets Next's HIT of the same body, whose policy lists the hashes of its
 *   inline scripts (lib/security-headers.ts, computed once per body), and that is what is kept. A STALE answer
 *   (past its revalidate time) is not kept either.
 * - Never a response that sets a cookie, varies on anything but the encoding and Next's router headers, streams,
 *   carries a CSP nonce, or has no ETag.
 *
 * The key is the URL as requested (path and query) and the encoding the answer was made for: gzip or identity,
 * as lib/http-compression.ts negotiates (it offers nothing else, so a client that takes only br gets identity).
 * Nothing else in the request changes a cached page: Next's Vary lists only its router headers, which are never
 * let in, and lib/cache-policy.ts varyFor adds Accept-Language to redirects only, which are never kept.
 *
 * When an entry goes:
 * - at the time Next would stop serving its page fresh: the entry's last-modified time (what Next read) plus the
 *   s-maxage Next sent (the page's revalidate time, 60 s for a story);
 * - when one of its tags is revalidated after that time, the exact tags of the page's entry (its
 *   x-next-cache-tags, which Next does not send to clients but the cache handler reads). Without Redis, the
 *   handler's own record of tag times (TagExpiries) is asked on every answer, so a publish on this instance is
 *   seen by the next reader. With Redis, a revalidation on this instance is seen at once (the handler tells the
 *   server), and those of other instances through the tag times in Redis: the tags of the entries readers ask for
 *   are fetched every POLL_MS, and an entry is answered only while what is known of all its tags is at most
 *   MAX_LAG_MS old. So another instance's publish is seen here within a second, and if Redis does not answer the
 *   memory stops answering within a second, as Next's cache does.
 * - least recently used first, beyond the count or the bytes allowed (BUREAU_PAGE_MEMORY_MB; memoryLimits).
 *
 * The search page is the one dynamic page kept (storeDynamic): Next renders it for every request, but everything
 * it shows comes from tagged cached reads (the results are memoized under the search generation, a cached read
 * that every story change expires; the sections and the masthead are cached reads too). So an anonymous reader's
 * search is rendered without a CSP nonce (its policy lists the hashes of its inline scripts, like a cached page),
 * kept with the tags of every data read the render made, and answered from memory until one of them is
 * revalidated, one of those reads would be refreshed, or DYNAMIC_MAX_AGE_MS has passed.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { hasSession, isNewsroomPath } from '@/lib/cache-policy';
import { acceptsGzip, matches } from '@/lib/http-compression';
import { localeOfPath } from '@/lib/request-paths';

/** The header every answer from memory carries, for tests and operators. */
export const MEMORY_HEADER = 'x-bureau-memory';

/** Default bounds: a story is ~25 KB gzip, so 64 MB holds the 2,000 entries. */
export const DEFAULT_ENTRIES = 2_000;
export const DEFAULT_MB = 64;

/** With Redis: how often the tag times of the pages being read are fetched, and how old they may be. */
export const POLL_MS = 500;
export const MAX_LAG_MS = 1_000;

/** How long a kept search page is answered at most (its reads' own refresh times may be shorter). */
export const DYNAMIC_MAX_AGE_MS = 60_000;

/** Longer URLs are not kept (a key is the URL). */
const MAX_URL = 2_048;

export type MemoryRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

/** Request headers for which Next answers something other than the cached document, or bypasses its cache. */
const BYPASS_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'x-prerender-revalidate',
  'x-prerender-revalidate-if-generated',
  'x-next-revalidated-tags',
  'x-next-revalidate-tag-token',
  'authorization',
  // scripts/server.ts's own request for a 404 or "unavailable" view.
  'x-bureau-not-found-view',
] as const;

/** Next.js's draft mode: its pages bypass the cache. */
const PREVIEW_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/;

/** What Next's pages may vary on and still be kept: the encoding, and router headers that are never let in. */
const KEPT_VARY = new Set(['accept-encoding', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']);

/** Connection-level headers: never replayed. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'upgrade', 'proxy-connection', 'trailer', MEMORY_HEADER]);

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

/** Why this request, whatever its URL, may neither be answered from memory nor fill it (method, headers, cookies). */
function whyNotForRequest(req: MemoryRequest): string | null {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return 'method';
  for (const name of BYPASS_HEADERS) if (req.headers[name] !== undefined) return `${name} header`;
  const type = req.headers['content-type'];
  if (type !== undefined && /multipart\/form-data/i.test(type)) return 'form body';
  const cookie = req.headers.cookie;
  if (cookie !== undefined) {
    if (hasSession(cookie)) return 'signed in';
    if (PREVIEW_COOKIE.test(cookie)) return 'draft mode';
  }
  return null;
}

/** Why pages at this URL are never kept, or null when they may be. */
export function whyNotKeptAt(url: string): string | null {
  if (url.length > MAX_URL) return 'long URL';
  if (localeOfPath(url) === null) return 'not a reader page';
  if (isNewsroomPath(url)) return 'newsroom';
  const query = url.indexOf('?');
  if (query >= 0 && new URLSearchParams(url.slice(query + 1)).has('_rsc')) return 'RSC request';
  return null;
}

/** Why this request may neither be answered from memory nor fill it, or null when it may. */
export function whyNotFromMemory(req: MemoryRequest): string | null {
  return whyNotForRequest(req) ?? whyNotKeptAt(req.url ?? '/');
}

/**
 * The memory's key for a request, or null when the request must not use the memory. Only the request's method,
 * headers and cookies are checked here, on every request: a URL whose pages are never kept (whyNotKeptAt, checked
 * before a response is kept) has no entry, so its key finds nothing.
 */
export function memoryKeyFor(req: MemoryRequest): string | null {
  if (whyNotForRequest(req) !== null) return null;
  return `${acceptsGzip(req) ? 'gzip' : 'identity'} ${req.url ?? '/'}`;
}

/** The page entry of Next's cache a response was made from, as the cache handler read it. */
export type PageRead = { lastModified: number; tags: string[] };

/**
 * A data read (unstable_cache) during a render, as the cache handler saw it: the entry's last-modified time (none
 * for a miss, which the render then filled), its refresh time in seconds, and the tags that expire it.
 */
export type DataRead = { lastModified: number | undefined; revalidate: number | undefined; tags: string[] };

/** Whether a URL is a reader's search page (/{locale}/search, with or without a query): see storeDynamic. */
export function isSearchPage(url: string): boolean {
  if (whyNotKeptAt(url) !== null) return false;
  const path = url.split(/[?#]/, 1)[0]!;
  return /^\/[^/]+\/search\/?$/.test(path);
}

/** A response as it left the server, for PageMemory.store. */
export type SentResponse = {
  status: number;
  /** The headers as written, after the cache policy, the security headers and compression. */
  headers: OutgoingHttpHeaders;
  /** Next.js's own Cache-Control, before the policy replaced it: its s-maxage is the page's revalidate time. */
  nextCacheControl: string | undefined;
  /** The body as sent, in one piece; undefined when it was streamed or written in parts. */
  body: Buffer | undefined;
  /** The one page entry this response was made from; undefined when there was none or more than one. */
  read: PageRead | undefined;
};

/** What the memory knows of tag revalidations. */
export interface TagTimes {
  /** Whether one of `tags` is known to have been revalidated after `lastModified` (and by `now`). */
  expired(tags: readonly string[], lastModified: number, now: number): boolean;
  /**
   * Whether what is known of `tags` is recent enough to answer now; `verifiedAt` is when the entry's tags were last
   * seen unexpired by the cache handler itself (its read). A source may note the tags to refresh them.
   */
  trusted(tags: readonly string[], verifiedAt: number, now: number): boolean;
  /** A revalidation on this instance (told by the cache handler before it records it). */
  revalidated?(tags: readonly string[], at: number): void;
  /** Drops what it knows of tags no entry refers to any more. */
  forget?(referenced: ReadonlySet<string>, now: number): void;
}

/** Without Redis: the cache handler's own tag times (TagExpiries in lib/shared-cache.mjs), exact and local. */
export class FileTagTimes implements TagTimes {
  constructor(private readonly expiries: { expired(tags: string[], lastModified: number): boolean }) {}
  expired(tags: readonly string[], lastModified: number): boolean {
    return this.expiries.expired(tags as string[], lastModified);
  }
  trusted(): boolean {
    return true;
  }
}

type TagInfo = { at: number; checkedAt: number };

/**
 * With Redis: what this instance knows of the tag times in Redis. Its own revalidations arrive at once
 * (revalidated); the others' are fetched by poll() for the tags of the entries asked for since the last poll.
 * An entry is trusted while each of its tags was seen unexpired (by the cache handler's read of the page, or by a
 * poll) no longer than MAX_LAG_MS ago.
 */
export class PolledTagTimes implements TagTimes {
  private known = new Map<string, TagInfo>();
  private wanted = new Set<string>();
  private polling = false;

  constructor(private readonly maxLagMs = MAX_LAG_MS) {}

  expired(tags: readonly string[], lastModified: number): boolean {
    for (const tag of tags) {
      const info = this.known.get(tag);
      if (info && info.at > lastModified) return true;
    }
    return false;
  }

  trusted(tags: readonly string[], verifiedAt: number, now: number): boolean {
    let since = Infinity;
    for (const tag of tags) {
      this.wanted.add(tag);
      since = Math.min(since, Math.max(verifiedAt, this.known.get(tag)?.checkedAt ?? -Infinity));
    }
    return since >= now - this.maxLagMs;
  }

  revalidated(tags: readonly string[], at: number) {
    for (const tag of tags) {
      const info = this.known.get(tag);
      if (info) info.at = Math.max(info.at, at);
      else this.known.set(tag, { at, checkedAt: -Infinity });
    }
  }

  /**
   * Fetches the times of the tags wanted since the last poll (`fetchTimes` answers one time or null per tag, in
   * order; it throws when Redis does not answer, and then nothing is learnt: entries stop being trusted).
   */
  async poll(fetchTimes: (tags: string[]) => Promise<(string | number | null)[]>, now: () => number = Date.now): Promise<void> {
    if (this.polling || this.wanted.size === 0) return;
    const tags = [...this.wanted];
    this.wanted.clear();
    this.polling = true;
    try {
      // Sent now: what comes back is at least as recent as this.
      const sentAt = now();
      const times = await fetchTimes(tags);
      tags.forEach((tag, i) => {
        const value = times[i];
        const at = value === null || value === undefined ? -Infinity : Number(value);
        const info = this.known.get(tag);
        if (info) {
          info.at = Math.max(info.at, Number.isFinite(at) ? at : -Infinity);
          info.checkedAt = Math.max(info.checkedAt, sentAt);
        } else this.known.set(tag, { at: Number.isFinite(at) ? at : -Infinity, checkedAt: sentAt });
      });
    } finally {
      this.polling = false;
    }
  }

  /** Polls every `everyMs` until stopped; a failed poll is only a poll that taught nothing. */
  startPolling(fetchTimes: (tags: string[]) => Promise<(string | number | null)[]>, everyMs = POLL_MS): () => void {
    const timer = setInterval(() => void this.poll(fetchTimes).catch(() => {}), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Forgets tags no entry refers to, unless revalidated in the last minute: a request still on its way may store a
   * page read before that revalidation, and must find it expired.
   */
  forget(referenced: ReadonlySet<string>, now: number) {
    for (const [tag, info] of this.known) if (!referenced.has(tag) && info.at < now - 60_000) this.known.delete(tag);
  }

  /** How many tags are known (for tests). */
  get size() {
    return this.known.size;
  }
}

type Entry = {
  headers: OutgoingHttpHeaders;
  notModified: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
  lastModified: number;
  freshUntil: number;
  verifiedAt: number;
  tags: string[];
  size: number;
};

export type MemoryAnswer = { status: 200 | 304; headers: OutgoingHttpHeaders; body: Buffer | undefined };

/** Next's s-maxage in seconds, or null when the response is not one a shared cache may keep. */
function sharedMaxAge(cacheControl: string | undefined): number | null {
  if (!cacheControl || /\b(?:private|no-store|no-cache)\b/i.test(cacheControl)) return null;
  const match = /\bs-maxage=(\d+)\b/i.exec(cacheControl);
  return match ? Number(match[1]) : null;
}

const text = (value: OutgoingHttpHeaders[string]) => (value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : String(value));

/** A bounded LRU of whole responses: see the file's header for what it keeps and when entries go. */
export class PageMemory {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  readonly maxEntries: number;
  readonly maxBytes: number;
  private readonly tagTimes: TagTimes;
  private readonly now: () => number;

  constructor(options: { maxEntries?: number; maxBytes?: number; tagTimes: TagTimes; now?: () => number }) {
    this.maxEntries = options.maxEntries ?? DEFAULT_ENTRIES;
    this.maxBytes = options.maxBytes ?? DEFAULT_MB * 1024 * 1024;
    this.tagTimes = options.tagTimes;
    this.now = options.now ?? Date.now;
  }

  get size() {
    return this.entries.size;
  }

  get totalBytes() {
    return this.bytes;
  }

  has(key: string) {
    return this.entries.has(key);
  }

  /** Why a response may not be kept, or null when it may. */
  whyNotStored(sent: SentResponse, now = this.now()): string | null {
    const { headers, body, read } = sent;
    if (sent.status !== 200) return `status ${sent.status}`;
    if (text(headers['x-nextjs-cache']) !== 'HIT') return `not from Next's cache (x-nextjs-cache: ${text(headers['x-nextjs-cache']) ?? 'none'})`;
    if (!body) return 'streamed';
    if (!read) return 'no single page entry read';
    if (!(read.lastModified > 0)) return 'unknown last-modified time';
    const maxAge = sharedMaxAge(sent.nextCacheControl);
    if (maxAge === null) return `not cacheable by Next (${sent.nextCacheControl ?? 'no Cache-Control'})`;
    if (/\b(?:private|no-store)\b/i.test(text(headers['cache-control']) ?? '')) return 'private';
    if (headers['set-cookie'] !== undefined) return 'sets a cookie';
    const vary = (text(headers.vary) ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
    const other = vary.find((v) => !KEPT_VARY.has(v));
    if (other) return `varies on ${other}`;
    if (!headers.etag) return 'no ETag';
    if (/'nonce-/.test(text(headers['content-security-policy']) ?? '')) return 'CSP with a nonce';
    const encoding = text(headers['content-encoding']);
    if (encoding !== undefined && encoding !== 'gzip') return `encoded ${encoding}`;
    if (headers['content-length'] !== undefined && Number(text(headers['content-length'])) !== body.length) return 'length differs';
    if (body.length > this.maxBytes / 8) return 'too large';
    if (read.lastModified + maxAge * 1000 <= now) return 'stale';
    if (this.tagTimes.expired(read.tags, read.lastModified, now)) return 'tags revalidated';
    return null;
  }

  /**
   * Keeps `sent` under `key` when it may be kept (whyNotStored); `verifiedAt` is when the request began (the cache
   * handler's read of the page, which checked its tags, came after). Returns why not, or null when kept.
   */
  store(key: string, sent: SentResponse, verifiedAt: number): string | null {
    const now = this.now();
    const why = whyNotKeptAt(key.slice(key.indexOf(' ') + 1)) ?? this.whyNotStored(sent, now);
    if (why) return why;
    const read = sent.read!;
    const body = sent.body!;
    if (!this.tagTimes.trusted(read.tags, verifiedAt, now)) return 'tag times unknown';
    this.insert(key, sent.headers, body, read.lastModified, read.lastModified + sharedMaxAge(sent.nextCacheControl)! * 1000, verifiedAt, read.tags);
    return null;
  }

  /** Why a dynamic page's response may not be kept (see storeDynamic), or null when it may. */
  whyNotStoredDynamic(sent: SentResponse, reads: readonly DataRead[], now = this.now()): string | null {
    const { headers, body } = sent;
    if (sent.status !== 200) return `status ${sent.status}`;
    if (headers['x-nextjs-cache'] !== undefined) return 'not a dynamic render';
    if (!body) return 'streamed';
    if (reads.length === 0) return 'no data read';
    if (/\b(?:private|no-store)\b/i.test(text(headers['cache-control']) ?? '')) return 'private';
    if (headers['set-cookie'] !== undefined) return 'sets a cookie';
    const vary = (text(headers.vary) ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
    const other = vary.find((v) => !KEPT_VARY.has(v));
    if (other) return `varies on ${other}`;
    if (!headers.etag) return 'no ETag';
    const policy = text(headers['content-security-policy']) ?? '';
    if (!policy) return 'no CSP';
    if (/'nonce-/.test(policy)) return 'CSP with a nonce';
    const encoding = text(headers['content-encoding']);
    if (encoding !== undefined && encoding !== 'gzip') return `encoded ${encoding}`;
    if (headers['content-length'] !== undefined && Number(text(headers['content-length'])) !== body.length) return 'length differs';
    if (body.length > this.maxBytes / 8) return 'too large';
    return null;
  }

  /**
   * Keeps a dynamic render (the search page) made from `reads` alone: fresh for DYNAMIC_MAX_AGE_MS from
   * `verifiedAt` (when the request began), or less when one of its reads would be refreshed sooner, and gone when
   * one of their tags is revalidated after `verifiedAt`. Returns why not, or null when kept.
   */
  storeDynamic(key: string, sent: SentResponse, verifiedAt: number, reads: readonly DataRead[]): string | null {
    const now = this.now();
    const url = key.slice(key.indexOf(' ') + 1);
    const why = (isSearchPage(url) ? null : 'not a kept dynamic page') ?? this.whyNotStoredDynamic(sent, reads, now);
    if (why) return why;
    let freshUntil = verifiedAt + DYNAMIC_MAX_AGE_MS;
    const tags = new Set<string>();
    for (const read of reads) {
      for (const tag of read.tags) tags.add(tag);
      if (read.lastModified !== undefined && read.revalidate !== undefined && Number.isFinite(read.revalidate)) {
        freshUntil = Math.min(freshUntil, read.lastModified + read.revalidate * 1000);
      }
    }
    if (freshUntil <= now) return 'stale data';
    const all = [...tags];
    if (this.tagTimes.expired(all, verifiedAt, now)) return 'tags revalidated';
    if (!this.tagTimes.trusted(all, verifiedAt, now)) return 'tag times unknown';
    this.insert(key, sent.headers, sent.body!, verifiedAt, freshUntil, verifiedAt, all);
    return null;
  }

  private insert(key: string, sentHeaders: OutgoingHttpHeaders, body: Buffer, lastModified: number, freshUntil: number, verifiedAt: number, tags: readonly string[]) {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(sentHeaders)) if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    headers[MEMORY_HEADER] = 'hit';
    const notModified = { ...headers };
    for (const name of ['content-length', 'content-type', 'content-encoding']) delete notModified[name];
    let size = body.length + key.length * 2 + 512;
    for (const [name, value] of Object.entries(headers)) size += name.length + (text(value)?.length ?? 0);
    const entry: Entry = { headers, notModified, body, etag: text(headers.etag)!, lastModified, freshUntil, verifiedAt, tags: [...tags], size };
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /**
   * The answer from memory for a request whose key is `key`, or undefined: the whole response, a 304 when its
   * If-None-Match names the entry's ETag, without a body for HEAD.
   */
  answer(key: string, req: MemoryRequest): MemoryAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.now();
    if (now >= entry.freshUntil || this.tagTimes.expired(entry.tags, entry.lastModified, now)) {
      this.delete(key);
      return undefined;
    }
    if (!this.tagTimes.trusted(entry.tags, entry.verifiedAt, now)) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (matches(single(req.headers['if-none-match']), entry.etag)) return { status: 304, headers: entry.notModified, body: undefined };
    return { status: 200, headers: entry.headers, body: (req.method ?? 'GET').toUpperCase() === 'HEAD' ? undefined : entry.body };
  }

  delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /** Drops every entry Next would no longer serve fresh, and lets the tag source forget tags no entry uses. */
  sweep(now = this.now()) {
    const referenced = new Set<string>();
    for (const [key, entry] of this.entries) {
      if (now >= entry.freshUntil || this.tagTimes.expired(entry.tags, entry.lastModified, now)) this.delete(key);
      else for (const tag of entry.tags) referenced.add(tag);
    }
    this.tagTimes.forget?.(referenced, now);
  }
}

/**
 * The memory's bounds from the environment: BUREAU_PAGE_MEMORY_MB megabytes (64 by default) and 2,000 pages; null
 * when it is 0 (no memory). A value that is not a number is reported and the default used.
 */
export function memoryLimits(env: Record<string, string | undefined> = process.env, warn: (message: string) => void = console.warn): { maxEntries: number; maxBytes: number } | null {
  const raw = env.BUREAU_PAGE_MEMORY_MB?.trim();
  let mb = DEFAULT_MB;
  if (raw) {
    const value = Number(raw);
    if (Number.isFinite(value) && value >= 0) mb = value;
    else warn(`BUREAU_PAGE_MEMORY_MB=${raw} is not a number of megabytes: the page memory keeps ${DEFAULT_MB} MB.`);
  }
  if (mb === 0) return null;
  return { maxEntries: DEFAULT_ENTRIES, maxBytes: Math.round(mb * 1024 * 1024) };
}
