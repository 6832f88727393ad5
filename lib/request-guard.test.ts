import { describe, expect, it } from 'vitest';
import { MAX_FORM_BYTES, MAX_UPLOAD_BYTES, UPLOAD_PATH, bodyNeedsCheck, isReadableBody, refusalFor, refusalLocale, refusalResponse } from './request-guard';

const post = (over: Partial<Parameters<typeof refusalFor>[0]> = {}) =>
  refusalFor({ method: 'POST', path: '/ru/dashboard', origin: 'http://localhost:3000', host: 'localhost:3000', contentLength: '100', ...over });

describe('refusalFor', () => {
  it('lets same-site writes and every read through', () => {
    expect(post()).toBeNull();
    expect(post({ origin: undefined })).toBeNull();
    expect(post({ origin: 'https://news.example', host: '127.0.0.1:3000', siteUrl: 'https://news.example' })).toBeNull();
    expect(refusalFor({ method: 'GET', path: '/ru', origin: 'https://evil.example', host: 'localhost:3000', contentLength: String(10 * MAX_UPLOAD_BYTES) })).toBeNull();
  });

  it('refuses writes from another origin, a look-alike host or an opaque origin', () => {
    expect(post({ origin: 'https://evil.example' })).toBe('forgedOrigin');
    expect(post({ origin: 'http://localhost:3000.evil.example' })).toBe('forgedOrigin');
    expect(post({ origin: 'http://localhost:3001' })).toBe('forgedOrigin');
    expect(post({ origin: 'null' })).toBe('forgedOrigin');
    expect(post({ method: 'DELETE', origin: 'https://evil.example' })).toBe('forgedOrigin');
  });

  it('refuses bodies over the limit of their path, and nonsense lengths', () => {
    expect(post({ contentLength: String(MAX_FORM_BYTES) })).toBeNull();
    expect(post({ contentLength: String(MAX_FORM_BYTES + 1) })).toBe('tooLarge');
    expect(post({ path: UPLOAD_PATH, contentLength: String(MAX_FORM_BYTES + 1) })).toBeNull();
    expect(post({ path: UPLOAD_PATH, contentLength: String(MAX_UPLOAD_BYTES + 1) })).toBe('tooLarge');
    expect(post({ contentLength: 'abc' })).toBe('tooLarge');
  });

  it('refuses methods no browser uses, whatever the path', () => {
    for (const method of ['TRACE', 'TRACK', 'CONNECT', 'PROPFIND', 'FOO']) expect(refusalFor({ method, path: '/api/views', origin: undefined, host: 'x', contentLength: undefined })).toBe('method');
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(refusalFor({ method, path: '/ru', origin: undefined, host: 'x', contentLength: undefined })).toBeNull();
  });
});

describe('bodies read before Next.js', () => {
  const text = 'text/plain;charset=UTF-8';
  const readable = (body: string, type = text) => isReadableBody(type, Buffer.from(body));

  it('checks posts to pages and server actions, not the routes under /api or url-encoded forms', () => {
    expect(bodyNeedsCheck('POST', '/ru/login', text, true)).toBe(true);
    expect(bodyNeedsCheck('POST', '/ru', 'multipart/form-data; boundary=x', false)).toBe(true);
    expect(bodyNeedsCheck('POST', '/ru', text, false)).toBe(false);
    expect(bodyNeedsCheck('POST', '/ru', 'application/x-www-form-urlencoded', true)).toBe(false);
    expect(bodyNeedsCheck('POST', UPLOAD_PATH, 'multipart/form-data; boundary=x', false)).toBe(false);
    expect(bodyNeedsCheck('GET', '/ru', text, true)).toBe(false);
  });

  it('passes what the browser sends for an action', async () => {
    expect(await readable('[{"id":1,"locale":"ru","text":{"title":"$$5 за баррель"},"base":3}]')).toBe(true);
    expect(await readable('["ru","$undefined",{"at":"$D2026-12-03T10:00:00.000Z"}]')).toBe(true);
    const form = new FormData();
    form.append('1_email', 'a@b.c');
    form.append('0', '["ru","$K1"]');
    const request = new Request('http://x/', { method: 'POST', body: form });
    expect(await isReadableBody(request.headers.get('content-type')!, Buffer.from(await request.arrayBuffer()))).toBe(true);
  });

  it('refuses what Next.js would answer with a 500', async () => {
    for (const body of ['', 'not json', '[', '"x"', '{}', '["$Q1"]', '["$F1"]', '[{"a":"$K2"}]', `${'['.repeat(100)}${']'.repeat(100)}`, '\xff']) expect(await readable(body), body).toBe(false);
    expect(await isReadableBody(text, Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toBe(false);
    expect(await readable('garbage', 'multipart/form-data; boundary=xyz')).toBe(false);
    const part = (root: string) => `--xyz\r\nContent-Disposition: form-data; name="_1_email"\r\n\r\na@b.c\r\n--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n${root}\r\n--xyz--\r\n`;
    expect(await readable(part('["ru","$K1"]'), 'multipart/form-data; boundary=xyz')).toBe(true);
    for (const root of ['["ru","$K2"]', '["$Q9"]', 'not json', `${'['.repeat(100)}${']'.repeat(100)}`]) expect(await readable(part(root), 'multipart/form-data; boundary=xyz'), root).toBe(false);
    expect(await readable('--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n', 'multipart/form-data; boundary=xyz')).toBe(false);
  });
});

describe('the refusal', () => {
  it('speaks the language of the path, else the browser\'s, else Russian', () => {
    expect(refusalLocale('/az/dashboard', 'en')).toBe('az');
    expect(refusalLocale('/api/dashboard/media', 'en-GB,en;q=0.9')).toBe('en');
    expect(refusalLocale('/api/x', 'de-DE')).toBe('ru');
  });

  it('is a translated page for browsers and JSON for scripts', () => {
    const page = refusalResponse('forgedOrigin', 'en', false);
    expect(page.status).toBe(403);
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('sent from another site');
    const json = refusalResponse('tooLarge', 'az', true);
    expect(json.status).toBe(413);
    expect(JSON.parse(json.body)).toMatchObject({ ok: false, error: 'tooLarge' });
  });
});
