import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CompressedBodies, compressResponse } from './http-compression';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer; arrivals: number[] };

async function serve(handler: Parameters<typeof createServer>[1], cache = new CompressedBodies()) {
  server = createServer((req, res) => {
    compressResponse(req, res, cache);
    handler!(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return (headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Reply>((resolve, reject) => {
      const started = Date.now();
      request({ host: '127.0.0.1', port, path: '/', method, headers }, (res) => {
        const chunks: Buffer[] = [];
        const arrivals: number[] = [];
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          arrivals.push(Date.now() - started);
        });
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), arrivals }));
      })
        .on('error', reject)
        .end();
    });
}

const page = `<!doctype html><html lang="ru"><body>${'<p>Новости дня: şəhər, ölkə. </p>'.repeat(400)}</body></html>`;

describe('response compression', () => {
  it('compresses a whole page once and serves the same bytes to the next reader', async () => {
    const cache = new CompressedBodies();
    const get = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'public, max-age=0, s-maxage=2');
      res.end(page);
    }, cache);
    const first = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['vary']).toMatch(/accept-encoding/i);
    expect(Number(first.headers['content-length'])).toBe(first.body.length);
    expect(first.body.length).toBeLessThan(Buffer.byteLength(page) / 5);
    expect(gunzipSync(first.body).toString()).toBe(page);
    expect(cache.size).toBe(1);
    const second = await get({ 'accept-encoding': 'gzip' });
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers['etag']).toBe(first.headers['etag']);
  });

  it('answers 304 to a browser that already has the page, and the full page when it changed', async () => {
    let text = page;
    const get = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(text);
    });
    const first = await get();
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(first.body.toString()).toBe(page);
    const etag = first.headers['etag']!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await get({ 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    text = page.replace('Новости', 'Срочно');
    const changed = await get({ 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toContain('Срочно');
  });

  it('keeps nothing of a private page, though it compresses it', async () => {
    const cache = new CompressedBodies();
    const get = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'private, no-store' });
      res.end(page);
    }, cache);
    const reply = await get({ 'accept-encoding': 'gzip' });
    expect(gunzipSync(reply.body).toString()).toBe(page);
    expect(cache.size).toBe(0);
    const signedIn = await get({ 'accept-encoding': 'gzip', cookie: 'bureau.session_token=abc' });
    expect(gunzipSync(signedIn.body).toString()).toBe(page);
    expect(cache.size).toBe(0);
  });

  it('streams a page written over time, compressed, as it is written', async () => {
    const get = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write('<!doctype html><p>first part</p>'.padEnd(2000, ' '));
      setTimeout(() => res.end('<p>second part</p>'), 300);
    });
    const reply = await get({ 'accept-encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(reply.body).toString()).toMatch(/first part.*second part/s);
    // The first part reached the reader before the second was written.
    expect(reply.arrivals[0]).toBeLessThan(250);
  });

  it('streams many small writes without piling up listeners', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const get = await serve((_req, res) => {
      res.setHeader('content-type', 'text/x-component');
      res.write('x'.repeat(2000));
      setTimeout(() => {
        for (let i = 0; i < 30; i++) res.write(`chunk ${i};`);
        res.end('done');
      }, 20);
    });
    const reply = await get({ 'accept-encoding': 'gzip' });
    await new Promise((r) => setTimeout(r, 50));
    process.off('warning', onWarning);
    expect(gunzipSync(reply.body).toString()).toMatch(/chunk 29;done$/);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('leaves images, small answers, HEAD and non-gzip clients alone', async () => {
    const png = Buffer.alloc(5000, 1);
    let body: Buffer | string = png;
    let type = 'image/png';
    const get = await serve((_req, res) => {
      res.setHeader('content-type', type);
      res.end(body);
    });
    const image = await get({ 'accept-encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    type = 'text/plain';
    body = 'short';
    const small = await get({ 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('short');
    body = page;
    const head = await get({ 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const refused = await get({ 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('bounds what it keeps', () => {
    const cache = new CompressedBodies(8_000);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, Buffer.alloc(900));
    expect(cache.size).toBeLessThanOrEqual(8);
    expect(cache.get('k9')).toBeDefined();
    expect(cache.get('k0')).toBeUndefined();
  });
});
