/**
 * Response compression and validators for Bureau's server (scripts/server.ts), in place of Next.js's own
 * (`compress: false`, `generateEtags: false` in next.config.ts).
 *
 * Why: profiling a cached story page (120 KB of HTML) showed most of each request going to two things Next.js
 * redoes for every reader although the page has not changed: an ETag computed by a JavaScript loop over every
 * character, and gzip. Here a response that arrives whole (a cached page, a static file) is hashed natively
 * (SHA-1, a fraction of a millisecond) and its gzip bytes are kept by that hash, so the same page is compressed
 * once, not once per reader. The hash is the ETag, so a browser that has the page gets a 304.
 * Because the key is the content itself, a kept copy can never be stale: a changed page is a different hash.
 *
 * A response that is still being written on the next tick (a streamed, dynamic page) is compressed as a
 * stream instead, flushed after every write, so streaming still reaches the reader as it happens.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants, createGzip, gzip } from 'node:zlib';
import { hasSession } from '@/lib/cache-policy';

const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:json|javascript|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json|x-component)|image\/svg\+xml)/i;
/** Below this, compressing costs more than it saves (Next.js used the same threshold). */
const MIN_BYTES = 1024;

/** Compressed bodies by content hash, least recently used dropped first, bounded in bytes. */
export class CompressedBodies {
  private entries = new Map<string, Buffer>();
  private bytes = 0;
  constructor(private readonly limit = 64 * 1024 * 1024) {}
  get(key: string): Buffer | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: Buffer) {
    if (value.length > this.limit / 8 || this.entries.has(key)) return;
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldest, body] of this.entries) {
      if (this.bytes <= this.limit) break;
      this.entries.delete(oldest);
      this.bytes -= body.length;
    }
  }
  get size() {
    return this.entries.size;
  }

  /**
   * Next.js hands a cached page over as the same string object each time: remembered by that string, its bytes,
   * hash and gzip are found without converting or hashing 100 KB again (V8 keeps a string's hash with it).
   */
  private texts = new Map<string, KnownText>();
  known(text: string): KnownText | undefined {
    return this.texts.get(text);
  }
  remember(text: string, known: KnownText) {
    if (this.texts.has(text) || known.raw.length > this.limit / 8) return;
    this.texts.set(text, known);
    while (this.texts.size > 256) this.texts.delete(this.texts.keys().next().value!);
  }
}

type KnownText = { raw: Buffer; hash: string; gzip: Buffer };

type Callback = (error?: Error | null) => void;
type Chunk = string | Buffer | Uint8Array;

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** Whether the client takes gzip: the only encoding negotiated here (lib/page-memory.ts keys on it). */
export function acceptsGzip(req: Pick<IncomingMessage, 'headers'>): boolean {
  const header = req.headers['accept-encoding'];
  return typeof header === 'string' && /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\b)/i.test(header);
}

/** Whether an If-None-Match value names `etag` (weakly compared, as for GET). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === bare);
}

/**
 * Installs compression on one response. Call before any other wrapper that writes a body of its own (those
 * writes are then compressed too) and after any that must see the final headers (the cache policy).
 */
