import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { first } from './fixtures';
import { staff } from './staff';

/**
 * Accessibility (issue 5, item 8): axe-core with the WCAG 2.0/2.1 A and AA rules finds nothing on the reader
 * pages and the newsroom's main screens, in the light and the dark colour scheme, on both projects (desktop and
 * phone); and the keyboard paths a reader without a mouse depends on work.
 */
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const schemes = ['light', 'dark'] as const;

/** Runs axe on the page as it stands and fails with a readable list: rule, impact, and each offending element. */
async function expectNoViolations(page: Page) {
  const { violations, incomplete } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  // axe leaves an id that ARIA points at twice "for review" when an element is hidden (a closed <dialog>), but the
  // second element is still named by the first one's text: count it as a violation.
  const found = [...violations, ...incomplete.filter((v) => v.id === 'duplicate-id-aria')].map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/ru/login');
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/ru\/dashboard/);
}

const readerPages: { name: string; path: string }[] = [
  { name: 'home (ru)', path: '/ru' },
  { name: 'home (az)', path: '/az' },
  { name: 'home (en)', path: '/en' },
  { name: 'a story', path: first.url('ru') },
  { name: 'search with results', path: '/az/search?q=sefirlik' },
  { name: 'a section', path: '/ru/category/culture' },
  { name: 'the news feed', path: '/en/news' },
  { name: 'the sign-in page', path: '/ru/login' },
  { name: 'an agency page', path: '/az/contacts' },
];

const dashboardScreens: { name: string; path: string; ready: (page: Page) => Promise<void>; admin?: true }[] = [
  { name: 'story list', path: '/ru/dashboard', ready: (page) => expect(page.locator('.stories-table')).toBeVisible() },
  { name: 'story editor', path: '/ru/dashboard/stories/1', ready: (page) => expect(page.locator('.rich-text-editor__area')).toBeVisible() },
  { name: 'media library', path: '/ru/dashboard/media', ready: (page) => expect(page.locator('.library')).toBeVisible() },
  { name: 'translations board', path: '/ru/dashboard/translations', ready: (page) => expect(page.locator('table.board')).toBeVisible() },
  { name: 'sections', path: '/ru/dashboard/categories', ready: (page) => expect(page.locator('.categories-table')).toBeVisible() },
  // Only admins edit the agency's pages.
  { name: 'agency pages', path: '/ru/dashboard/pages', ready: (page) => expect(page.locator('.pages-table')).toBeVisible(), admin: true },
  { name: 'agency page editor', path: '/ru/dashboard/pages/about/ru', ready: (page) => expect(page.locator('.rich-text-editor__area')).toBeVisible(), admin: true },
];

for (const scheme of schemes) {
  test.describe(`axe, ${scheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    for (const { name, path } of readerPages) {
      test(`${name}: no violations`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoViolations(page);
      });
    }

    test('the search results: no violations', async ({ page }) => {
      await page.goto('/az/search?q=sefirlik');
      await expect(page.locator('.search__hit').first()).toBeVisible();
      await expectNoViolations(page);
    });

    test('the exhibition viewer, open: no violations', async ({ page }) => {
      await page.goto(first.url('ru'));
      await page.locator('.exhibition__grid a').first().focus();
      await page.keyboard.press('Enter');
      const viewer = page.getByRole('dialog', { name: 'Просмотр фотографий' });
      await expect(viewer).toBeVisible();
      await expect(viewer.getByTestId('viewer-position')).toHaveText(`1 / ${first.photos.length}`);
      await expectNoViolations(page);
    });

    for (const { name, path, ready, admin } of dashboardScreens) {
      test(`dashboard, ${name} (${admin ? 'admin' : 'editor'}): no violations`, async ({ page }) => {
        await signIn(page, admin ? staff.admin : staff.editor);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await ready(page);
        await expectNoViolations(page);
      });
    }
  });
}

test.describe('keyboard only', () => {
  test('from the home page, Tab reaches the skip link first and it moves focus to the main content', async ({ page }) => {
    await page.goto('/ru');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Перейти к содержанию' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#content$/);
    // The skip link moves the browser's focus starting point to <main>: the next Tab goes on inside the main
    // content, past the masthead, the theme switch and the sections menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main#content')))).toBe(true);
  });

  test('the search box is reached and used with the keyboard alone', async ({ page }) => {
    await page.goto('/az/search');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the skip link
    await page.keyboard.press('Tab');
    const box = page.getByRole('searchbox', { name: 'Nəyi axtarırsınız' });
    await expect(box).toBeFocused();
    await page.keyboard.type('sefirlik');
    // The results follow the typing, and the box keeps the focus meanwhile.
    await expect(page).toHaveURL(/\/az\/search\?q=sefirlik/);
    const hit = page.locator('.search__hit').filter({ hasText: first.story.variants.az!.title });
    await expect(hit).toBeVisible();
    await expect(box).toBeFocused();
    // Tab goes on through the form's fields (a date field has a stop per part) to the results; Enter opens one.
    const link = hit.getByRole('link', { name: first.story.variants.az!.title });
    for (let i = 0; i < 30; i++) {
      if (await link.evaluate((a) => a === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(first.url('az'));
  });
});
