import { expect, test, watchedContext } from './test';
import { first } from './fixtures';

test('results follow the typing, in the page language, with the words marked', async ({ page }) => {
  // The masthead's search (e2e/masthead.spec.ts) sends its words here; this page refines them while typing.
  await page.goto('/az/search');
  const box = page.getByRole('searchbox', { name: 'Nəyi axtarırsınız' });
  // Typed without Azerbaijani letters, as on many phones.
  await box.pressSequentially('sefirlik', { delay: 40 });
  await expect(page).toHaveURL(/\/az\/search\?q=sefirlik/);
  const hit = page.locator('.search__hit').filter({ hasText: first.story.variants.az!.title });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/^səfirliy/i);
  // The dictionary form finds "səfirliyində" as a real match (Azerbaijani stemming, lib/azerbaijani-stem.ts),
  // not as the nearest headline.
  await expect(page.locator('main')).not.toContainText('Dəqiq uyğunluq yoxdur');
  await expect(box).toBeFocused();
  await hit.getByRole('link', { name: first.story.variants.az!.title }).click();
  await expect(page).toHaveURL(first.url('az'));
});

test('nothing found, odd input and typos get a friendly answer, never an error', async ({ page }) => {
  for (const q of ['"; DROP TABLE article_translations; --', '🙂 & | ! :*', 'x'.repeat(5000)]) {
    const response = await page.goto(`/ru/search?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.search__count')).toContainText('ничего не найдено');
  }
  await page.goto(`/en/search?q=${encodeURIComponent('Azerbiajani Embasy')}`);
  await expect(page.locator('.search__count')).toContainText('No exact match');
  await expect(page.locator('.search__hit').first()).toContainText(first.story.variants.en!.title);
  const bad = await page.goto('/en/search?q=embassy&from=yesterday&page=-1&category=..%2F..');
  expect(bad?.status()).toBe(200);
  await expect(page.locator('.search__hit').filter({ hasText: first.story.variants.en!.title })).toBeVisible();
});

test('without JavaScript the search form still works', async ({ browser }) => {
  const context = await watchedContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/search');
  await page.getByRole('searchbox', { name: 'Что искать' }).fill('посольство');
  await page.locator('main').getByRole('button', { name: 'Найти' }).click();
  await expect(page.locator('.search__hit').filter({ hasText: first.story.variants.ru.title })).toBeVisible();
  await context.close();
});
