/**
 * Bureau's HTTP server: Next.js's own request handler, plus two things Next.js 16 does not do.
 * 1. A path Next cannot decode (vercel/next.js#92527) gets the localized 404 instead of a 500.
 * 2. When a page calls notFound(), Next answers 404 with an empty document body and draws the not-found UI only
 *    once JavaScript runs (measured on 15.5, 16.2 and 16.4; vercel/next.js#62228). Readers without JavaScript
 *    and crawlers would see a blank page, so the body of such a response is replaced by the server-rendered
 *    404 view (/{locale}/404), which also links a story to the languages it exists in. A page that fails
 *    (status 500, e.g. the database is unreachable) has the same empty body: it is replaced by the
 *    "temporarily unavailable" view with status 503, and the server keeps serving.
 * 3. A write from another site's page (forged Origin) or with a body over the limit, an unknown method (TRACE),
 *    and a form or server-action body Next.js could not decode are refused before Next.js runs anything, with a
 *    translated page: see lib/request-guard.ts.
 * 4. Every response gets its Cache-Control from one policy (lib/cache-policy.ts), set as its headers leave, so
 *    a front cache can keep public pages for seconds and never keeps the newsroom or a signed-in editor's page.
 * 5. Responses are compressed here, not by Next.js: a page that has not changed is compressed once and gets an
 *    ETag from a native hash (lib/http-compression.ts).
 * 6. Scheduled stories go live on time: when their job fires (db/jobs.ts: pg-boss on PostgreSQL, so one instance
 *    runs it; a timer every BUREAU_SCHEDULER_INTERVAL_MS on the embedded database) the server asks its own
 *    /api/internal/publish-due, with a token only this process knows, so the cache is expired inside Next.
 * 7. With REDIS_URL set, it says at start whether the shared cache answers (lib/shared-cache.mjs); an unreachable
 *    Redis does not stop it: pages render uncached until Redis is back.
 * 8. At start it checks the media storage (lib/media-storage.ts: local folder or S3 bucket) and says clearly which
 *    setting is wrong if it cannot be used; the portal serves anyway (pages render, photos answer 503).
 * 9. With DATABASE_REPLICA_URLS set, it checks the setting at start (a malformed entry is named and left out) and
 *    says whether each replica answers; an unreachable one only means public reads use the primary.
 * 10. On the embedded database it takes the folder's lock before it listens (db/pglite-lock.ts).
 * 11. Security headers on every response and a Content-Security-Policy on every page (lib/security-headers.ts):
 *     a fresh nonce handed to Next for what it renders, the hashes of the inline scripts for a whole cached page.
 * 12. A page Next.js answered from its cache is kept in memory as it left (headers, CSP hashes, gzip bytes), and the
 *     next anonymous reader of that URL is answered from there, without Next's request handler, until Next would
 *     stop serving it: its revalidate time or a revalidation of one of its tags, here at once, on other instances
 *     within a second through Redis (lib/page-memory.ts; BUREAU_PAGE_MEMORY_MB, 0 turns it off). Such answers carry
 *     `x-bureau-memory: hit`.
 * Used by `npm start` and by the e2e tests.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import next from 'next';
import postgres from 'postgres';
import { startTimedWork } from '@/db/jobs';
import { reservePgliteLock } from '@/db/pglite-lock';
import { pgliteDir, socialLinks } from '@/lib/config';
import { cacheControlFor, varyFor } from '@/lib/cache-policy';
import { CompressedBodies, compressResponse } from '@/lib/http-compression';
import { mediaStorage } from '@/lib/media-storage';
import { REPLICA_SETTING, displayDatabaseUrl, usableReplicaUrls, warnReplicasIgnored } from '@/lib/replica-urls';
import { FileTagTimes, PageMemory, PolledTagTimes, isSearchPage, memoryKeyFor, memoryLimits, whyNotKeptAt, type DataRead, type PageRead, type TagTimes } from '@/lib/page-memory';
import { TagExpiries, displayUrl, isRedisUrl, observeCache, redisPrefix, sharedConnection, tagExpiriesFile } from '@/lib/shared-cache.mjs';
import { CSP, baseSecurityHeaders, contentSecurityPolicy, inlineScriptHashes, isHtml, newNonce, nonceRequestHeader, ownScriptSources } from '@/lib/security-headers';
import { MAX_FORM_BYTES, bodyNeedsCheck, isReadableBody, refusalFor, refusalLocale, refusalResponse, type Refusal } from '@/lib/request-guard';
import { isDecodablePath, isNotFoundView, localeOfPath, notFoundViewFor, unavailableViewFor, isUnavailableView } from '@/lib/request-paths';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const INTERNAL = 'x-bureau-not-found-view';
/** Same header name as CLIENT_IP_HEADER in db/auth.ts (kept literal: this file runs outside the app bundle). */
const CLIENT_IP = 'x-bureau-client-ip';
/** Behind a reverse proxy (nginx) set BUREAU_TRUST_PROXY=1: the client is then the last X-Forwarded-For hop. */
const trustProxy = process.env.BUREAU_TRUST_PROXY === '1';

