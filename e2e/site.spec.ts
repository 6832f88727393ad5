import { expect, test } from '@playwright/test';
import { demoStoriesA } from '../db/seed/demo-stories-a';
import { demoStoriesB } from '../db/seed/demo-stories-b';
import { firstStory } from '../db/seed/first-story';
import { first } from './fixtures';

test('/ sends readers to their language, Russian by default', async ({ browser, baseURL }) => {
  for (const [language, expected] of [
    ['az-AZ', '/az'],
    ['en-GB', '/en'],
    ['fr-FR', '/ru'],
  ] as const) {
    // The browser's language is what it sends as Accept-Language.
    const context = await browser.newContext({ locale: language });
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
  await expect(latest.first().locator('time')).toHaveText(/\d{1,2}:\d{2}/);
  expect(await page.locator('.home__section').count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('heading', { name: 'Photo exhibitions' })).toBeVisible();
});

test('the news feed paginates and lists only stories published in its language', async ({ page }) => {
  // English: exactly the demo stories that have an English variant (the e2e tests publish Russian and
  // Azerbaijani, never English), twelve to a page.
  const english = [firstStory, ...demoStoriesA, ...demoStoriesB].filter((story) => story.variants.en).length;
  const pages = Math.ceil(english / 12);
  await page.goto('/en/news');
  await expect(page.locator('.card-grid article')).toHaveCount(12);
  await expect(page.getByText(`Page 1 of ${pages}`)).toBeVisible();
  await page.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL('/en/news?page=2');
  await expect(page.getByText(`Page 2 of ${pages}`)).toBeVisible();
  await page.goto(`/en/news?page=${pages}`);
  await expect(page.locator('.card-grid article')).toHaveCount(english - 12 * (pages - 1));

  // Azerbaijani has its demo stories (and the translations other tests publish): three pages at least.
  await page.goto('/az/news');
  await expect(page.getByText(/Səhifə 1\/[3-9]/)).toBeVisible();

  // Russian has all 31 (and whatever the editor tests have published meanwhile): more than two pages.
  await page.goto('/ru/news');
  await expect(page.locator('.card-grid article')).toHaveCount(12);
  await expect(page.getByText(/Страница 1 из \d/)).toBeVisible();
  await page.goto('/ru/news?page=3');
  expect(await page.locator('.card-grid article').count()).toBeGreaterThanOrEqual(31 - 24);
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
  ['/en/category/politics?page=abc', 'Page not found'],
  ['/en/category/politics?page=99', 'Page not found'],
  ['/ru/news?page=0', 'Страница не найдена'],
  ['/ru/photo?page=1e3', 'Страница не найдена'],
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
  const context = await browser.newContext({ locale: 'az-AZ' });
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
