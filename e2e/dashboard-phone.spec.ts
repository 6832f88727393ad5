import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from './test';
import { seedCulture } from './fixtures';
import { signIn } from './newsroom';
import { staff } from './staff';

/**
 * The newsroom on a 390 px phone: no screen scrolls sideways, the story list, the translation board, the audit log
 * and the staff list are stacked cards (each row one card, its headline a link at least 44 px tall), the header and
 * its navigation fit, and the filters still work. Phone project only. With E2E_SHOTS=<folder> each screen is also
 * saved there as a screenshot, at 390 px and at 1280 px, for a person to look at.
 */
test.skip(({ isMobile }) => !isMobile, 'the phone layout is checked in the phone project');
test.use({ viewport: { width: 390, height: 844 } });

const shots = process.env.E2E_SHOTS;

/** Nothing on the page is wider than the screen: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

/** Each row is a card: not a table row, within the screen, its first cells one under another. */
async function expectCards(rows: Locator, screenWidth: number) {
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < Math.min(count, 8); i++) {
    const row = rows.nth(i);
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).not.toBe('table-row');
    const box = (await row.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(screenWidth);
    const cells = row.locator(':scope > td, :scope > th');
    const first = (await cells.nth(0).boundingBox())!;
    const second = (await cells.nth(1).boundingBox())!;
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 1);
  }
}

async function expectTouchTarget(link: Locator) {
  const box = (await link.boundingBox())!;
  expect(box.height, `"${await link.textContent()}" is ${box.height} px tall`).toBeGreaterThanOrEqual(44);
}

async function shoot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(shots, `${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
}

test('the story list: cards with 44 px headline links, filters that work, a header that fits', async ({ page }) => {
  await signIn(page, staff.editor);
  await expectNoSidewaysScroll(page);
  const rows = page.locator('.stories-table tbody tr');
  await expectCards(rows, 390);
  for (const link of (await rows.locator('td:first-child a').all()).slice(0, 8)) await expectTouchTarget(link);
  // Each cell after the headline names its column, in the dashboard's language.
  const labels = await rows.first().locator('td').evaluateAll((cells) => cells.slice(1).map((td) => getComputedStyle(td, '::before').content));
  expect(labels).toEqual(['"Языки"', '"Раздел"', '"Автор"', '"Изменено"']);
  await expect(page.getByRole('link', { name: 'Новый материал' })).toBeVisible();

  // The header: every navigation link on screen, a 44 px target, reached with the keyboard.
  const nav = page.getByRole('navigation', { name: 'Редакция' });
  for (const link of await nav.getByRole('link').all()) {
    await expectTouchTarget(link);
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await nav.getByRole('link', { name: 'Переводы' }).focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Медиатека' })).toBeFocused();
  await shoot(page, 'stories');

  // The filters: a section, then a title search, as on a desktop.
  await page.getByLabel('Раздел').selectOption('culture');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/category=culture/);
  await expect(rows).toHaveCount(seedCulture.length);
  for (const row of await rows.all()) await expect(row.locator('td').nth(2)).toHaveText('Культура');
  await page.getByLabel('Раздел').selectOption('');
  await page.getByLabel('Поиск по заголовку').fill('посольстве');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('link')).toContainText('В посольстве Азербайджана в Казахстане');
  await expectNoSidewaysScroll(page);
  await expectCards(rows, 390);
});

test('the translation board: cards whose states are 44 px links, and its filters', async ({ page }) => {
  await signIn(page, staff.editor);
  await page.getByRole('navigation', { name: 'Редакция' }).getByRole('link', { name: 'Переводы' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Переводы');
  await expectNoSidewaysScroll(page);
  const rows = page.locator('table.board tbody tr');
  await expectCards(rows, 390);
  await expectCards(page.locator('table.board-counts tbody tr'), 390);
  for (const link of (await rows.first().getByRole('link').all())) await expectTouchTarget(link);
  for (const link of (await page.locator('table.board-counts tbody tr').first().getByRole('link').all())) await expectTouchTarget(link);
  await shoot(page, 'translations');

  await page.getByRole('combobox', { name: 'Язык' }).selectOption('az');
  await page.getByLabel('Состояние').selectOption('missing');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/lang=az/);
  await expect(page.locator('table.board thead th')).toHaveCount(2);
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (const row of (await rows.all()).slice(0, 8)) await expect(row.getByRole('link')).toHaveText('нет перевода');
  await expectNoSidewaysScroll(page);
});

test('the media library, the audit log and the staff list fit the screen', async ({ page }) => {
  await signIn(page, staff.admin);
  await page.getByRole('navigation', { name: 'Редакция' }).getByRole('link', { name: 'Медиатека' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Медиатека');
  await expect(page.locator('.library__item').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shoot(page, 'media');
  await page.locator('.library__item a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Описание фотографии');
  await expectNoSidewaysScroll(page);
  await shoot(page, 'photo');

  await page.goto('/ru/dashboard/audit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал действий');
  await expectNoSidewaysScroll(page);
  await expectCards(page.locator('tbody tr'), 390);
  await shoot(page, 'audit');

  await page.goto('/ru/dashboard/users');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сотрудники');
  await expectNoSidewaysScroll(page);
  await expectCards(page.locator('tbody tr'), 390);
  await shoot(page, 'staff');

  await page.goto('/ru/dashboard/categories');
  await expectNoSidewaysScroll(page);
  await expectCards(page.locator('.categories-table tbody tr'), 390);
  await shoot(page, 'sections');
});
