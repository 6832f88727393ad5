import { expect, test } from './test';
import { categories } from '../db/seed/taxonomy';
import { first, languageNames, locales, monthOfJanuary, notInAzerbaijani, ruUrlOf, russianParagraphs } from './fixtures';

for (const locale of locales) {
  test(`reads the first story in ${locale}`, async ({ page }) => {
    const variant = first.story.variants[locale]!;
    // Found in the news feed, newest first: stories other tests publish come before it, so it may be on a later page.
    await page.goto(`/${locale}/news`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const link = page.locator('main').getByRole('link', { name: variant.title }).first();
    for (let pageNumber = 2; pageNumber <= 5 && (await link.count()) === 0; pageNumber++) {
      const older = page.locator('main a[rel="next"]');
      const next = (await older.getAttribute('href'))!;
      await older.click();
      // The next page itself, before looking for the story on it.
      await expect(page).toHaveURL(next);
    }
    await link.click();
    await expect(page).toHaveURL(first.url(locale));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(variant.title);
    await expect(page.locator('.story__lead')).toHaveText(variant.lead);
    const dateline = page.locator('.story__dateline');
    await expect(dateline).toContainText(locale === 'ru' ? 'Астана' : 'Astana');
    // 2026-01-20 15:40 in the newsroom's time zone (Asia/Baku), in the page's language.
    await expect(dateline.locator('time')).toContainText('15:40');
    await expect(dateline.locator('time')).toContainText(monthOfJanuary[locale]);
    await expect(dateline.locator('time')).toContainText('2026');
    const paragraphs = page.locator('.rich-text p');
    await expect(paragraphs).toHaveCount(variant.body.length);
    await expect(paragraphs).toHaveText(variant.body);
    await expect(page.locator('.exhibition__grid a')).toHaveCount(first.photos.length);
    await expect(page.locator('.story__kicker')).toHaveText(categories.find((c) => c.key === first.story.category)!.name[locale]);
  });
}

test('the Russian text is served exactly as published', async ({ page }) => {
  await page.goto(first.url('ru'));
  await expect(page.locator('.rich-text p')).toHaveText(russianParagraphs);
});

test('switches language on the story and back', async ({ page }) => {
  await page.goto(first.url('ru'));
  const switcher = page.getByRole('navigation', { name: 'Язык' });
  await switcher.getByRole('link', { name: languageNames.en }).click();
  await expect(page).toHaveURL(first.url('en'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.story.variants.en!.title);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: languageNames.az }).click();
  await expect(page).toHaveURL(first.url('az'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  await page.getByRole('navigation', { name: 'Dil' }).getByRole('link', { name: languageNames.ru }).click();
  await expect(page).toHaveURL(first.url('ru'));
});

test('a story missing in a language: the switcher says so and goes to the page that says where to read it', async ({ page }) => {
  const ruUrl = ruUrlOf(notInAzerbaijani);
  await page.goto(ruUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(notInAzerbaijani.variants.ru.title);
  const switcher = page.getByRole('navigation', { name: 'Язык' });
  const azerbaijani = switcher.getByRole('link', { name: `${languageNames.az} (не опубликовано на этом языке)` });
  await expect(azerbaijani).toHaveAttribute('title', `${languageNames.az}: не опубликовано`);
  // The language it is published in is a plain link to that version.
  await expect(switcher.getByRole('link', { name: languageNames.en, exact: true })).toHaveAttribute('href', /^\/en\/news\//);

  const azUrl = ruUrl.replace('/ru/', '/az/');
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(azUrl)), azerbaijani.click()]);
  expect(response.status()).toBe(404);
  await expect(page).toHaveURL(azUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bu xəbər Azərbaycan dilində dərc olunmayıb');
  await expect(page.getByRole('link', { name: notInAzerbaijani.variants.en!.title })).toBeVisible();
  await page.getByRole('link', { name: notInAzerbaijani.variants.ru.title }).click();
  await expect(page).toHaveURL(ruUrl);
});

test('head: canonical, hreflang alternates of the languages the story exists in, OpenGraph image', async ({ page }) => {
  await page.goto(first.url('az'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${first.url('az')}$`));
  for (const locale of locales) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute('href', new RegExp(`${first.url(locale)}$`));
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${first.url('ru')}$`));
  // The story's generated share card (e2e/reading.spec.ts checks the image itself).
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`${first.url('az')}/opengraph-image[-a-z0-9]*/[0-9a-f]{12}`));
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'az_AZ');
  await expect(page).toHaveTitle(new RegExp(first.story.variants.az!.seoTitle!.slice(0, 20)));

  await page.goto(ruUrlOf(notInAzerbaijani));
  await expect(page.locator('link[rel="alternate"][hreflang="az"]')).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
});