/** The client's address for throttling, from the socket (or the proxy's header); never from the client. */
function clientAddress(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',').pop()!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** How long requests in flight may take to finish once the server is stopping. */
const STOP_GRACE_MS = Number(process.env.BUREAU_STOP_GRACE_MS || 10_000);

/** How much of a refused body is read and thrown away before the connection is cut. */
const DISCARD_LIMIT = 64 * 1024 * 1024;

/** Answers a refused request in its language (JSON for scripts and server actions). */
function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal) {
  const path = req.url ?? '/';
  const wantsJson = path.startsWith('/api/') || Boolean(req.headers['next-action']) || (header(req.headers.accept) ?? '').includes('application/json');
  const answer = refusalResponse(refusal, refusalLocale(path, header(req.headers['accept-language'])), wantsJson);
  res.writeHead(answer.status, {
    'content-type': answer.contentType,
    'cache-control': 'no-store',
    ...(refusal === 'method' && { allow: 'GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE' }),
  });
  res.end(answer.body);
}

/** Refuses an unknown method, or a forged or oversized write, with a translated answer; true when it did. */
function refuseBadWrite(req: IncomingMessage, res: ServerResponse): boolean {
  const refusal = refusalFor({
    method: req.method,
    path: req.url ?? '/',
    origin: header(req.headers.origin),
    host: (trustProxy && header(req.headers['x-forwarded-host'])) || header(req.headers.host),
    contentLength: header(req.headers['content-length']),
    siteUrl: process.env.BUREAU_SITE_URL,
  });
  if (!refusal) return false;
  refuse(req, res, refusal);
  discardBody(req);
  return true;
}

/**
 * The body is discarded as it arrives, so the client can finish sending and read the answer (closing at once
 * would break its upload with EPIPE); a sender that goes on far beyond any limit is cut off.
 */
function discardBody(req: IncomingMessage) {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT) req.destroy();
  });
  req.resume();
}

