/**
 * The security headers as a browser and a scanner receive them (lib/security-headers.ts, applied by
 * scripts/server.ts): nosniff on every kind of response, a script policy without 'unsafe-inline' or
 * 'unsafe-eval' on every page, the newsroom never framed, and cached pages still cached. Every browser test of
 * the suite also fails on a CSP violation (e2e/test.ts); the tests here walk the pages whose scripts matter most.
 */
import sharp from 'sharp';
import { expect, test, type APIRequestContext } from './test';
import { first } from './fixtures';
import { body, newStory, panel, signIn, writeStory } from './newsroom';
import { staff } from './staff';

const scriptSrc = (policy: string | undefined) => (policy ?? '').split(/;\s*/).find((d) => d.startsWith('script-src')) ?? '';

async function photoUrl(request: APIRequestContext) {
  const html = await (await request.get(first.url('ru'))).text();
  return /\/media\/[^"?\s]+/.exec(html)![0];
}

test('every kind of response says nosniff, and every page carries the strict policy', async ({ request, isMobile }) => {
  test.skip(isMobile, 'requests only: the desktop project runs it');
  const pages = ['/ru', first.url('ru'), '/ru/news', '/ru/search?q=baku', '/ru/category/culture', '/ru/news/no-such-story', '/ru/login', '/ru/%ZZ'];
  const others = ['/ru/rss.xml', '/sitemap.xml', '/robots.txt', '/api/views', await photoUrl(request), '/bureau-logo.png'];
  for (const path of [...pages, ...others]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    // The tests' site URL is http://: no HSTS (a unit test checks https).
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = response.headers()['content-security-policy'];
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
    expect(scriptSrc(policy), path).toMatch(/^script-src 'self'( '(nonce|sha256)-[A-Za-z0-9+/=]+')+$/);
    expect(policy, path).not.toMatch(/unsafe-eval/);
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("base-uri 'none'");
    expect(policy, path).toContain("form-action 'self'");
    expect(policy, path).toMatch(path === '/ru/login' ? /frame-ancestors 'none'/ : /frame-ancestors 'self'/);
  }
});

test('a cached story keeps its ETag and policy from one reader to the next, and its inline scripts are all hashed', async ({ request, isMobile }) => {
  test.skip(isMobile, 'requests only: the desktop project runs it');
  await request.get(first.url('ru'));
  const a = await request.get(first.url('ru'));
  const b = await request.get(first.url('ru'));
  expect(a.headers()['etag']).toBeTruthy();
  expect(b.headers()['etag']).toBe(a.headers()['etag']);
  expect(b.headers()['content-security-policy']).toBe(a.headers()['content-security-policy']);
  expect(scriptSrc(a.headers()['content-security-policy'])).toContain("'sha256-");
  expect((await request.get(first.url('ru'), { headers: { 'if-none-match': a.headers()['etag']! } })).status()).toBe(304);
});

test('the newsroom is never framed and gets a fresh nonce each time', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the desktop project runs it');
  await signIn(page, staff.editor);
  const one = await page.request.get('/ru/dashboard');
  const two = await page.request.get('/ru/dashboard');
  for (const response of [one, two]) expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const nonce = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];
  expect(nonce(one.headers()['content-security-policy'])).toBeTruthy();
  expect(nonce(two.headers()['content-security-policy'])).not.toBe(nonce(one.headers()['content-security-policy']));
  // Next.js put the nonce on the scripts it rendered.
  expect(await one.text()).toContain(`nonce="${nonce(one.headers()['content-security-policy'])}"`);
});

test('a reader: home, story, exhibition viewer and search run under the policy (the share buttons: reading.spec.ts)', async ({ page }) => {
  await page.goto('/ru');
  await page.goto(first.url('ru'));
  // Scripts ran: the exhibition opens in the viewer.
  await page.locator('.exhibition__grid a').first().click();
  const viewer = page.getByRole('dialog', { name: 'Просмотр фотографий' });
  await expect(viewer).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(viewer.getByTestId('viewer-position')).toHaveText(/^2 \//);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await page.goto('/ru/search');
  await page.getByRole('searchbox', { name: 'Что искать' }).fill('посольство');
  await expect(page.locator('main')).toContainText(/Казахстан/i);
  // The violation listener of e2e/test.ts fails the test if any of this broke the policy.
});

test('an editor: the dashboard, the story editor and a photo upload run under the policy', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the desktop project runs it');
  await signIn(page, staff.editor);
  await newStory(page, `Политика безопасности (${Date.now()})`);
  await writeStory(page, { lead: 'Лид.', body: 'Текст без нарушений.' });
  await expect(body(page)).toContainText('Текст без нарушений.');
  await expect(panel(page)).toBeVisible();
  // An upload through the library's button: the progress, the preview and the result are scripts too.
  await page.goto('/ru/dashboard/media');
  const name = `csp-${Date.now().toString(36)}.jpg`;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'выберите файлы' }).click();
  const jpeg = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 40, g: 90, b: Date.now() % 256 } } }).jpeg().toBuffer();
  await (await chooser).setFiles({ name, mimeType: 'image/jpeg', buffer: jpeg });
  await expect(page.locator('.uploader__file').filter({ hasText: name })).toHaveAttribute('data-state', 'done');
});
