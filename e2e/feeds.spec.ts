/**
 * Feeds, sitemaps and robots.txt as crawlers and feed readers fetch them: parsed, validated (RSS structurally,
 * sitemaps against lib/xml-schemas), and a story an editor publishes (Russian only, section 'sport') appears at
 * once in the Russian lists and in no other language's.
 */
import { expect, test, type APIRequestContext, type Page } from './test';
import { checkRss, readSitemap, readSitemapIndex } from '../lib/xml-schemas/validate';
import { first } from './fixtures';
import { staff } from './staff';

const locales = ['ru', 'az', 'en'] as const;

async function get(request: APIRequestContext, path: string, type: RegExp): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(type);
  return response.text();
}

const rss = (request: APIRequestContext, baseURL: string, path: string, language: string) =>
  get(request, path, /^application\/rss\+xml; charset=utf-8$/).then((xml) => checkRss(xml, { siteUrl: baseURL, language, self: `${baseURL}${path}` }));
const sitemap = (request: APIRequestContext, path: string, options: { allowEmpty?: boolean } = {}) =>
  get(request, path, /^application\/xml; charset=utf-8$/).then((xml) => readSitemap(xml, options));

test('feeds, sitemaps and robots.txt are valid, absolute and in their language', async ({ request, baseURL }) => {
  const base = baseURL!;
  for (const locale of locales) {
    const feed = await rss(request, base, `/${locale}/rss.xml`, locale);
    expect(feed.link).toBe(`${base}/${locale}`);
    expect(feed.items.length).toBeGreaterThan(10);
    expect(feed.items.length).toBeLessThanOrEqual(50);
    expect(feed.items.every((item) => item.link.startsWith(`${base}/${locale}/news/`))).toBe(true);
    expect(feed.items.filter((item) => item.enclosure).length).toBeGreaterThan(10);
  }
  const culture = await rss(request, base, '/az/category/culture/rss.xml', 'az');
  expect(culture.items.length).toBeGreaterThan(0);
  expect(culture.items.every((item) => item.categories.includes('Mədəniyyət'))).toBe(true);

  // An enclosure is the stored photo itself: its length is the file's size.
  const enclosure = (await rss(request, base, '/ru/rss.xml', 'ru')).items.find((item) => item.enclosure)!.enclosure!;
  const photo = await request.get(enclosure.url);
  expect(photo.status()).toBe(200);
  expect(photo.headers()['content-type']).toBe(enclosure.type);
  expect((await photo.body()).length).toBe(Number(enclosure.length));

  for (const path of ['/xx/rss.xml', '/ru/category/no-such-section/rss.xml', '/xx/sitemap.xml', '/xx/news-sitemap.xml']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }

  const index = await readSitemapIndex(await get(request, '/sitemap.xml', /^application\/xml; charset=utf-8$/));
  const listed = index.map((entry) => entry.loc);
  for (const locale of locales) expect(listed).toContain(`${base}/${locale}/sitemap.xml`);
  for (const { loc } of index) {
    const urls = await sitemap(request, loc.slice(base.length));
    expect(urls.length, loc).toBeGreaterThan(0);
    if (loc.endsWith('/news-sitemap.xml')) expect(urls.every((url) => url.news?.name === 'Bureau')).toBe(true);
  }
  for (const locale of locales) {
    const urls = await sitemap(request, `/${locale}/sitemap.xml`);
    expect(urls[0]).toMatchObject({ loc: `${base}/${locale}` });
    expect(urls.map((url) => url.loc)).toContain(`${base}/${locale}/category/sport`);
    const stories = urls.filter((url) => url.loc.includes('/news/'));
    expect(stories.length).toBeGreaterThan(10);
    for (const url of stories) {
      expect(url.alternates.find((a) => a.hreflang === locale)?.href).toBe(url.loc);
      expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    // The demo stories are from January 2026: a news sitemap holds only the last two days.
    const news = await sitemap(request, `/${locale}/news-sitemap.xml`, { allowEmpty: true });
    expect(news.every((url) => url.news && Date.now() - Date.parse(url.news.publicationDate) <= 2 * 86_400_000)).toBe(true);
  }

  const robots = await get(request, '/robots.txt', /^text\/plain/);
  expect(robots).toMatch(/^User-Agent: \*$/m);
  expect(robots).toMatch(/^Allow: \/$/m);
  for (const path of ['/api/', '/dashboard', '/ru/dashboard', '/az/dashboard', '/en/dashboard']) expect(robots).toContain(`Disallow: ${path}\n`);
  expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
});

test('every page links its language feed, so browsers and feed readers find it', async ({ page, baseURL }) => {
  for (const [path, feed] of [
    ['/az/login', '/az/rss.xml'],
    ['/az', '/az/rss.xml'],
    ['/en/news', '/en/rss.xml'],
    ['/ru/category/sport', '/ru/rss.xml'],
    [first.url('ru'), '/ru/rss.xml'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]'), path).toHaveAttribute('href', `${baseURL}${feed}`);
  }
});

async function publishRussianSportStory(page: Page, title: string) {
  await page.goto('/ru/login');
  await page.locator('input[name="email"]').fill(staff.editor.email);
  await page.locator('input[name="password"]').fill(staff.editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL('/ru/dashboard');
  await page.getByRole('link', { name: 'Новый материал' }).click();
  await page.getByLabel('Раздел').selectOption('sport');
  await page.getByLabel('Заголовок', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Создать' }).click();
  await expect(page).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  await page.getByLabel('Лид').fill('Болельщики & «гости» <стадиона> увидели финал.');
  const state = page.locator('.editor__state');
  await expect(state).toHaveAttribute('data-state', 'dirty');
  await expect(state).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(state).toContainText('опубликовано');
}

test('a story an editor publishes in Russian is in the Russian feeds and sitemaps at once, and in no other language', async ({ page, request, baseURL }, testInfo) => {
  const base = baseURL!;
  const title = `Финал «Нефтчи» & «Сабаха» <2:1> (${testInfo.project.name} ${Date.now()})`;
  // Read every list first, so that what follows comes from the cache the publish must expire.
  for (const locale of locales) {
    expect((await rss(request, base, `/${locale}/rss.xml`, locale)).items.map((i) => i.title)).not.toContain(title);
    await sitemap(request, `/${locale}/sitemap.xml`);
    await sitemap(request, `/${locale}/news-sitemap.xml`, { allowEmpty: true });
  }
  await rss(request, base, '/ru/category/sport/rss.xml', 'ru');
  await get(request, '/sitemap.xml', /xml/);

  await publishRussianSportStory(page, title);

  const feed = await rss(request, base, '/ru/rss.xml', 'ru');
  const item = feed.items.find((i) => i.title === title);
  expect(item, 'the story is in the Russian feed').toBeDefined();
  expect(item).toMatchObject({ description: 'Болельщики & «гости» <стадиона> увидели финал.', categories: ['Спорт'] });
  expect(item!.link).toMatch(new RegExp(`^${base}/ru/news/[a-z0-9-]+$`));
  const url = item!.link;
  expect((await rss(request, base, '/ru/category/sport/rss.xml', 'ru')).items.map((i) => i.link)).toContain(url);

  const ruSitemap = await sitemap(request, '/ru/sitemap.xml');
  expect(ruSitemap.find((u) => u.loc === url)?.alternates).toEqual([
    { hreflang: 'ru', href: url },
    { hreflang: 'x-default', href: url },
  ]);
  const ruNews = await sitemap(request, '/ru/news-sitemap.xml');
  expect(ruNews.find((u) => u.loc === url)?.news).toMatchObject({ name: 'Bureau', language: 'ru', title });
  expect((await readSitemapIndex(await get(request, '/sitemap.xml', /xml/))).map((m) => m.loc)).toContain(`${base}/ru/news-sitemap.xml`);

  for (const locale of ['az', 'en'] as const) {
    expect((await rss(request, base, `/${locale}/rss.xml`, locale)).items.map((i) => i.title)).not.toContain(title);
    const urls = await sitemap(request, `/${locale}/sitemap.xml`);
    expect(urls.flatMap((u) => [u.loc, ...u.alternates.map((a) => a.href)])).not.toContain(url);
    const news = await sitemap(request, `/${locale}/news-sitemap.xml`, { allowEmpty: true });
    expect(news.map((u) => u.news?.title)).not.toContain(title);
  }
});