/** The whole body, or null when it grows past `limit` (a chunked body has no length to check first). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A request that reads as `req` did, with the body already read: what Next.js is handed after the check. */
function replayed(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  // Complete, as the original is: an incomplete message that is destroyed (read to its end) destroys the socket.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * Checks the body of a post Next.js would fail to decode (lib/request-guard.ts) before handing it on: a broken
 * one gets 400 in the reader's language, and nothing runs.
 */
function checkBodyThen(req: IncomingMessage, res: ServerResponse, serve: (req: IncomingMessage) => void) {
  const contentType = header(req.headers['content-type']);
  if (!bodyNeedsCheck(req.method, req.url ?? '/', contentType, Boolean(req.headers['next-action']))) return serve(req);
  readBody(req, MAX_FORM_BYTES)
    .then(async (body) => {
      if (body === null) {
        refuse(req, res, 'tooLarge');
        discardBody(req);
      } else if (!(await isReadableBody(contentType, body))) refuse(req, res, 'malformed');
      else serve(replayed(req, body));
    })
    .catch((error: unknown) => {
      console.error(error);
      res.destroy();
    });
}

/**
 * Sets the policy's Cache-Control (and Vary) whenever headers are written: Next.js and the routes set their own
 * values first, the policy has the last word. Installed before any other wrapper, so it sees the final status.
 */
function applyCachePolicy(req: IncomingMessage, res: ServerResponse) {
  const request = { method: req.method, url: req.url, cookie: header(req.headers.cookie) };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    // Headers passed to writeHead itself override those set before: fold any Cache-Control there in first.
    for (const given of rest) {
      if (!given || typeof given !== 'object' || Array.isArray(given)) continue;
      for (const key of Object.keys(given)) {
        if (key.toLowerCase() !== 'cache-control') continue;
        res.setHeader('cache-control', (given as Record<string, string>)[key]!);
        delete (given as Record<string, string>)[key];
      }
    }
    const current = res.getHeader('cache-control');
    const value = cacheControlFor(request, status, typeof current === 'string' ? current : undefined);
    if (value) res.setHeader('cache-control', value);
    const vary = varyFor(request, status);
    if (vary) {
      const existing = res.getHeader('vary');
      res.setHeader('vary', existing ? `${String(existing)}, ${vary}` : vary);
    }
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
}

const siteUrl = process.env.BUREAU_SITE_URL;
const securityHeaders = Object.entries(baseSecurityHeaders(siteUrl));
/** The inline-script hashes of recent whole HTML bodies, by content key: each distinct page is hashed once. */
const scriptHashes = new Map<string, string[]>();

/**
 * The security headers (lib/security-headers.ts) on every response, and the Content-Security-Policy on HTML.
 * Next.js renders with a fresh nonce (given to it in the request's CSP header) on its scripts; Bureau's own inline
 * script (the theme) is allowed by its hash. A page that arrives whole without that nonce (a cached page, rendered
 * for someone else) gets the hashes of its inline scripts instead, computed once per distinct body.
 * Returns the hook for the whole body (compressResponse).
 */
function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, options: { nonce: boolean } = { nonce: true }): (body: Buffer, key: string) => void {
  setSecurityHeaders(res);
  const nonce = newNonce();
  // Without a nonce handed to Next, a render's inline scripts are allowed by their hashes (the body must then be
  // kept whole: compressResponse's `whole`).
  if (options.nonce) req.headers[CSP] = nonceRequestHeader(nonce);
  const path = req.url ?? '/';
  const noncePolicy = () => contentSecurityPolicy({ path, scripts: [`'nonce-${nonce}'`, ...ownScriptSources], siteUrl });
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (!res.getHeader(CSP) && isHtml(res.getHeader('content-type'))) res.setHeader(CSP, noncePolicy());
    return writeHead(...args);
  }) as typeof res.writeHead;
  return (body, key) => {
    if (!isHtml(res.getHeader('content-type'))) return;
    if (body.includes(`nonce="${nonce}"`)) return void res.setHeader(CSP, noncePolicy());
    let hashes = scriptHashes.get(key);
    if (hashes) {
      scriptHashes.delete(key);
    } else {
      hashes = inlineScriptHashes(body.toString('utf8'));
      if (scriptHashes.size >= 1024) scriptHashes.delete(scriptHashes.keys().next().value!);
    }
    scriptHashes.set(key, hashes);
    res.setHeader(CSP, contentSecurityPolicy({ path, scripts: hashes, siteUrl }));
  };
}

function setSecurityHeaders(res: ServerResponse) {
  for (const [name, value] of securityHeaders) res.setHeader(name, value);
}

/**
 * What Next's cache handler returned during the request running now: the page entries (null: a miss) and, for a
 * dynamic page the memory may keep, the data reads.
 */
type RequestReads = { pages: (PageRead | null)[]; data: DataRead[] | undefined };
const pageReads = new AsyncLocalStorage<RequestReads>();

/**
 * The memory of whole pages (lib/page-memory.ts), or null when BUREAU_PAGE_MEMORY_MB=0. Its tag times are the
 * cache handler's: the file-backed TagExpiries without Redis; with Redis, this instance's revalidations as the
 * handler makes them and the others' polled from the tags hash in Redis.
 */
