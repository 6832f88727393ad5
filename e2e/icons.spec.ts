/**
 * The site's icons and web manifest (scripts/icons.ts draws them; app/[locale]/manifest.webmanifest serves the
 * manifest of each language): what a browser asks for on its own (/favicon.ico), what the page's head links,
 * and what a phone reads when a reader adds the site to the home screen.
 */
import sharp from 'sharp';
import { expect, test } from './test';
import { first, locales } from './fixtures';

test('favicon, touch icon and the manifest of the page language, each icon the size it claims', async ({ page, request, isMobile }) => {
  test.skip(isMobile, 'what the head links and the files: the desktop project runs it');
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  // An icon directory holding three images (16, 32 and 48 px).
  const ico = await favicon.body();
  expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 3]);

  for (const locale of locales) {
    await page.goto(first.url(locale));
    const head = page.locator('head');
    const icon = await head.locator('link[rel="icon"][type="image/png"]').getAttribute('href');
    const touch = await head.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    for (const [href, size] of [[icon, 96], [touch, 180]] as const) {
      const response = await request.get(href!);
      expect(response.status(), href!).toBe(200);
      expect((await sharp(await response.body()).metadata()).width, href!).toBe(size);
    }
    const manifestHref = await head.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe(`/${locale}/manifest.webmanifest`);
    const response = await request.get(manifestHref!);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as { lang: string; start_url: string; name: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({ lang: locale, start_url: `/${locale}`, name: 'Bureau', display: 'standalone' });
    expect(manifest.icons.map((i) => i.purpose).sort()).toEqual(['any', 'any', 'maskable']);
    for (const entry of manifest.icons) {
      const image = await request.get(entry.src);
      expect(image.status(), entry.src).toBe(200);
      const { width, height } = await sharp(await image.body()).metadata();
      expect(`${width}x${height}`, entry.src).toBe(entry.sizes);
    }
  }
  expect((await request.get('/xx/manifest.webmanifest')).status()).toBe(404);
});

test('a page load asks for nothing that is missing', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(first.url('ru'));
  await page.waitForLoadState('networkidle');
  expect(missing).toEqual([]);
});
