/**
 * The agency's pages (about, contacts, advertising, terms, privacy, corrections) and the footer that links them:
 * an admin rewrites the English "About us" in the dashboard with the editor's toolbar, a reader finds the change
 * from the footer, the admin restores the first revision and the reader sees that; an editor has no way in; every
 * page answers in every language, and addresses that are not pages answer the localized 404.
 */
import { agencyPageSlugs } from '../lib/agency-pages';
import { asReader, signedIn } from './newsroom';
import { staff } from './staff';
import { expect, test } from './test';

const locales = ['ru', 'az', 'en'] as const;
const footerNames = {
  ru: ['О нас', 'Контакты', 'Реклама', 'Условия использования', 'Конфиденциальность', 'Политика исправлений'],
  az: ['Haqqımızda', 'Əlaqə', 'Reklam', 'İstifadə şərtləri', 'Məxfilik', 'Düzəlişlər siyasəti'],
  en: ['About us', 'Contacts', 'Advertising', 'Terms of use', 'Privacy', 'Corrections policy'],
};

test('an admin rewrites "About us" in English with the toolbar, readers see it from the footer, and a restore brings the first text back', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one newsroom flow; the reader pages are checked on both projects below');
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const admin = await signedIn(browser, staff.admin);

  await admin.getByRole('link', { name: 'Страницы', exact: true }).click();
  await expect(admin).toHaveURL('/ru/dashboard/pages');
  await expect(admin.locator('.pages-table tbody tr')).toHaveCount(18);
  await admin.getByRole('link', { name: 'Изменить: О нас, английский' }).click();
  await expect(admin).toHaveURL('/ru/dashboard/pages/about/en');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('О нас: английский');

  const title = admin.getByLabel('Заголовок');
  await expect(title).toHaveValue('About Bureau');
  await title.fill(`About Bureau (${run})`);
  const body = admin.getByRole('textbox', { name: 'Текст' });
  await body.click();
  await admin.keyboard.press('Control+End');
  await admin.keyboard.press('Enter');
  await admin.getByRole('button', { name: 'Жирный' }).click();
  await expect(admin.getByRole('button', { name: 'Жирный' })).toHaveAttribute('aria-pressed', 'true');
  await admin.keyboard.type(`Independent since ${run}.`);
  await admin.getByRole('button', { name: 'Сохранить' }).click();
  const state = admin.locator('.editor__state');
  await expect(state).toHaveAttribute('data-state', 'saved');
  await expect(state).toContainText(/Сохранено в \d\d:\d\d/);

  // After a reload the text comes from the server, bold included.
  await admin.reload();
  await expect(admin.getByLabel('Заголовок')).toHaveValue(`About Bureau (${run})`);
  await expect(admin.locator('.rich-text-editor__area strong', { hasText: `Independent since ${run}.` })).toBeVisible();
  // The save is a revision, listed above the first one.
  await expect(admin.locator('.page-revisions tbody tr').first()).toContainText(`About Bureau (${run})`);

  // A reader comes from the English home page through the footer.
  const reader = await asReader(browser, '/en');
  const footer = reader.page.getByRole('contentinfo');
  await footer.getByRole('navigation', { name: 'Bureau', exact: true }).getByRole('link', { name: 'About us' }).click();
  await expect(reader.page).toHaveURL('/en/about');
  await expect(reader.page.getByRole('heading', { level: 1 })).toHaveText(`About Bureau (${run})`);
  await expect(reader.page.locator('article strong', { hasText: `Independent since ${run}.` })).toBeVisible();
  await expect(reader.page).toHaveTitle(`About Bureau (${run}) — Bureau`);
  await expect(reader.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(reader.page.locator('article')).toHaveAttribute('lang', 'en');
  await expect(reader.page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/about$/);
  await expect(reader.page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/about$/);

  // The admin restores the first revision (the seeded text): readers get it back at once.
  await admin.locator('.page-revisions tr[data-revision="1"]').getByRole('button', { name: 'Восстановить версию 1' }).click();
  await expect(admin).toHaveURL('/ru/dashboard/pages/about/en?restored=1');
  await expect(admin.getByRole('status').filter({ hasText: 'Версия восстановлена' })).toBeVisible();
  await expect(admin.getByLabel('Заголовок')).toHaveValue('About Bureau');
  await expect(admin.locator('.page-revisions tbody tr').first()).toContainText('восстановлена');
  await reader.page.reload();
  await expect(reader.page.getByRole('heading', { level: 1 })).toHaveText('About Bureau');
  await expect(reader.page.getByText(`Independent since ${run}.`)).toHaveCount(0);
  await reader.close();
});

test('an editor has no Pages link and is refused at its addresses', async ({ browser }) => {
  const editor = await signedIn(browser, staff.editor);
  await expect(editor.locator('.dashboard-nav')).toBeVisible();
  await expect(editor.locator('.dashboard-nav').getByRole('link', { name: 'Страницы' })).toHaveCount(0);
  for (const path of ['/ru/dashboard/pages', '/ru/dashboard/pages/about/en']) {
    await editor.goto(path);
    await expect(editor.locator('main').getByRole('alert')).toHaveText('У вашей роли нет доступа к этому разделу.');
    await expect(editor.getByLabel('Заголовок')).toHaveCount(0);
  }
});

test('every page answers in every language, with the footer linking all six, the sections, the feeds and the social profiles', async ({ page, request }) => {
  for (const locale of locales) {
    for (const slug of agencyPageSlugs) {
      const response = await request.get(`/${locale}/${slug}`);
      expect(response.status(), `/${locale}/${slug}`).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}"`);
      for (const other of agencyPageSlugs) expect(html, `/${locale}/${slug} links /${locale}/${other}`).toContain(`href="/${locale}/${other}"`);
    }
    await page.goto(`/${locale}/contacts`);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('navigation', { name: 'Bureau', exact: true }).getByRole('link')).toHaveText(footerNames[locale]);
    await expect(footer.getByRole('navigation').first().getByRole('link').nth(1)).toHaveAttribute('href', new RegExp(`^/${locale}/category/`));
    await expect(footer.locator(`a[href="/${locale}/rss.xml"]`)).toHaveCount(1);
  }
  // The social profiles configured in BUREAU_SOCIAL_LINKS (playwright.config.ts), named for whose they are.
  const telegram = page.getByRole('contentinfo').getByRole('link', { name: 'Bureau on Telegram' });
  await expect(telegram).toHaveAttribute('href', 'https://t.me/bureau_demo');
  await expect(telegram).toHaveAttribute('rel', 'me noopener');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Bureau on X' })).toHaveText('X');
  // The sitemap lists the pages.
  const sitemap = await (await request.get('/az/sitemap.xml')).text();
  expect(sitemap).toContain('/az/corrections</loc>');
});

test('an address that is not one of the pages answers the localized 404, never an error', async ({ request }) => {
  for (const path of ['/ru/about%00', '/ru/About', '/en/about/more', `/az/${'a'.repeat(3000)}`, '/ru/about%E0%A4', '/en/privacy.php']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toMatch(/Страница не найдена|Page not found|Səhifə tapılmadı/);
  }
});
