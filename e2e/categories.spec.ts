/**
 * The categories screen and deleting stories, in the browser. Desktop and phone run every test against one
 * database, so each test makes its own sections and stories (unique per run and project) and counts nothing
 * that other tests change.
 */
import { expect, test, type Page, type TestInfo, watchedContext } from './test';
import { staff } from './staff';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const unique = (testInfo: TestInfo) => `${testInfo.project.name}-${run}`;

async function signIn(page: Page, who: { email: string; password: string }, locale = 'ru') {
  await page.goto(`/${locale}/login`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(`/${locale}/dashboard`);
}

/** Creates a Russian draft in Society through the dashboard's form; returns the editor's URL path. */
async function newStory(page: Page, title: string): Promise<string> {
  await page.getByRole('link', { name: 'Новый материал' }).click();
  await page.getByLabel('Раздел').selectOption('society');
  await page.getByLabel('Заголовок', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Создать' }).click();
  await expect(page).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  return new URL(page.url()).pathname;
}

test('an editor adds a section in three languages, readers see it, it is renamed, and deleted only when empty', async ({ page, browser }, testInfo) => {
  const tag = unique(testInfo);
  const slug = `e2e-${tag}`;
  const names = { ru: `Регионы ${tag}`, az: `Regionlar ${tag}`, en: `Regions ${tag}` };

  await signIn(page, staff.editor, 'en');
  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Sections' }).click();
  await expect(page).toHaveURL('/en/dashboard/categories');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sections');

  // A name missing in one language: refused, said so, and what was typed stays.
  const form = page.getByRole('region', { name: 'New section' });
  await form.getByLabel('Name in Russian').fill(names.ru);
  await form.getByLabel('Name in Azerbaijani').fill(names.az);
  await expect(form.getByLabel('Name in Azerbaijani')).toHaveAttribute('lang', 'az');
  await form.getByLabel('URL slug (optional)').fill(slug);
  await form.getByRole('button', { name: 'Add section' }).click();
  await expect(form.locator('.form__error')).toHaveText('Enter the name in every language: readers see the section in each of them.');
  await expect(form.getByLabel('Name in English')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Name in English')).toBeFocused();
  await expect(form.getByLabel('Name in Russian')).toHaveValue(names.ru);

  await form.getByLabel('Name in English').fill(names.en);
  await form.getByRole('button', { name: 'Add section' }).click();
  await expect(form.getByRole('status')).toHaveText(`Section “${names.ru}” added.`);
  await expect(form.getByLabel('Name in Russian')).toHaveValue('');
  const row = page.locator('.categories-table tbody tr').filter({ hasText: slug });
  await expect(row).toContainText(names.en);
  await expect(row).toContainText('0 stories');

  // The same slug again is refused.
  await form.getByLabel('Name in Russian').fill('Дубль');
  await form.getByLabel('Name in Azerbaijani').fill('Dubl');
  await form.getByLabel('Name in English').fill('Duplicate');
  await form.getByLabel('URL slug (optional)').fill(slug);
  await form.getByRole('button', { name: 'Add section' }).click();
  await expect(form.locator('.form__error')).toHaveText('Another section already has this URL slug.');

  // A reader sees the new, still empty section in their language. (Not through the sections menu: that is one
  // cached list shared by every page, and a page another test renders while this change lands can keep the older
  // list, so the menu is checked in the data-layer tests.)
  const reader = await watchedContext(browser);
  const readerPage = await reader.newPage();
  const response = await readerPage.goto(`/en/category/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(names.en);
  await expect(readerPage.getByText('There is no news in this section in this language yet.')).toBeVisible();
  await readerPage.goto(`/az/category/${slug}`);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(names.az);

  // Renamed: readers see the new name at once.
  await row.getByText('Rename').click();
  await row.getByLabel('Name in English').fill(`Regions renamed ${tag}`);
  await row.getByRole('button', { name: 'Save names' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved.');
  await expect(row.locator('td').nth(2)).toHaveText(`Regions renamed ${tag}`);
  await readerPage.goto(`/en/category/${slug}`);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(`Regions renamed ${tag}`);

  // A section with stories cannot be deleted; it stays, and readers still have it.
  const society = page.locator('.categories-table tbody tr').filter({ has: page.locator('code', { hasText: /^society$/ }) });
  await society.getByRole('button', { name: 'Delete section “Society”' }).click();
  await expect(society.locator('.form__error')).toHaveText('A section that still has stories cannot be deleted.');
  await page.reload();
  await expect(society).toHaveCount(1);
  expect((await readerPage.goto('/en/category/society'))?.status()).toBe(200);

  // The empty one can: gone from the screen and for readers.
  await row.getByRole('button', { name: `Delete section “Regions renamed ${tag}”` }).click();
  await expect(page).toHaveURL(`/en/dashboard/categories?deleted=${slug}`);
  await expect(page.locator('.notice')).toHaveText(`Section “${slug}” deleted.`);
  await expect(row).toHaveCount(0);
  expect((await readerPage.goto(`/en/category/${slug}`))?.status()).toBe(404);
  await reader.close();
});

test('an editor deletes a published story after confirming, and its reader URL answers 404', async ({ page, browser }, testInfo) => {
  const title = `Материал на удаление (${unique(testInfo)})`;
  await signIn(page, staff.editor);
  const editorPath = await newStory(page, title);
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(page.getByRole('tabpanel').locator('.editor__state')).toContainText('опубликовано');

  const reader = await watchedContext(browser);
  const readerPage = await reader.newPage();
  await readerPage.goto('/ru/news');
  await readerPage.getByRole('link', { name: title }).click();
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(title);
  const storyPath = new URL(readerPage.url()).pathname;

  // The first press only asks; Escape (or Cancel) takes the question back, and nothing is deleted.
  const open = page.getByRole('button', { name: 'Удалить материал' });
  await open.click();
  const question = page.getByRole('group', { name: /Удалить этот материал на всех языках\?/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(open).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('Заголовок', { exact: true })).toHaveValue(title);

  await page.getByRole('button', { name: 'Удалить материал' }).click();
  await page.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(page).toHaveURL('/ru/dashboard?deleted=1');
  await expect(page.locator('.notice')).toHaveText('Материал удалён.');
  await page.getByLabel('Поиск по заголовку').fill(title);
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByText('Ничего не найдено.')).toBeVisible();

  const gone = await readerPage.goto(storyPath);
  expect(gone?.status()).toBe(404);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await readerPage.goto('/ru/news');
  await expect(readerPage.getByRole('link', { name: title })).toHaveCount(0);
  expect((await page.goto(editorPath))?.status()).toBe(404);
  await reader.close();
});

test('a reporter sees neither the Sections link nor Delete, and the sections screen refuses them', async ({ page }, testInfo) => {
  await signIn(page, staff.reporter);
  const nav = page.getByRole('navigation', { name: 'Редакция' });
  await expect(nav.getByRole('link', { name: 'Материалы' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Разделы' })).toHaveCount(0);

  await newStory(page, `Черновик корреспондента (${unique(testInfo)})`);
  await expect(page.getByLabel('Заголовок', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Удалить материал' })).toHaveCount(0);

  await page.goto('/ru/dashboard/categories');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Разделы');
  await expect(page.locator('.form__error')).toHaveText('У вашей роли нет доступа к этому разделу.');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Новый раздел' })).toHaveCount(0);
});

test('without a session the sections screen sends you to sign in', async ({ page }) => {
  await page.goto('/en/dashboard/categories');
  await expect(page).toHaveURL(/\/en\/login/);
  await expect(page.getByRole('table')).toHaveCount(0);
});
