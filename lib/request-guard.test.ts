import { describe, expect, it } from 'vitest';
import { MAX_FORM_BYTES, MAX_UPLOAD_BYTES, UPLOAD_PATH, refusalFor, refusalLocale, refusalResponse } from './request-guard';

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
