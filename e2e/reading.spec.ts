/**
 * Found, shared, read in comfort (issue 5, items 5–7): the story's JSON-LD, its share card and Twitter tags, the
 * share buttons (Web Share on phones, the platforms' share links elsewhere), dark mode and the print stylesheet.
 */
import { expect, test, type Page } from './test';
import sharp from 'sharp';
import { authors, bureaus, categories } from '../db/seed/taxonomy';
import { first, locales, type Locale } from './fixtures';

// Parsed JSON-LD, read field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const origin = (page: Page) => new URL(page.url()).origin;

async function jsonLd(page: Page): Promise<Json[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Json);
}

const ofType = (items: Json[], type: string) => {
  const found = items.filter((item) => item['@type'] === type);
  expect(found, `one ${type}`).toHaveLength(1);
  return found[0]!;
};

for (const locale of locales) {
  test(`structured data of the first story in ${locale}`, async ({ page, request }) => {
    const variant = first.story.variants[locale]!;
    await page.goto(first.url(locale));
    const site = origin(page);
    const canonical = `${site}${first.url(locale)}`;
    const items = await jsonLd(page);

    const article = ofType(items, 'NewsArticle');
    expect(article['@context']).toBe('https://schema.org');
    expect(article.headline).toBe(variant.title);
    expect(article.inLanguage).toBe(locale);
    expect(new Date(article.datePublished).getTime()).toBe(new Date(first.story.publishedAt).getTime());
    expect(new Date(article.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(article.datePublished).getTime());
    expect(article.mainEntityOfPage['@id']).toBe(canonical);
    expect(article.author).toEqual([{ '@type': 'Person', name: authors.find((a) => a.key === first.story.author)!.name[locale] }]);
    expect(article.locationCreated).toEqual({ '@type': 'Place', name: bureaus.find((b) => b.key === first.story.bureau)!.name[locale] });
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Bureau' });

    // Every image named is an absolute URL the portal really serves.
    const cover = article.image[0];
    expect(cover.url).toMatch(new RegExp(`^${site}/media/[0-9a-f]{2}/[0-9a-f]+\\.jpg$`));
    expect(cover.width).toBeGreaterThan(0);
    expect(cover.height).toBeGreaterThan(0);
    const logo = article.publisher.logo;
    expect(logo.url).toMatch(new RegExp(`^${site}/`));
    for (const [url, type] of [[cover.url, 'image/jpeg'], [logo.url, 'image/png']] as const) {
      const response = await request.get(new URL(url).pathname);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type']).toBe(type);
    }
    const logoSize = await sharp(await (await request.get(new URL(logo.url).pathname)).body()).metadata();
    expect([logoSize.width, logoSize.height]).toEqual([logo.width, logo.height]);

    // The other language versions: the Russian source lists its translations; a translation names its source.
    const urlOf = (l: Locale) => `${site}${first.url(l)}`;
    const others = locales.filter((l) => l !== locale);
    if (locale === 'ru') {
      expect(article.workTranslation.map((w: Json) => w.url).sort()).toEqual(others.map(urlOf).sort());
      expect(article.workTranslation.map((w: Json) => w.inLanguage).sort()).toEqual([...others].sort());
    } else {
      expect(article.translationOfWork).toMatchObject({ '@type': 'NewsArticle', url: urlOf('ru'), inLanguage: 'ru', headline: first.story.variants.ru.title });
      expect(article.translationOfWork.workTranslation.map((w: Json) => w.url)).toEqual(others.filter((l) => l !== 'ru').map(urlOf));
    }

    const crumbs = ofType(items, 'BreadcrumbList').itemListElement as Json[];
    expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs.map((c) => c.name)).toEqual(['Bureau', categories.find((c) => c.key === first.story.category)!.name[locale], variant.title]);
    expect(crumbs.map((c) => c.item)).toEqual([`${site}/${locale}`, `${site}/${locale}/category/${first.story.category}`, canonical]);

    const gallery = ofType(items, 'ImageGallery');
    const photos = gallery.associatedMedia as Json[];
    expect(photos).toHaveLength(first.photos.length);
    photos.forEach((photo, i) => {
      expect(photo['@type']).toBe('ImageObject');
      expect(photo.contentUrl).toMatch(new RegExp(`^${site}/media/`));
      expect(photo.url).toBe(`${canonical}/photo/${i + 1}`);
      expect(photo.caption).toBe(first.photos[i]!.caption[locale]);
      expect(photo.creditText).toBe(first.photos[i]!.credit[locale]);
    });
  });
}

