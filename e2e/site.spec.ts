import { expect, test, watchedContext } from './test';
import { demoStoriesA } from '../db/seed/demo-stories-a';
import { demoStoriesB } from '../db/seed/demo-stories-b';
import { firstStory } from '../db/seed/first-story';
import { first, nothingOlder } from './fixtures';

test('/ sends readers to their language, Russian by default', async ({ browser, baseURL }) => {
  for (const [language, expected] of [
    ['az-AZ', '/az'],
    ['en-GB', '/en'],
    ['fr-FR', '/ru'],
  ] as const) {
    // The browser's language is what it sends as Accept-Language.
    const context = await watchedContext(browser, { locale: language });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(`${baseURL}${expected}`);
    await context.close();
  }
});

test('home: lead story, latest news with times, sections and exhibitions', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('.home__lead h2')).toHaveText(first.story.variants.en!.title);
  const latest = page.locator('.news-feed li');
  await expect(latest).toHaveCount(12);
  await expect(latest.first().locator('time')).toHaveText(/^\d{2}:\d{2}$/);
  // Grouped by day, each day a heading of its own.
  expect(await page.locator('.news-feed__day h3').count()).toBeGreaterThan(1);
  // Four top stories beside the lead, none of them the lead; stories without a photo are text cards, not holes.
  const top = page.getByRole('region', { name: 'Top stories' }).locator('article');
  await expect(top).toHaveCount(4);
  await expect(top.locator('h3', { hasText: first.story.variants.en!.title })).toHaveCount(0);
  await expect(page.locator('.home__section h3', { hasText: first.story.variants.en!.title })).toHaveCount(0);
  for (const card of await page.locator('.home .story-card--card').all()) {
    expect((await card.locator('img').count()) + (await card.locator('.story-card__lead').count()), 'a photo or a lead').toBeGreaterThan(0);
  }
  expect(await page.locator('.home__section').count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('heading', { name: 'Photo exhibitions' })).toBeVisible();
});

test('the news feed pages by "older stories", every story exactly once, and lists only its language', async ({ page }) => {
  // English: exactly the demo stories that have an English variant (the e2e tests publish Russian and
  // Azerbaijani, never English), twelve to a page.
  const english = [firstStory, ...demoStoriesA, ...demoStoriesB].filter((story) => story.variants.en);
  await page.goto('/en/news');
  await expect(page.locator('.card-grid article')).toHaveCount(12);
  await expect(page.getByRole('link', { name: 'Newer stories' })).toHaveCount(0);
  const seen: string[] = [];
  for (let n = 1; n <= 10; n++) {
    seen.push(...(await page.locator('.card-grid article h2').allTextContents()).map((t) => t.trim()));
    const older = page.getByRole('link', { name: 'Older stories' });
    if ((await older.count()) === 0) break;
    await expect(older).toHaveAttribute('rel', 'next');
    // Wait for this very page: from the second page on, the URL already matches /older/ before the click lands.
    const next = (await older.getAttribute('href'))!;
    expect(next).toMatch(/^\/en\/news\/older\/[0-9a-z]+-[0-9a-z]+$/);
    await older.click();
    await expect(page).toHaveURL(next);
    await expect(page.getByRole('link', { name: 'Newer stories' })).toHaveAttribute('rel', 'prev');
  }
  expect(seen).toHaveLength(english.length);
  expect(new Set(seen)).toEqual(new Set(english.map((story) => story.variants.en!.title)));

  // Back from the second page to the first, whose URL has no cursor.
  await page.goto('/en/news');
  await page.getByRole('link', { name: 'Older stories' }).click();
  await page.getByRole('link', { name: 'Newer stories' }).click();
  await expect(page).toHaveURL('/en/news');

  // Azerbaijani and Russian: translated links.
  await page.goto('/az/news');
  await expect(page.getByRole('link', { name: 'Daha əvvəlki materiallar' })).toBeVisible();
  await page.goto('/ru/news');
  await expect(page.locator('.card-grid article')).toHaveCount(12);
  await page.getByRole('link', { name: 'Более ранние материалы' }).click();
  await expect(page.getByRole('link', { name: 'Более новые материалы' })).toBeVisible();
});