export function compressResponse(
  req: IncomingMessage,
  res: ServerResponse,
  cache: CompressedBodies,
  /** Called once the whole body is known, before its headers leave, with the body and its content key. */
  onWholeBody?: (body: Buffer, key: string) => void,
  /**
   * Keep the whole body before anything leaves, even when it is written over several ticks (a streamed render):
   * for a page rendered without a CSP nonce, whose policy can only be written from the whole body's script hashes.
   */
  options: { whole?: boolean } = {},
) {
  // HEAD answers carry no body to hash or compress: Next.js's headers pass unchanged.
  if (req.method !== 'GET') return;
  const gzipOk = acceptsGzip(req);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, cb?: Callback) => ServerResponse;

  let head: { status: number; rest: unknown[] } | null = null;
  let mode: 'undecided' | 'buffering' | 'streaming' | 'passing' = 'undecided';
  const buffered: Buffer[] = [];
  let stream: ReturnType<typeof createGzip> | null = null;
  let checkScheduled = false;
  let ended = false;

  /** Headers passed to writeHead(status, headers) are folded into the response, so one place holds them. */
  const foldHeaders = (rest: unknown[]) => {
    const kept: unknown[] = [];
    for (const arg of rest) {
      if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
        for (const [name, value] of Object.entries(arg as Record<string, string | string[] | number>)) res.setHeader(name, value);
      } else if (typeof arg === 'string') kept.push(arg);
    }
    return kept;
  };

  const eligible = () => {
    const status = head?.status ?? res.statusCode;
    if (status < 200 || status === 204 || status === 206 || status === 304) return false;
    if (res.getHeader('content-encoding')) return false;
    return COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''));
  };

  const flushHead = () => {
    const status = head?.status ?? res.statusCode;
    const rest = head ? head.rest : [];
    head = null;
    return writeHead(status, ...rest);
  };

  const addVary = () => {
    const vary = String(res.getHeader('vary') ?? '');
    if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  };

  const startStreaming = () => {
    mode = 'streaming';
    if (!gzipOk) {
      res.removeHeader('content-length');
      flushHead();
      for (const chunk of buffered.splice(0)) write(chunk);
      return;
    }
    res.removeHeader('content-length');
    res.setHeader('content-encoding', 'gzip');
    addVary();
    flushHead();
    stream = createGzip({ flush: constants.Z_SYNC_FLUSH });
    stream.on('data', (chunk: Buffer) => write(chunk));
    for (const chunk of buffered.splice(0)) stream.write(chunk);
  };

  /** The whole body is known: validator, 304, and the kept or fresh gzip bytes. */
  const finishWhole = (cb?: Callback, text?: string) => {
    const known = text === undefined ? undefined : cache.known(text);
    const body = known?.raw ?? Buffer.concat(buffered.splice(0));
    buffered.length = 0;
    const status = head?.status ?? res.statusCode;
    const hash = known?.hash ?? createHash('sha1').update(body).digest('base64url');
    const key = `${hash}:${body.length}`;
    onWholeBody?.(body, key);
    if (status === 200 && !res.getHeader('etag')) res.setHeader('etag', `W/"${hash}"`);
    addVary();
    if (status === 200 && matches(req.headers['if-none-match'] as string | undefined, String(res.getHeader('etag')))) {
      for (const name of ['content-length', 'content-type', 'content-encoding']) res.removeHeader(name);
      if (head) head.status = 304;
      else res.statusCode = 304;
      flushHead();
      return end(undefined, undefined, cb);
    }
    if (!gzipOk || body.length < MIN_BYTES) {
      res.setHeader('content-length', body.length);
      flushHead();
      return end(body, undefined, cb);
    }
    const send = (compressed: Buffer) => {
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('content-length', compressed.length);
      flushHead();
      end(compressed, undefined, cb);
    };
    const kept = known?.gzip ?? cache.get(key);
    if (kept) return send(kept);
    gzip(body, (error, compressed) => {
      if (error) {
        res.setHeader('content-length', body.length);
        flushHead();
        return end(body, undefined, cb);
      }
      // Only what anyone may receive is kept: never a signed-in editor's page or one marked private.
      if (!hasSession(req.headers.cookie) && !/\b(?:private|no-store)\b/.test(String(res.getHeader('cache-control') ?? ''))) {
        cache.set(key, compressed);
        if (text !== undefined) cache.remember(text, { raw: body, hash, gzip: compressed });
      }
      send(compressed);
    });
    return res;
  };

  const decide = () => {
    if (mode !== 'undecided') return;
    mode = eligible() ? 'buffering' : 'passing';
    if (mode === 'passing') flushHead();
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (mode === 'passing' || mode === 'streaming') return writeHead(status, ...rest);
    head = { status, rest: foldHeaders(rest) };
    res.statusCode = status;
    return res;
  }) as typeof res.writeHead;

  res.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    decide();
    if (mode === 'passing') return write(chunk, encoding, cb);
    if (mode === 'streaming') {
      if (!stream) return write(chunk, encoding, cb);
      // Flushed right behind this chunk (queued in order), so the reader gets it now; asking for the flush from
      // the write's callback could come after end() and leave an 'end' listener per chunk.
      stream.write(toBuffer(chunk, encoding));
      stream.flush(() => cb?.());
      return true;
    }
    buffered.push(toBuffer(chunk, encoding));
    // Still writing after this tick: a stream, not a whole body.
    if (!checkScheduled) {
      checkScheduled = true;
      setImmediate(() => {
        if (mode === 'buffering' && !ended && !options.whole) startStreaming();
      });
    }
    cb?.();
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    if (typeof chunk === 'function') [cb, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    ended = true;
    decide();
    if (mode === 'passing') return end(chunk as Chunk, encoding, cb);
    if (mode === 'streaming') {
      if (chunk !== undefined && chunk !== null) (stream ?? { write: (c: Buffer) => write(c) }).write(toBuffer(chunk as Chunk, encoding));
      if (!stream) return end(undefined, undefined, cb);
      stream.once('end', () => end(undefined, undefined, cb));
      stream.end();
      return res;
    }
    // The common case, a cached page in one string: it may be known already.
    if (buffered.length === 0 && typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8') && cache.known(chunk)) {
      return finishWhole(cb, chunk);
    }
    const text = buffered.length === 0 && typeof chunk === 'string' ? chunk : undefined;
    if (chunk !== undefined && chunk !== null) buffered.push(toBuffer(chunk as Chunk, encoding));
    return finishWhole(cb, text);
  }) as typeof res.end;
}