function startPageMemory(): PageMemory | null {
  const limits = memoryLimits();
  if (!limits) {
    console.log('Page memory: off (BUREAU_PAGE_MEMORY_MB=0)');
    return null;
  }
  const url = process.env.REDIS_URL;
  let tagTimes: TagTimes;
  if (url && isRedisUrl(url)) {
    const polled = new PolledTagTimes();
    const connection = sharedConnection(url);
    const hash = `${redisPrefix()}tags`;
    polled.startPolling(async (tags) => {
      if (!connection.client.isReady) throw new Error('Redis is not connected');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Redis is late')), 400)));
      try {
        const parts: Promise<(string | null)[]>[] = [];
        for (let i = 0; i < tags.length; i += 1_000) parts.push(connection.client.hmGet(hash, tags.slice(i, i + 1_000)) as Promise<(string | null)[]>);
        return (await Promise.race([Promise.all(parts), late])).flat();
      } finally {
        clearTimeout(timer);
      }
    });
    tagTimes = polled;
  } else {
    tagTimes = new FileTagTimes(TagExpiries.of(tagExpiriesFile()));
  }
  const memory = new PageMemory({ ...limits, tagTimes });
  observeCache({
    read: ({ kind, entry, tags, revalidate }) => {
      const reads = pageReads.getStore();
      if (!reads) return;
      // Data reads (unstable_cache, kind FETCH) are not the page, but a dynamic page is made of them.
      if (kind === 'FETCH') reads.data?.push({ lastModified: entry?.lastModified, revalidate, tags });
      else if (kind === 'APP_PAGE' || kind === 'APP_ROUTE') reads.pages.push(entry ? { lastModified: entry.lastModified ?? 0, tags } : null);
    },
    revalidated: (tags, at) => tagTimes.revalidated?.(tags, at),
  });
  setInterval(() => memory.sweep(), 10_000).unref();
  console.log(`Page memory: up to ${limits.maxEntries} pages in ${Math.round(limits.maxBytes / 1024 / 1024)} MB (BUREAU_PAGE_MEMORY_MB)`);
  return memory;
}

/**
 * Keeps the response in the memory if it may be kept (PageMemory.store decides): installed before every other
 * wrapper, so it sees the status, headers and bytes exactly as they leave. Returns the hook to call when the
 * whole body is known, before the policy replaces Next's Cache-Control (whose s-maxage is the page's lifetime).
 */
function keepInMemory(res: ServerResponse, memory: PageMemory, key: string, reads: RequestReads, startedAt: number): () => void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let status = 0;
  let headers: OutgoingHttpHeaders | undefined;
  let nextCacheControl: string | undefined;
  let whole = false;
  let written = false;
  res.writeHead = ((code: number, ...rest: unknown[]) => {
    status = code;
    // Headers handed to writeHead itself (not set on the response) are not seen here: such an answer is not kept.
    headers = rest.some((arg) => arg !== null && typeof arg === 'object') ? undefined : res.getHeaders();
    return writeHead(code, ...rest);
  }) as typeof res.writeHead;
  res.write = ((...args: unknown[]) => {
    written = true;
    return write(...args);
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    const body = args[0];
    if (whole && !written && headers && Buffer.isBuffer(body)) {
      // Exactly one page entry read, and found: anything else is not a page served from Next's cache.
      const read = reads.pages.length === 1 ? (reads.pages[0] ?? undefined) : undefined;
      const sent = { status, headers, nextCacheControl, body, read };
      if (reads.data) {
        if (reads.pages.length === 0) memory.storeDynamic(key, sent, startedAt, reads.data);
      } else memory.store(key, sent, startedAt);
    }
    return end(...args);
  }) as typeof res.end;
  return () => {
    whole = true;
    const value = res.getHeader('cache-control');
    nextCacheControl = typeof value === 'string' ? value : undefined;
  };
}

/** Answers from memory when it holds this request's page; true when it did. */
function answerFromMemory(req: IncomingMessage, res: ServerResponse, memory: PageMemory, key: string): boolean {
  const answer = memory.answer(key, req);
  if (!answer) return false;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
  return true;
}

/** Whether a 404 for this request is a reader's page load (not a client-side navigation, asset or API call). */
function isDocumentRequest(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !req.headers.rsc &&
    !req.headers[INTERNAL] &&
    localeOfPath(req.url ?? '/') !== null
  );
}

/** Every response of a view carries the status it stands for. */
function forceStatus(res: ServerResponse, replacement: number) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => writeHead(status === 200 ? replacement : status, ...rest)) as typeof res.writeHead;
}

/**
 * If Next answers 404 or 5xx, its (empty) body is dropped and the matching view is sent in its place. The decision is
 * taken at the first of writeHead, write or end, whichever Next calls first; any other status passes through.
 * The wrappers stay in place and forward (the compression wrapper may call them later, so they must not be swapped
 * back), keeping the first decision for later calls.
 */
