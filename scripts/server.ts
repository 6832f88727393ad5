/**
 * Bureau's HTTP server: Next.js's own request handler, plus two things Next.js 16 does not do.
 * 1. A path Next cannot decode (vercel/next.js#92527) gets the localized 404 instead of a 500.
 * 2. When a page calls notFound(), Next answers 404 with an empty document body and draws the not-found UI only
 *    once JavaScript runs (measured on 15.5, 16.2 and 16.4; vercel/next.js#62228). Readers without JavaScript
 *    and crawlers would see a blank page, so the body of such a response is replaced by the server-rendered
 *    404 view (/{locale}/404), which also links a story to the languages it exists in.
 * Used by `npm start` and by the e2e tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import { isDecodablePath, isNotFoundView, localeOfPath, notFoundViewFor } from '@/lib/request-paths';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const INTERNAL = 'x-bureau-not-found-view';

/** Whether a 404 for this request is a reader's page load (not a client-side navigation, asset or API call). */
function isDocumentRequest(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !req.headers.rsc &&
    !req.headers[INTERNAL] &&
    localeOfPath(req.url ?? '/') !== null
  );
}

/** Every response of the 404 view carries status 404. */
function forceNotFoundStatus(res: ServerResponse) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => writeHead(status === 200 ? 404 : status, ...rest)) as typeof res.writeHead;
}

/**
 * If Next answers 404, its (empty) body is dropped and the 404 view's body is sent in its place. The decision is
 * taken at the first of writeHead, write or end, whichever Next calls first; any other status passes through.
 */
function replaceNotFoundBody(req: IncomingMessage, res: ServerResponse, origin: () => string) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const restore = () => Object.assign(res, original);
  const swallow = (...args: unknown[]) => {
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  let decision: boolean | null = null;
  const decide = (status: number): boolean => {
    // Next may hold on to a wrapper it read earlier: later calls keep the first decision.
    if (decision !== null) return decision;
    decision = status === 404;
    restore();
    if (!decision) return false;
    res.writeHead = (() => res) as typeof res.writeHead;
    res.write = swallow as typeof res.write;
    res.end = ((...args: unknown[]) => (swallow(...args), res)) as typeof res.end;
    void sendNotFoundView(req, origin()).then(({ body, contentType }) => {
      restore();
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.writeHead(404, { 'content-type': contentType, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
    return true;
  };
  res.writeHead = ((status: number, ...rest: unknown[]) =>
    decide(status) ? res : (res.writeHead as (...a: unknown[]) => ServerResponse)(status, ...rest)) as typeof res.writeHead;
  res.write = ((...args: unknown[]) =>
    decide(res.statusCode) ? swallow(...args) : (res.write as (...a: unknown[]) => boolean)(...args)) as typeof res.write;
  res.end = ((...args: unknown[]) =>
    decide(res.statusCode) ? (swallow(...args), res) : (res.end as (...a: unknown[]) => ServerResponse)(...args)) as typeof res.end;
}

async function sendNotFoundView(req: IncomingMessage, origin: string): Promise<{ body: string; contentType: string }> {
  try {
    const response = await fetch(`${origin}${notFoundViewFor(req.url ?? '/')}`, {
      headers: { [INTERNAL]: '1', accept: 'text/html' },
      signal: AbortSignal.timeout(10_000),
    });
    return { body: await response.text(), contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8' };
  } catch {
    return { body: '<!doctype html><html lang="ru"><title>404</title><h1>404</h1><p><a href="/ru">Bureau</a></p></html>', contentType: 'text/html; charset=utf-8' };
  }
}

async function main() {
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    if (req.url && !isDecodablePath(req.url)) req.url = notFoundViewFor(req.url);
    if (req.url && isNotFoundView(req.url)) forceNotFoundStatus(res);
    else if (isDocumentRequest(req)) replaceNotFoundBody(req, res, () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, hostname, () => console.log(`Bureau listening on http://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
