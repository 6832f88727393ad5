import { expect, test } from './test';
import { first } from './fixtures';
import { staff } from './staff';

/**
 * What a front cache (deploy/nginx/) is told about each response: public pages for seconds, the newsroom and
 * signed-in editors never (lib/cache-policy.ts, applied by scripts/server.ts).
 */
const publicPage = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;

test('reader pages, feeds and 404s may be kept by a shared cache for seconds only', async ({ request }) => {
  for (const path of [first.url('ru'), first.url('az'), '/en', '/ru/category/culture', '/ru/search?q=baku', '/ru/rss.xml', '/sitemap.xml', '/robots.txt', '/ru/news/no-such-story']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 404], path).toContain(response.status());
    expect(response.headers()['cache-control'], path).toMatch(publicPage);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
});

test('the language redirect of / says it depends on Accept-Language', async ({ request }) => {
  const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'az' } });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toMatch(/\/az$/);
  expect(response.headers()['vary']).toMatch(/accept-language/i);
  expect(response.headers()['cache-control']).toMatch(publicPage);
});

test('the newsroom is never cacheable, and neither is anything a signed-in editor receives', async ({ page, request }) => {
  for (const path of ['/ru/login', '/ru/dashboard']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
  }
  await page.goto('/ru/login');
  await page.locator('input[name="email"]').fill(staff.editor.email);
  await page.locator('input[name="password"]').fill(staff.editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/ru\/dashboard/);
  const dashboard = await page.request.get('/ru/dashboard');
  expect(dashboard.status()).toBe(200);
  expect(dashboard.headers()['cache-control']).toBe('private, no-store');
  // The same story a reader gets as a public page comes to the editor as private.
  const story = await page.request.get(first.url('ru'));
  expect(story.status()).toBe(200);
  expect(story.headers()['cache-control']).toBe('private, no-store');
});

test('files that never change under their name keep their year-long caching', async ({ page, request }) => {
  await page.goto(first.url('ru'));
  const script = await page.evaluate(() => [...document.scripts].map((s) => s.src).find((src) => src.includes('/_next/static/')));
  expect(script).toBeTruthy();
  const response = await request.get(script!);
  expect(response.headers()['cache-control']).toContain('immutable');
});