function replaceEmptyErrorBody(req: IncomingMessage, res: ServerResponse, origin: () => string) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let replacing: boolean | null = null;
  const swallow = (args: unknown[]) => {
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    callback?.();
  };
  const decide = (status: number): boolean => {
    if (replacing !== null) return replacing;
    replacing = status === 404 || status >= 500;
    if (replacing) {
      const failed = status >= 500;
      const view = failed ? unavailableViewFor(req.url ?? '/') : notFoundViewFor(req.url ?? '/');
      void fetchView(view, origin()).then(({ body, contentType }) => {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        setSecurityHeaders(res);
        // Cache-Control comes from the policy (applyCachePolicy): a 404 briefly public, a failure never stored.
        writeHead(failed ? 503 : 404, { 'content-type': contentType, ...(failed ? { 'retry-after': '30' } : {}) });
        end(req.method === 'HEAD' ? undefined : body);
      });
    }
    return replacing;
  };
  res.writeHead = ((...args: unknown[]) => (decide(args[0] as number) ? res : writeHead(...args))) as typeof res.writeHead;
  res.write = ((...args: unknown[]) => (decide(res.statusCode) ? (swallow(args), true) : write(...args))) as typeof res.write;
  res.end = ((...args: unknown[]) => (decide(res.statusCode) ? (swallow(args), res) : end(...args))) as typeof res.end;
}

