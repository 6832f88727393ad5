import { describe, expect, it } from 'vitest';
import { cacheControlFor, FAILURE, PRIVATE, PUBLIC_PAGE, varyFor } from './cache-policy';

const get = (url: string, cookie?: string) => ({ method: 'GET', url, cookie });

describe('Cache-Control policy', () => {
  it('lets a shared cache keep reader pages for seconds, whatever Next.js said', () => {
    for (const url of ['/ru', '/az/news/some-story', '/en/category/politics', '/ru/search?q=baku', '/ru/rss.xml', '/sitemap.xml', '/robots.txt']) {
      expect(cacheControlFor(get(url), 200, 's-maxage=31536000'), url).toBe(PUBLIC_PAGE);
    }
    expect(PUBLIC_PAGE).toMatch(/^public, max-age=0, s-maxage=\d, stale-while-revalidate=\d+, stale-if-error=\d+$/);
  });

  it('never lets anyone but the browser keep the newsroom, the APIs or a write', () => {
    expect(cacheControlFor(get('/ru/dashboard'), 200, undefined)).toBe(PRIVATE);
    expect(cacheControlFor(get('/az/dashboard/stories/1'), 200, undefined)).toBe(PRIVATE);
    expect(cacheControlFor(get('/en/login?next=%2Fen%2Fdashboard'), 200, undefined)).toBe(PRIVATE);
    expect(cacheControlFor(get('/ru/dashboard'), 307, undefined)).toBe(PRIVATE);
    expect(cacheControlFor(get('/ru/%64ashboard/users'), 404, undefined)).toBe(PRIVATE);
    expect(cacheControlFor(get('/api/views'), 405, undefined)).toBe(PRIVATE);
    expect(cacheControlFor({ method: 'POST', url: '/ru/news/x' }, 200, 'public, max-age=60')).toBe(PRIVATE);
  });

  it('treats every page a signed-in editor receives as private', () => {
    expect(cacheControlFor(get('/ru', 'theme=dark; bureau.session_token=abc.def'), 200, undefined)).toBe(PRIVATE);
    expect(cacheControlFor(get('/ru', '__Secure-bureau.session_token=abc'), 200, undefined)).toBe(PRIVATE);
    expect(cacheControlFor(get('/ru', 'theme=dark; other.session_token=x'), 200, undefined)).toBe(PUBLIC_PAGE);
  });

  it('keeps the long-lived value of files that never change under their name', () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect(cacheControlFor(get('/_next/static/chunks/app.js'), 200, immutable)).toBeNull();
    expect(cacheControlFor(get('/media/ab/cd.jpg'), 200, immutable)).toBeNull();
    expect(cacheControlFor(get('/_next/image?url=%2Fmedia%2Fa.jpg&w=640&q=75'), 200, 'public, max-age=60, must-revalidate')).toBeNull();
    expect(cacheControlFor(get('/media/missing.jpg'), 404, undefined)).toBe(PUBLIC_PAGE);
  });

  it('never stores a failure, and keeps 404s only as briefly as pages', () => {
    expect(cacheControlFor(get('/ru/news/x'), 503, 'public')).toBe(FAILURE);
    expect(cacheControlFor(get('/ru/news/x'), 500, undefined)).toBe(FAILURE);
    expect(cacheControlFor(get('/ru/news/missing'), 404, 'private, no-cache, no-store')).toBe(PUBLIC_PAGE);
    expect(cacheControlFor(get('/ru/news/x'), 400, undefined)).toBe(PRIVATE);
  });

  it('marks the language redirect of / as depending on Accept-Language', () => {
    expect(cacheControlFor(get('/'), 307, undefined)).toBe(PUBLIC_PAGE);
    expect(varyFor(get('/'), 307)).toBe('Accept-Language');
    expect(varyFor(get('/news/x'), 307)).toBe('Accept-Language');
    expect(varyFor(get('/ru/news/old-slug'), 308)).toBeNull();
    expect(varyFor(get('/ru'), 200)).toBeNull();
  });
});
