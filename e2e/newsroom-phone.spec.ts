/**
 * The newsroom on a 390 px phone, held in one hand: sign in, write a story, publish it, fix a typo in it and
 * publish the fix. Nothing scrolls sideways, the buttons are finger-sized, and the save state, the main
 * button and the text toolbar stay on screen while writing.
 */
import { expect, test, type Page } from './test';
import { slugFromTitle } from '../lib/slug';
import { asReader, autosaved, body, newStory, panel, saveState, signIn } from './newsroom';
import { staff } from './staff';

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a phone test');
});

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

async function inReach(page: Page, name: string) {
  const button = panel(page).getByRole('button', { name, exact: true });
  await expect(button).toBeInViewport();
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  return button;
}

test('sign in, write, publish, fix a typo and publish the fix, at 390 px', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const title = `С телефона (${Date.now()})`;
  await signIn(page, staff.editor);
  await noSidewaysScroll(page);
  await newStory(page, title);
  await noSidewaysScroll(page);
  await panel(page).getByLabel('Лид').fill('Репортаж с места: пожар потушен за час.');
  await body(page).click();
  for (let i = 0; i < 12; i++) await page.keyboard.type(`Абзац ${i + 1}: пожарные работали слаженно и быстро. `), await page.keyboard.press('Enter');
  await autosaved(page);
  await noSidewaysScroll(page);

  // Deep in the text, the save state, the main button and the toolbar are still there.
  await expect(saveState(page)).toBeInViewport();
  await expect(panel(page).getByRole('toolbar', { name: 'Форматирование' })).toBeInViewport();
  const bold = panel(page).getByRole('toolbar', { name: 'Форматирование' }).getByRole('button', { name: 'Жирный', exact: true });
  expect((await bold.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await (await inReach(page, 'Опубликовать')).click();
  await expect(saveState(page)).toContainText('опубликовано');

  // The typo: "пожар" in the lead was meant to be "пожар на складе".
  await panel(page).getByLabel('Лид').scrollIntoViewIfNeeded();
  await panel(page).getByLabel('Лид').fill('Репортаж с места: пожар на складе потушен за час.');
  await autosaved(page);
  await expect(saveState(page)).toContainText('Неопубликованная правка');
  await (await inReach(page, 'Обновить публикацию')).click();
  await expect(saveState(page)).not.toContainText('Неопубликованная правка');

  const reader = await asReader(browser, `/ru/news/${slugFromTitle(title)}`);
  await expect(reader.page.locator('.story__lead')).toHaveText('Репортаж с места: пожар на складе потушен за час.');
  await reader.close();
});
