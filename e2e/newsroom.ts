/** What the newsroom's e2e tests do as an editor would: sign in, make a story, find the visible editor panel. */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { watchedContext } from './test';
import { staff } from './staff';

export type Who = { email: string; password: string };

export async function signIn(page: Page, who: Who) {
  await page.goto('/ru/login');
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL('/ru/dashboard');
}

/** A new browser (its own cookies) signed in as `who`. */
export async function signedIn(browser: Browser, who: Who = staff.editor): Promise<Page> {
  const page = await (await watchedContext(browser)).newPage();
  await signIn(page, who);
  return page;
}

/** Makes a story from the story list, as an editor does; returns the editor's path. */
export async function newStory(page: Page, title: string, section = 'society'): Promise<string> {
  await page.getByRole('link', { name: 'Новый материал' }).first().click();
  await page.getByLabel('Раздел').selectOption(section);
  await page.getByLabel('Заголовок', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Создать' }).click();
  await expect(page).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  return new URL(page.url()).pathname;
}

/** The language tab shown now (the others are hidden). */
export const panel = (page: Page): Locator => page.getByRole('tabpanel');
export const saveState = (page: Page): Locator => panel(page).locator('.editor__state');
export const body = (page: Page): Locator => panel(page).getByRole('textbox', { name: 'Текст' });

/** Waits for the autosave of what was just typed: unsaved first, then saved (with its time). */
export async function autosaved(page: Page) {
  await expect(saveState(page)).toHaveAttribute('data-state', /dirty|saving/);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expect(saveState(page)).toContainText(/Сохранено в \d\d:\d\d/);
}

/** Fills the headline, lead and a paragraph of body text, and waits until it is saved. */
export async function writeStory(page: Page, text: { lead: string; body: string }) {
  await panel(page).getByLabel('Лид').fill(text.lead);
  await body(page).click();
  await page.keyboard.type(text.body);
  await autosaved(page);
}

/** What an anonymous reader gets at a path (a fresh browser, no cookies). */
export async function asReader(browser: Browser, path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await watchedContext(browser);
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}