async function fetchView(view: string, origin: string): Promise<{ body: string; contentType: string }> {
  try {
    const response = await fetch(`${origin}${view}`, {
      headers: { [INTERNAL]: '1', accept: 'text/html' },
      signal: AbortSignal.timeout(10_000),
    });
    return { body: await response.text(), contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8' };
  } catch {
    const status = view.includes('/404') ? '404' : '503';
    return {
      body: `<!doctype html><html lang="ru"><title>${status}</title><h1>${status}</h1><p><a href="/ru">Bureau</a></p></html>`,
      contentType: 'text/html; charset=utf-8',
    };
  }
}

/** Publishes due scheduled stories through the app (so its cache is expired), whenever the timed work says so. */
function startScheduler(origin: () => string) {
  return startTimedWork(async () => {
    const response = await fetch(`${origin()}/api/internal/publish-due`, {
      method: 'POST',
      headers: { 'x-bureau-internal-token': process.env.BUREAU_INTERNAL_TOKEN! },
      signal: AbortSignal.timeout(30_000),
    });
    // A failure (the database down for a moment) fails the job, and pg-boss tries it again.
    if (!response.ok) throw new Error(`publish-due answered ${response.status}`);
  });
}

/** Connects the shared cache before the first request, so its state is told at start, not at the first reader. */
async function announceSharedCache() {
  const url = process.env.REDIS_URL;
  if (!url) return;
  if (!isRedisUrl(url)) {
    console.error(`Shared cache: REDIS_URL is not a redis:// or rediss:// URL (${displayUrl(url)}). This instance keeps its own cache; other instances will not see its publishes until it is fixed.`);
    return;
  }
  // Unreachable: the connection itself has said so, naming REDIS_URL, and keeps retrying.
  if (await sharedConnection(url).ready(1_500)) console.log(`Shared cache: Redis at ${displayUrl(url)}`);
}

/** Says where photos are kept, or what is wrong with that setting; never stops the server. */
async function reportMediaStorage() {
  const problem = await mediaStorage.check().catch((error: unknown) => String(error));
  if (problem) console.error(`Media storage: ${problem}. Pages are served; photos answer 503 until this is fixed.`);
  else console.log(`Media storage: ${mediaStorage.description}`);
}

/** Validates DATABASE_REPLICA_URLS and says, before the first request, which replicas answer. */
async function announceReplicas() {
  const urls = usableReplicaUrls(process.env[REPLICA_SETTING]);
  if (urls.length === 0) return;
  if (!process.env.DATABASE_URL) return warnReplicasIgnored();
  await Promise.all(
    urls.map(async (url) => {
      const label = displayDatabaseUrl(url);
      const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
      try {
        const [row] = await sql<{ standby: boolean }[]>`select pg_is_in_recovery() as standby`;
        if (row?.standby) console.log(`Read replica: ${label}`);
        else console.warn(`Read replica ${label} (${REPLICA_SETTING}) is not a standby: public reads use the primary instead.`);
      } catch (error) {
        console.warn(`Read replica ${label} (${REPLICA_SETTING}) does not answer (${(error as Error).message}): public reads use the primary until it does.`);
      } finally {
        await sql.end({ timeout: 1 });
      }
    }),
  );
}

/**
 * On the embedded database, takes its folder's lock before anything else: a second server on the same folder
 * stops here with a message that says who holds it, and never listens.
 */
function holdEmbeddedDatabase() {
  if (process.env.DATABASE_URL || pgliteDir === 'memory://') return;
  try {
    reservePgliteLock(pgliteDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

async function main() {
  holdEmbeddedDatabase();
  process.env.BUREAU_INTERNAL_TOKEN ||= randomBytes(32).toString('base64url');
  await announceReplicas();
  await announceSharedCache();
  // A malformed BUREAU_SOCIAL_LINKS entry is named here and left out of the footer.
  for (const problem of socialLinks.problems) console.warn(problem);
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const compressed = new CompressedBodies();
  const memory = startPageMemory();
  let stopping = false;
  const server = createServer((req, res) => {
    // Stopping: this request is answered, and its connection closed after it (no new request can come on it).
    if (stopping) res.setHeader('connection', 'close');
    const memoryKey = memory ? memoryKeyFor(req) : null;
    if (memoryKey && answerFromMemory(req, res, memory!, memoryKey)) return;
    // Only GET fills the memory (HEAD is answered from the GET's entry), and only for a reader page's URL.
    const url = req.url ?? '/';
    const reads: RequestReads | undefined =
      memoryKey && req.method === 'GET' && whyNotKeptAt(url) === null ? { pages: [], data: isSearchPage(url) ? [] : undefined } : undefined;
    const wholeBody = reads ? keepInMemory(res, memory!, memoryKey!, reads, Date.now()) : undefined;
    // A search that may be kept is rendered without a nonce, so another reader may be given it (PageMemory.storeDynamic).
    const dynamicKept = reads?.data !== undefined;
    req.headers[CLIENT_IP] = clientAddress(req);
    applyCachePolicy(req, res);
    const hashWholePage = applySecurityHeaders(req, res, { nonce: !dynamicKept });
    compressResponse(
      req,
      res,
      compressed,
      (body, key) => {
        hashWholePage(body, key);
        wholeBody?.();
      },
      { whole: dynamicKept },
    );
    if (refuseBadWrite(req, res)) return;
    if (req.url && !isDecodablePath(req.url)) req.url = notFoundViewFor(req.url);
    if (req.url && isNotFoundView(req.url)) forceStatus(res, 404);
    else if (req.url && isUnavailableView(req.url)) forceStatus(res, 503);
    else if (isDocumentRequest(req)) replaceEmptyErrorBody(req, res, () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    checkBodyThen(req, res, (checked) => {
      const handled = reads ? pageReads.run(reads, () => handle(checked, res)) : handle(checked, res);
      void handled.catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  let timedWork: { stop: () => Promise<void> } | undefined;
  server.listen(port, hostname, () => {
    console.log(`Bureau listening on http://localhost:${port}`);
    timedWork = startScheduler(() => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    void reportMediaStorage();
  });
  /*
   * Stopping (SIGTERM, SIGINT, or the starter gone): no new connections; every request in flight or arriving
   * on an open connection is answered, with "Connection: close", and its connection closed after it. The
   * job worker stops first (a job running now still reaches this server). Whatever is still open after
   * STOP_GRACE_MS (a client that never finishes) is cut, so the process always exits.
   */
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, STOP_GRACE_MS).unref();
    void (timedWork?.stop() ?? Promise.resolve())
      .catch(() => {})
      .finally(() => {
        // Stops listening and exits when the last connection has ended. Not http's close(), which also cuts the
        // idle keep-alive connections at once (Node 19+): a client that sent its next request on one just then
        // would get a reset. Instead, a connection's next request is answered with "Connection: close" and it
        // ends after that answer; one left idle ends at its keep-alive timeout (5 s).
        net.Server.prototype.close.call(server, () => process.exit(0));
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Started by `npm start` (scripts/start.ts) with a channel: if the starter is gone (killed), so is the server.
  if (process.send) process.on('disconnect', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