test('pictures have their dimensions before they load, and the page fits a phone', async ({ page }) => {
  await page.goto(first.url('ru'));
  const sizes = await page.locator('main img').evaluateAll((imgs) => imgs.map((img) => [img.getAttribute('width'), img.getAttribute('height')]));
  expect(sizes.length).toBeGreaterThan(first.photos.length);
  for (const [w, h] of sizes) {
    expect(Number(w)).toBeGreaterThan(0);
    expect(Number(h)).toBeGreaterThan(0);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('no line breaks inside "36-й", before a dash or after a one-letter word, at any phone width', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'phone widths: the phone project runs it');
  await page.goto(first.url('ru'));
  const lead = page.locator('.story__lead');
  await expect(lead.locator('.nowrap', { hasText: /36-й/ })).toHaveCount(1);
  await expect(page.locator('.rich-text .nowrap', { hasText: /Января -$/ }).first()).toBeVisible();
  // The text a reader copies is the text as written: no substituted characters.
  await expect(lead).toHaveText(first.story.variants.ru.lead);
  for (let width = 320; width <= 480; width += 8) {
    await page.setViewportSize({ width, height: 800 });
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('main h1 .nowrap, .story__lead .nowrap, .rich-text .nowrap')]
        // One box per line the element spans: more than one is a break inside it.
        .filter((span) => new Set([...span.getClientRects()].map((r) => Math.round(r.top))).size > 1)
        .map((span) => span.textContent),
    );
    expect(broken, `at ${width} px`).toEqual([]);
  }
});

test('the story page: the latest news and the week’s most read beside the story on a desktop, after it on a phone', async ({ page, isMobile }) => {
  await page.goto(first.url('en'));
  const aside = page.locator('aside.story-aside');
  const latest = aside.getByRole('region', { name: 'Latest news' });
  await expect(latest.locator('li')).not.toHaveCount(0);
  // Not the story being read.
  await expect(latest.getByRole('link', { name: first.story.variants.en!.title })).toHaveCount(0);
  await expect(latest.locator('li time').first()).toHaveText(/^\d{2}:\d{2}$/);
  // The demo content comes with a week of readings: a real list, without the story being read.
  const mostRead = aside.getByRole('region', { name: 'Most read' });
  await expect(mostRead.locator('li')).toHaveCount(5);
  await expect(mostRead.getByRole('link', { name: first.story.variants.en!.title })).toHaveCount(0);
  const story = (await page.locator('article.story').boundingBox())!;
  const column = (await aside.boundingBox())!;
  if (isMobile) expect(column.y).toBeGreaterThan(story.y + story.height);
  else {
    expect(column.x).toBeGreaterThanOrEqual(story.x + story.width);
    expect(column.y).toBeLessThan(story.y + 200);
    expect(column.x + column.width).toBeLessThanOrEqual(1280);
  }
  // One above the other, each the column's width.
  const [feed, read] = [(await latest.boundingBox())!, (await mostRead.boundingBox())!];
  expect(read.y).toBeGreaterThanOrEqual(feed.y + feed.height - 1);
  expect(Math.round(feed.width)).toBe(Math.round(column.width));
});