test('share card: Twitter and OpenGraph tags name a generated 1200×630 PNG', async ({ page, request }) => {
  for (const locale of ['ru', 'az'] as const) {
    await page.goto(first.url(locale));
    const title = first.story.variants[locale]!.title;
    const meta = (attr: 'name' | 'property', key: string) => page.locator(`meta[${attr}="${key}"]`);
    await expect(meta('name', 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
    await expect(meta('name', 'twitter:title')).toHaveAttribute('content', /\S/);
    await expect(meta('name', 'twitter:description')).toHaveAttribute('content', /\S/);
    const og = await meta('property', 'og:image').getAttribute('content');
    // Next.js names the route (a suffix for the route group); the last segment is the card's version.
    expect(og).toMatch(new RegExp(`^${origin(page)}${first.url(locale)}/opengraph-image[-a-z0-9]*/[0-9a-f]{12}(\\?[0-9a-z]+)?$`));
    await expect(meta('name', 'twitter:image')).toHaveAttribute('content', og!);
    await expect(meta('property', 'og:image:width')).toHaveAttribute('content', '1200');
    await expect(meta('property', 'og:image:height')).toHaveAttribute('content', '630');
    await expect(meta('property', 'og:image:alt')).toHaveAttribute('content', title);

    const path = new URL(og!).pathname;
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const image = await sharp(await response.body()).metadata();
    expect([image.format, image.width, image.height]).toEqual(['png', 1200, 630]);
    // Another version of the card, or a story that does not exist, has none.
    expect((await request.get(path.replace(/[0-9a-f]{12}$/, '000000000000'))).status()).toBe(404);
    expect((await request.get(path.replace(first.slug(locale), 'no-such-story'))).status()).toBe(404);
  }
});

test('the Share button hands the story to the phone’s share sheet', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'Web Share is for phones');
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto(first.url('ru'));
  await page.getByRole('region', { name: 'Поделиться' }).getByRole('button', { name: 'Поделиться…' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls))
    .toEqual([{ title: first.story.variants.ru.title, url: `${origin(page)}${first.url('ru')}` }]);
});

test('share links go to the platforms with the story’s URL; without Web Share the button copies it', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'clipboard permission is per desktop context');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto(first.url('en'));
  const url = `${origin(page)}${first.url('en')}`;
  const title = first.story.variants.en!.title;
  const share = page.getByRole('region', { name: 'Share' });
  const expected: [string, string][] = [
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`],
    ['x', `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${encodeURIComponent(url)}`],
    ['telegram', `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(title)}`],
    ['whatsapp', `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`],
  ];
  for (const [target, href] of expected) {
    const link = share.locator(`a[data-share="${target}"]`);
    await expect(link).toHaveAttribute('href', href);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  }
  await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=/);
  // No third-party script on the page.
  for (const src of await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src))) {
    expect(new URL(src).origin).toBe(origin(page));
  }

  await share.getByRole('button', { name: 'Share…' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the share links are there; the buttons that need JavaScript are not', async ({ page }) => {
    await page.goto(first.url('ru'));
    const share = page.getByRole('region', { name: 'Поделиться' });
    await expect(share.getByRole('link', { name: /Telegram/ })).toBeVisible();
    await expect(share.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Оформление/ })).toHaveCount(0);
  });
});

/** The masthead's theme button: each press takes the next of system, light, dark; its name says the one in force. */
const themeButton = (page: Page) => page.getByRole('button', { name: /^Оформление: / });
const themeNames = { system: 'Как в системе', light: 'Светлое', dark: 'Тёмное' } as const;
async function chooseTheme(page: Page, theme: keyof typeof themeNames) {
  for (let i = 0; i < 3 && (await themeButton(page).getAttribute('data-theme-choice')) !== theme; i++) await themeButton(page).click();
  await expect(themeButton(page)).toHaveAccessibleName(`Оформление: ${themeNames[theme]}`);
}

const colours = (page: Page) =>
  page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
const light = { background: 'rgb(255, 255, 255)', text: 'rgb(26, 26, 26)' };
const dark = { background: 'rgb(18, 18, 18)', text: 'rgb(230, 227, 223)' };

test('dark mode follows the system; the reader’s choice overrides it and is there before the first paint', async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(first.url('ru'));
  expect(await colours(page)).toEqual(dark);

  const theme = themeButton(page);
  await expect(theme).toHaveAccessibleName('Оформление: Как в системе');
  // One press: light.
  await theme.click();
  await expect(theme).toHaveAccessibleName('Оформление: Светлое');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await colours(page)).toEqual(light);

  // After a reload the choice is on <html> by DOMContentLoaded, before the app's scripts run: no flash.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { atReady: object };
      w.atReady = { theme: document.documentElement.dataset.theme ?? null, background: getComputedStyle(document.body).backgroundColor };
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { atReady: object }).atReady)).toEqual({ theme: 'light', background: light.background });
  await expect(theme).toHaveAccessibleName('Оформление: Светлое');
  // The script that does it is inline in the document's <head>.
  const html = await (await request.get(first.url('ru'))).text();
  expect(html.indexOf('bureau-theme')).toBeGreaterThan(-1);
  expect(html.indexOf('bureau-theme')).toBeLessThan(html.indexOf('<body'));

  // Dark chosen on a light system; then back to the system's setting.
  await page.emulateMedia({ colorScheme: 'light' });
  await theme.click();
  await expect(theme).toHaveAccessibleName('Оформление: Тёмное');
  expect(await colours(page)).toEqual(dark);
  await page.goto(`/ru`);
  expect(await page.evaluate(() => (window as unknown as { atReady: { theme: string } }).atReady.theme)).toBe('dark');
  expect(await colours(page)).toEqual(dark);
  await chooseTheme(page, 'system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await colours(page)).toEqual(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours(page)).toEqual(dark);
});

test('printing a story: black on white, no navigation, no share buttons', async ({ page }) => {
  await page.goto(first.url('ru'));
  await chooseTheme(page, 'dark');
  await page.emulateMedia({ media: 'print' });
  expect(await colours(page)).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Язык' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Поделиться' })).toBeHidden();
  await expect(themeButton(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.rich-text p').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
});

for (const locale of locales) {
  test(`the story reads on a phone in ${locale}: nothing wider than the screen, hyphenated in its language`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'small screens');
    await page.goto(first.url(locale));
    await expect(page.locator('article.story')).toHaveAttribute('lang', locale);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('.rich-text').evaluate((el) => getComputedStyle(el).hyphens)).toBe('auto');
  });
}