test('listing pages are cached (ISR), the first page and older ones, and an old ?page= shows the first page', async ({ request }) => {
  for (const path of ['/en/category/politics', '/ru/news', '/az/tag/diplomacy']) {
    await request.get(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, path).toContain('s-maxage');
    expect(cacheControl, path).not.toMatch(/no-store|private/);
  }
  const html = await (await request.get('/ru/news')).text();
  const older = /href="(\/ru\/news\/older\/[0-9a-z]+-[0-9a-z]+)"/.exec(html)![1]!;
  await request.get(older);
  const response = await request.get(older);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control'] ?? '').toContain('s-maxage');
  expect((await request.get('/en/category/politics?page=2')).status()).toBe(200);
});

test('a category page lists its stories and the Photo section lists exhibitions', async ({ page }) => {
  await page.goto('/ru');
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Культура' }).click();
  await expect(page).toHaveURL('/ru/category/culture');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Культура');
  expect(await page.locator('.card-grid article').count()).toBeGreaterThan(3);
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Фото' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Фото');
  const cards = page.locator('.card-grid article');
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  // Newest first: other tests may publish exhibitions of their own ahead of the seeded ones.
  const firstStory = cards.filter({ hasText: first.story.variants.ru.title });
  await expect(firstStory).toHaveCount(1);
  await expect(firstStory).toContainText('10 фотографий');
});

for (const [url, heading] of [
  ['/ru/no-such-page', 'Страница не найдена'],
  ['/en/news/no-such-story', 'Page not found'],
  ['/az/category/no-such-section', 'Səhifə tapılmadı'],
  ['/ru/news/%E0%A4%A', 'Страница не найдена'],
  ['/en/category/politics/older/abc', 'Page not found'],
  ['/en/category/politics/older/zzzzzzzzzzzz-1', 'Page not found'],
  [`/en/category/politics/older/${nothingOlder}`, 'Page not found'],
  ['/ru/news/older/0-0', 'Страница не найдена'],
  ['/ru/photo/older/1e3', 'Страница не найдена'],
  ['/az/news/older/MF2K3X9Q1C-7PS', 'Səhifə tapılmadı'],
  [`${first.url('ru')}/photo/11`, 'Страница не найдена'],
  [`${first.url('ru')}/photo/0`, 'Страница не найдена'],
  [`${first.url('ru')}/photo/two`, 'Страница не найдена'],
  ['/ru/news/Bad_Slug', 'Страница не найдена'],
] as const) {
  test(`bad input answers the localized 404: ${url}`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}

test('an unknown language prefix ends at the 404 of the reader\'s language, never a 500', async ({ browser, baseURL }) => {
  const context = await watchedContext(browser, { locale: 'az-AZ' });
  const page = await context.newPage();
  const response = await page.goto(`${baseURL}/fr/news/x`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Səhifə tapılmadı');
  await context.close();
});

test('another language slug redirects to the story in this language', async ({ page }) => {
  await page.goto(first.url('ru').replace('/ru/', '/en/'));
  await expect(page).toHaveURL(first.url('en'));
});

test('media are served with long caching and nothing else is', async ({ request, page }) => {
  await page.goto(first.url('ru'));
  // The cover's own file, which next/image names in its url parameter.
  const src = new URL((await page.locator('.story__cover img').getAttribute('src'))!, page.url()).searchParams.get('url');
  expect(src).toMatch(/^\/media\//);
  const media = await request.get(src!);
  expect(media.status()).toBe(200);
  expect(media.headers()['content-type']).toBe('image/jpeg');
  expect(media.headers()['cache-control']).toContain('immutable');
  expect((await request.get('/media/../../etc/passwd')).status()).toBe(404);
  expect((await request.get('/media/zz/not-a-key.svg')).status()).toBe(404);
});
