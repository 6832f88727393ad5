/**
 * Tag, author and bureau pages, the archive by month and related stories (issue 5, item 2), in the browser.
 * Other tests publish Russian stories and Azerbaijani translations while these run, so Russian lists are only
 * searched, never counted; English lists are counted against the demo content.
 */
import { expect, test, type Page } from './test';
import { authors, bureaus, tags } from '../db/seed/taxonomy';
import { demoStoriesA } from '../db/seed/demo-stories-a';
import { demoStoriesB } from '../db/seed/demo-stories-b';
import { first, nothingOlder, type Locale } from './fixtures';

const seed = [first.story, ...demoStoriesA, ...demoStoriesB];
const author = authors.find((a) => a.key === first.story.author)!;
const bureau = bureaus.find((b) => b.key === first.story.bureau)!;
const tag = tags.find((t) => t.key === 'diplomacy')!;

/** The card of a story in a listing, found by its title. */
const card = (page: Page, title: string) => page.locator('.card-grid article').filter({ has: page.getByRole('link', { name: title, exact: true }) });

test('from the first story, its author, bureau and tag pages list it', async ({ page }) => {
  const title = first.story.variants.ru.title;
  await page.goto(first.url('ru'));
  const article = page.locator('article.story');

  await article.locator('.story__byline').getByRole('link', { name: author.name.ru }).click();
  await expect(page).toHaveURL(`/ru/author/${author.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name.ru);
  await expect(card(page, title)).toHaveCount(1);

  await page.goto(first.url('ru'));
  await article.locator('.story__dateline').getByRole('link', { name: bureau.dateline.ru }).click();
  await expect(page).toHaveURL(`/ru/bureau/${bureau.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bureau.name.ru);
  await expect(card(page, title)).toHaveCount(1);

  await page.goto(first.url('ru'));
  await article.locator('.story__tags').getByRole('link', { name: tag.name.ru }).click();
  await expect(page).toHaveURL(`/ru/tag/${tag.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Тег «${tag.name.ru}»`);
  await expect(card(page, title)).toHaveCount(1);
});

test('an English tag page lists exactly the English stories of the tag, newest first, with its canonical URL', async ({ page }) => {
  await page.goto(`/en/tag/${tag.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tag: ${tag.name.en}`);
  const expected = seed
    .filter((s) => s.variants.en && s.tags?.includes(tag.key))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .map((s) => s.variants.en!.title);
  await expect(page.locator('.card-grid article .story-card__title')).toHaveText(expected);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/tag/${tag.key}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="az"]')).toHaveAttribute('href', new RegExp(`/az/tag/${tag.key}$`));
});

test('the archive lists months with counts and leads to January 2026, where the first story is', async ({ page }) => {
  await page.goto('/ru/archive');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Архив');
  await page.getByRole('region', { name: '2026' }).getByRole('link', { name: 'Январь', exact: true }).click();
  await expect(page).toHaveURL('/ru/archive/2026/01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Архив: январь 2026 г.');
  await expect(card(page, first.story.variants.ru.title)).toHaveCount(1);

  // English is counted: the number beside January matches the demo content and the month's list.
  const inJanuary = seed.filter((s) => s.variants.en && s.publishedAt.startsWith('2026-01'));
  await page.goto('/en/archive');
  const january = page.getByRole('region', { name: '2026' }).getByRole('listitem').filter({ hasText: 'January' });
  await expect(january).toContainText(`${inJanuary.length} ${inJanuary.length === 1 ? 'story' : 'stories'}`);
  await january.getByRole('link', { name: 'January' }).click();
  await expect(page).toHaveURL('/en/archive/2026/01');
  await expect(page.locator('.card-grid article')).toHaveCount(Math.min(inJanuary.length, 12));
  await expect(card(page, first.story.variants.en!.title)).toHaveCount(1);
});

for (const locale of ['ru', 'en'] as const satisfies readonly Locale[]) {
  test(`the related block under the first story shows up to four other ${locale} stories`, async ({ page }) => {
    await page.goto(first.url(locale));
    const related = page.getByRole('complementary', { name: locale === 'ru' ? 'Читайте также' : 'Related stories' });
    const links = related.getByRole('heading', { level: 3 }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(4);
    const titles = new Set(seed.flatMap((s) => (s.variants[locale] ? [s.variants[locale]!.title] : [])));
    for (const link of await links.all()) {
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`^/${locale}/news/`));
      expect(href).not.toBe(first.url(locale));
      const text = (await link.textContent())!.trim();
      if (locale === 'en') expect(titles).toContain(text);
    }
  });
}

for (const [url, heading] of [
  ['/ru/archive/2026/13', 'Страница не найдена'],
  ['/ru/archive/2026/1', 'Страница не найдена'],
  ['/ru/archive/1999/01', 'Страница не найдена'],
  ['/ru/archive/2026/01?page=abc', 'Страница не найдена'],
  ['/ru/author/%E0', 'Страница не найдена'],
  ['/ru/tag/diplomacy/older/abc', 'Страница не найдена'],
  ['/ru/tag/no-such-tag', 'Страница не найдена'],
  [`/en/author/report-kz/older/${nothingOlder}`, 'Page not found'],
  ['/en/bureau/baku/older/%E0', 'Page not found'],
  ['/az/bureau/Bad_Slug', 'Səhifə tapılmadı'],
] as const) {
  test(`a malformed listing URL answers the localized 404: ${url}`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}
