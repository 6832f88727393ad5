/**
 * Nothing typed is lost, in the story editor and in the translating view alike (one autosave): saved by itself,
 * kept in the browser while the connection is down and saved when it is back, with no keystroke needed, and
 * brought back from the browser after the tab was closed.
 */
import { expect, test, type Page } from './test';
import { newStory, panel, saveState, signIn, signedIn, writeStory } from './newsroom';
import { staff } from './staff';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'newsroom flows run once');
});

test('the story editor keeps typing done offline and saves it by itself when the connection is back', async ({ page }) => {
  await signIn(page, staff.editor);
  const path = await newStory(page, `Без связи (${Date.now()})`);
  await writeStory(page, { lead: 'Лид со связью.', body: 'Текст.' });

  await page.context().setOffline(true);
  await panel(page).getByLabel('Лид').fill('Лид, написанный без связи.');
  await expect(saveState(page)).toContainText('Нет связи: текст сохранён в этом браузере');
  await expect(saveState(page)).toHaveAttribute('data-state', 'offline');
  await page.context().setOffline(false);
  // No keystroke: the save is tried again by itself.
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await page.reload();
  await expect(panel(page).getByLabel('Лид')).toHaveValue('Лид, написанный без связи.');

  // Closed while offline: the text comes back from the browser when the story is opened again.
  await page.context().setOffline(true);
  await panel(page).getByLabel('Лид').fill('Лид, который не успел уйти на сервер.');
  await expect(saveState(page)).toHaveAttribute('data-state', 'offline');
  const context = page.context();
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(path);
  await expect(panel(again).getByLabel('Лид')).toHaveValue('Лид, который не успел уйти на сервер.');
  await expect(panel(again).getByText('Текст восстановлен из копии в этом браузере')).toBeVisible();
  await expect(saveState(again)).toHaveAttribute('data-state', 'saved');
  await again.reload();
  await expect(panel(again).getByLabel('Лид')).toHaveValue('Лид, который не успел уйти на сервер.');
});

const row = (page: Page, label: string) => page.locator('.translating__row').filter({ has: page.locator('.translating__label', { hasText: label }) });

test('the translating view saves by itself and keeps a browser copy', async ({ page, browser }) => {
  const title = `Перевод без кнопки (${Date.now()})`;
  await signIn(page, staff.editor);
  const path = await newStory(page, title);
  await writeStory(page, { lead: 'Лид для перевода.', body: 'Абзац для перевода.' });
  const id = path.split('/').pop();

  const translator = await signedIn(browser, staff.translator);
  await translator.goto(`/ru/dashboard/translations/${id}/az`);
  const state = translator.locator('.editor__state');
  await row(translator, 'Заголовок').locator('input').fill('Düyməsiz tərcümə');
  await row(translator, 'Лид').locator('textarea').fill('Tərcümə üçün lid.');
  // Saved without pressing anything.
  await expect(state).toHaveAttribute('data-state', 'saved');
  await expect(state).toContainText(/Сохранено в \d\d:\d\d/);
  await translator.reload();
  await expect(row(translator, 'Лид').locator('textarea')).toHaveValue('Tərcümə üçün lid.');

  // Offline: kept in the browser, and saved when the connection is back.
  await translator.context().setOffline(true);
  await row(translator, 'Абзац 1').locator('textarea').fill('Tərcümə üçün abzas.');
  await expect(state).toHaveAttribute('data-state', 'offline');
  const context = translator.context();
  await translator.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/ru/dashboard/translations/${id}/az`);
  await expect(row(again, 'Абзац 1').locator('textarea')).toHaveValue('Tərcümə üçün abzas.');
  await expect(again.locator('.editor__state')).toHaveAttribute('data-state', 'saved');
  await again.reload();
  await expect(row(again, 'Абзац 1').locator('textarea')).toHaveValue('Tərcümə üçün abzas.');
  await context.close();
});
