import { expect, test, type Page } from './test';
import { seedCulture } from './fixtures';
import { staff } from './staff';

/** Russian plural of 'материал' (the e2e counts stay below 21). */
const stories = (n: number) => `${n} ${n === 1 ? 'материал' : n >= 2 && n <= 4 ? 'материала' : 'материалов'}`;

async function signIn(page: Page, who: { email: string; password: string }, locale = 'ru') {
  await page.goto(`/${locale}/login`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').click();
}

test.describe('without a session', () => {
  for (const path of [
    '/ru/dashboard',
    '/az/dashboard/users',
    '/en/dashboard?status=draft',
    '/ru/dashboard/',
    '/ru/%64ashboard',
    '/ru/dashboard/users/',
    '/ru/dashboard/%75sers',
  ]) {
    test(`${path} shows nothing of the newsroom`, async ({ page }) => {
      const response = await page.goto(path);
      // Either the sign-in page, or (for percent-encoded names Next does not route) a 404: never the dashboard.
      if (response?.status() === 404) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
      } else {
        expect(response?.status()).toBe(200);
        await expect(page).toHaveURL(/\/(ru|az|en)\/login/);
      }
      await expect(page.getByRole('table')).toHaveCount(0);
      expect(await page.content()).not.toContain(staff.editor.email);
    });
  }

  test('the scheduler\'s internal endpoint answers nobody else', async ({ request }) => {
    const attempts: Record<string, string>[] = [{}, { 'x-bureau-internal-token': 'guess' }, { 'x-bureau-internal-token': '' }];
    for (const headers of attempts) {
      const response = await request.post('/api/internal/publish-due', { headers });
      expect(response.status()).toBe(404);
    }
  });

  test('the middleware-subrequest header opens nothing', async ({ request }) => {
    for (const value of ['middleware', 'proxy:proxy:proxy:proxy:proxy', 'src/middleware:middleware:middleware:middleware:middleware']) {
      const response = await request.get('/ru/dashboard/users', { headers: { 'x-middleware-subrequest': value }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toContain('/ru/login');
      expect(await response.text()).not.toContain(staff.admin.email);
    }
  });
});

test('an editor signs in, filters the story list, and signs out for good', async ({ page, context }) => {
  await signIn(page, staff.editor);
  await expect(page).toHaveURL('/ru/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Материалы');
  await expect(page.getByText(`${staff.editor.name} (редактор)`)).toBeVisible();
  // Other tests add stories as they run: count within a section they never write to.
  await expect(page.getByRole('status')).toHaveText(/^\d+ материал/);

  const cookie = (await context.cookies()).find((c) => c.name.includes('session_token'))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');

  await page.getByLabel('Раздел').selectOption('culture');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByRole('status')).toHaveText(stories(seedCulture.length));
  await page.getByLabel('Нет перевода на').selectOption('az');
  await page.getByRole('button', { name: 'Показать' }).click();
  const withoutAz = seedCulture.filter((s) => !s.variants.az).length;
  await expect(page.getByRole('status')).toHaveText(stories(withoutAz));
  await expect(page.locator('.stories-table tbody tr')).toHaveCount(withoutAz);

  await page.goto('/ru/dashboard');
  await page.getByLabel('Поиск по заголовку').fill('посольстве');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByRole('status')).toHaveText('1 материал');
  await expect(page.locator('.stories-table')).toContainText('В посольстве Азербайджана в Казахстане');

  // Nonsense filters change nothing and say so.
  await page.goto('/ru/dashboard?status=bogus&page=-3');
  await expect(page.locator('.form__error, [role="alert"]:not(#__next-route-announcer__)')).toHaveText('Неверные параметры фильтра: показаны все материалы.');
  await expect(page.getByRole('status')).toHaveText(/^\d+ материал/);
  await expect(page.locator('.stories-table tbody tr')).toHaveCount(20);

  // An editor is not an admin.
  await page.goto('/ru/dashboard/users');
  await expect(page.locator('.form__error, [role="alert"]:not(#__next-route-announcer__)')).toHaveText('У вашей роли нет доступа к этому разделу.');
  await expect(page.getByRole('table')).toHaveCount(0);

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL('/ru/login');
  // The old cookie is dead on the server, not just forgotten by the browser.
  await context.addCookies([cookie]);
  await page.goto('/ru/dashboard');
  await expect(page).toHaveURL(/\/ru\/login/);
});

test('an admin sees the staff; the dashboard speaks the chosen language', async ({ page }) => {
  await signIn(page, staff.admin, 'en');
  await expect(page).toHaveURL('/en/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
  await page.getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff');
  const rows = page.locator('tbody tr');
  await expect(rows.filter({ hasText: staff.translator.email })).toContainText('translator');
  await expect(rows.filter({ hasText: staff.translator.email })).toContainText('AZ');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Azərbaycanca' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Materiallar');
});

test('wrong passwords get one answer, and guessing is throttled', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one account, one run');
  await signIn(page, { email: 'nobody@bureau.test', password: 'whatever-password' });
  await expect(page.locator('.form__error, [role="alert"]:not(#__next-route-announcer__)')).toHaveText('Неверная почта или пароль.');
  await expect(page.locator('input[name="email"]')).toHaveValue('nobody@bureau.test');
  for (let i = 0; i < 5; i++) {
    await signIn(page, { email: staff.guarded.email, password: `wrong-guess-${i}` });
    await expect(page.locator('.form__error, [role="alert"]:not(#__next-route-announcer__)')).toHaveText('Неверная почта или пароль.');
  }
  await signIn(page, staff.guarded);
  await expect(page.locator('.form__error, [role="alert"]:not(#__next-route-announcer__)')).toHaveText('Слишком много неудачных попыток. Подождите немного и попробуйте снова.');
  await expect(page).toHaveURL(/\/ru\/login/);
});
