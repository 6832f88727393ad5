import { expect, test, type Page, watchedContext } from './test';
import { first } from './fixtures';
import { staff } from './staff';

async function signIn(page: Page) {
  await page.goto('/ru/login');
  await page.locator('input[name="email"]').fill(staff.editor.email);
  await page.locator('input[name="password"]').fill(staff.editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL('/ru/dashboard');
}

test('reading a story counts one view, with nothing about the reader; junk is refused', async ({ page, request }) => {
  const counted = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
  await page.goto(first.url('en'));
  const response = await counted;
  expect(response.status()).toBe(204);
  const sent = JSON.parse(response.request().postData() ?? '{}') as Record<string, unknown>;
  expect(Object.keys(sent).sort()).toEqual(['id', 'locale']);
  expect(sent.locale).toBe('en');

  expect((await request.post('/api/views', { data: 'not json' })).status()).toBe(400);
  expect((await request.post('/api/views', { data: { id: 1, locale: 'xx' } })).status()).toBe(400);
  expect((await request.post('/api/views', { data: { id: 2_000_000_000, locale: 'ru' } })).status()).toBe(404);
});

test('an editor switches the breaking-news ticker on; readers see it in the published language only; then off', async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one newsroom flow; the ticker is plain links on every viewport');
  const title = `Срочно: перекрыт проспект (${Date.now().toString(36)})`;
  await signIn(page);
  await page.getByRole('link', { name: 'Новый материал' }).click();
  await page.getByLabel('Раздел').selectOption('sport');
  await page.getByLabel('Заголовок', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Создать' }).click();
  await expect(page).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  await page.getByLabel('Лид').fill('Движение перекрыто до вечера.');
  await expect(page.locator('.editor__state')).toHaveAttribute('data-state', 'dirty');
  await expect(page.locator('.editor__state')).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(page.locator('.editor__state')).toContainText('опубликовано');

  const control = page.getByRole('region', { name: 'Бегущая строка «Срочно»' });
  await expect(control.getByRole('status')).toHaveText('Материал не в бегущей строке.');
  await control.getByLabel('На сколько').selectOption('1');
  await control.getByRole('button', { name: 'Включить' }).click();
  await expect(control.getByRole('status')).toContainText('Материал в бегущей строке до');

  const reader = await (await watchedContext(browser)).newPage();
  await reader.goto('/ru/news');
  const ticker = reader.getByRole('region', { name: 'Срочно' });
  await expect(ticker.getByRole('link', { name: title })).toBeVisible();
  await reader.goto('/en/news');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);

  await control.getByRole('button', { name: 'Выключить' }).click();
  await expect(control.getByRole('status')).toHaveText('Материал не в бегущей строке.');
  await reader.goto('/ru/news');
  await expect(reader.getByRole('region', { name: 'Срочно' })).toHaveCount(0);
});
