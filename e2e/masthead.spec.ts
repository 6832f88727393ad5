/**
 * The reader's masthead (components/site-header.tsx): today's date in the newsroom's time zone, search from every
 * page (a field on a wide screen, an icon that opens it on a phone), the languages and the theme button on one
 * line with the name, and a sections bar that no longer ends in search.
 */
import { expect, test, type Page } from './test';
import { first } from './fixtures';

const longDate = (at: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Baku' }).format(at);

async function searchFromMasthead(page: Page, isMobile: boolean, words: string) {
  const header = page.locator('header.site-header');
  if (isMobile) {
    // Closed, the field is not there to tab into; the icon opens it.
    await expect(header.getByRole('searchbox')).toBeHidden();
    await header.locator('summary[aria-label="Открыть поиск"]').click();
  }
  const field = header.getByRole('searchbox', { name: 'Поиск по сайту' });
  await expect(field).toBeVisible();
  await field.fill(words);
  await field.press('Enter');
}

test('the date, and search from the masthead reaches the results page', async ({ page, isMobile }) => {
  await page.goto(first.url('ru'));
  const header = page.locator('header.site-header');
  // Russian dates from Node's ICU: the same data the server formats with.
  const today = longDate(new Date(), 'ru');
  await expect(header.locator('time.masthead__date')).toHaveText(today);
  await expect(header.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Поиск' })).toHaveCount(0);

  await searchFromMasthead(page, isMobile, 'посольстве Казахстане');
  await expect(page).toHaveURL(/\/ru\/search\?q=%D0%BF%D0%BE%D1%81/);
  await expect(page.locator('main').getByRole('link', { name: first.story.variants.ru.title })).toBeVisible();

  // Name, search and theme share the first row: nothing is pushed onto a row of its own.
  const logo = await header.getByRole('link', { name: /Bureau/ }).first().boundingBox();
  const theme = await header.getByRole('button', { name: /^Оформление: / }).boundingBox();
  expect(Math.abs(logo!.y + logo!.height / 2 - (theme!.y + theme!.height / 2))).toBeLessThan(24);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a page cached yesterday shows today’s date once the browser runs', async ({ page }) => {
  // The server renders today and tomorrow; a browser whose clock is a day on shows tomorrow.
  const tomorrow = new Date(Date.now() + 86_400_000);
  await page.clock.setSystemTime(tomorrow);
  await page.goto('/az');
  const date = page.locator('header.site-header time.masthead__date');
  const expected = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(tomorrow);
  await expect(date).toHaveAttribute('datetime', expected);
  // In Azerbaijani, as the server wrote it (the browser has no Azerbaijani date names).
  await expect(date).toHaveText(longDate(tomorrow, 'az'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('search from the masthead still works', async ({ page, isMobile }) => {
    await page.goto('/ru');
    await searchFromMasthead(page, isMobile, 'посольстве Казахстане');
    await expect(page).toHaveURL(/\/ru\/search\?q=/);
    await expect(page.locator('main').getByRole('link', { name: first.story.variants.ru.title })).toBeVisible();
  });
});
