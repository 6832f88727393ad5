/**
 * The admin's staff screens and everyone's own password, in the browser: creating an account through the form,
 * disabling it (which ends its open sessions), the audit log, and a password change. Each test makes its own
 * accounts, unique per run and per project (desktop and phone run every test against one database), and never
 * changes the passwords of e2e/staff.ts's accounts, which other tests sign in with.
 */
import { expect, test, type Browser, type Locator, type Page, type TestInfo, watchedContext } from './test';
import { staff } from './staff';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const uniqueEmail = (what: string, testInfo: TestInfo) => `${what}-${testInfo.project.name}-${run}@bureau.test`;

async function signIn(page: Page, who: { email: string; password: string }, locale = 'ru') {
  await page.goto(`/${locale}/login`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').click();
}

const alertIn = (scope: Page | Locator) => scope.locator('.form__error, [role="alert"]:not(#__next-route-announcer__)');

/** A page of its own (a separate browser: its own cookies), signed in as `who`. */
async function separateSession(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await watchedContext(browser);
  const page = await context.newPage();
  await signIn(page, who);
  await expect(page).toHaveURL('/ru/dashboard');
  return page;
}

/** Fills the admin's "new account" form on /ru/dashboard/users and submits it. */
async function fillNewAccount(page: Page, account: { name: string; email: string; password: string; role: string; languages?: string[] }) {
  const form = page.getByRole('region', { name: 'Новая учётная запись' });
  await form.getByLabel('Имя', { exact: true }).fill(account.name);
  await form.getByLabel('Эл. почта', { exact: true }).fill(account.email);
  await form.getByLabel('Роль', { exact: true }).selectOption(account.role);
  await form.getByLabel('Пароль', { exact: true }).fill(account.password);
  for (const language of account.languages ?? []) await form.getByLabel(language).check();
  await form.getByRole('button', { name: 'Создать' }).click();
  return form;
}

test('without a session the new screens send you to sign in', async ({ page }) => {
  for (const path of ['/ru/dashboard/audit', '/az/dashboard/account', '/en/dashboard/audit?page=2']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/(ru|az|en)\/login/);
    await expect(page.getByRole('table')).toHaveCount(0);
  }
});

test('an admin creates a translator, who signs in; disabling ends their open session; the audit log shows it', async ({ page, browser }, testInfo) => {
  // Three sign-ins (scrypt) and a dozen server round trips: more than the default 30 s on a loaded CI machine.
  test.setTimeout(60_000);
  const translator = { name: `Nigar ${testInfo.project.name} ${run}`, email: uniqueEmail('nigar', testInfo), password: `nigar-password-${run}` };

  await signIn(page, staff.admin);
  await expect(page).toHaveURL('/ru/dashboard');
  await page.getByRole('link', { name: 'Сотрудники' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сотрудники');

  // A mistake: the server says what is wrong, and everything typed stays.
  let form = await fillNewAccount(page, { ...translator, password: 'short', role: 'translator', languages: ['Azərbaycanca'] });
  await expect(alertIn(form)).toHaveText('Пароль должен быть длиной от 10 до 128 символов.');
  await expect(form.getByLabel('Имя', { exact: true })).toHaveValue(translator.name);
  await expect(form.getByLabel('Эл. почта', { exact: true })).toHaveValue(translator.email);
  await expect(form.getByLabel('Роль', { exact: true })).toHaveValue('translator');
  await expect(form.getByLabel('Пароль', { exact: true })).toHaveValue('short');
  await expect(form.getByLabel('Azərbaycanca')).toBeChecked();
  await expect(form.getByLabel('English')).not.toBeChecked();

  await form.getByLabel('Пароль', { exact: true }).fill(translator.password);
  await form.getByRole('button', { name: 'Создать' }).click();
  await expect(form.getByRole('status')).toHaveText(`Учётная запись ${translator.email} создана.`);
  await expect(alertIn(form)).toHaveCount(0);
  await expect(form.getByLabel('Имя', { exact: true })).toHaveValue('');
  const row = page.locator('tbody tr').filter({ hasText: translator.email });
  await expect(row).toContainText(translator.name);
  await expect(row.getByRole('combobox')).toHaveValue('translator');
  await expect(row.getByRole('cell').nth(3)).toContainText('AZ');
  await expect(row.getByRole('checkbox', { name: 'Azərbaycanca' })).toBeChecked();

  // The same email again is refused, with the values kept.
  form = await fillNewAccount(page, { name: 'Someone Else', email: translator.email.toUpperCase(), password: 'another-password-1', role: 'editor' });
  await expect(alertIn(form)).toHaveText('Учётная запись с такой почтой уже есть.');
  await expect(form.getByLabel('Имя', { exact: true })).toHaveValue('Someone Else');
  await expect(page.locator('tbody tr').filter({ hasText: translator.email })).toHaveCount(1);

  // The new translator signs in, in a browser of their own.
  const theirs = await separateSession(browser, translator);
  await expect(theirs.getByText(`${translator.name} (переводчик)`)).toBeVisible();
  await expect(theirs.getByRole('link', { name: 'Журнал действий' })).toHaveCount(0);

  // The admin disables the account...
  await row.getByRole('button', { name: 'Отключить' }).click();
  await expect(row.getByRole('status').filter({ hasText: 'отключена' })).toHaveText(`Учётная запись ${translator.email} отключена.`);
  await expect(row).toContainText('отключён');
  await expect(row.getByRole('button', { name: 'Включить' })).toBeVisible();

  // ...and the translator's open session ends at their next navigation.
  await theirs.getByRole('link', { name: 'Учётная запись' }).click();
  await expect(theirs).toHaveURL(/\/ru\/login/);
  await signIn(theirs, translator);
  await expect(alertIn(theirs)).toHaveText('Эта учётная запись отключена. Обратитесь к администратору.');

  // Enabled again, they can sign in.
  await row.getByRole('button', { name: 'Включить' }).click();
  await expect(row.getByRole('status').filter({ hasText: 'включена' })).toHaveText(`Учётная запись ${translator.email} включена.`);
  await signIn(theirs, translator);
  await expect(theirs).toHaveURL('/ru/dashboard');
  await theirs.context().close();

  // The audit log has it all, newest first, with who did it.
  await page.getByRole('link', { name: 'Журнал действий' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал действий');
  await page.getByLabel('Эл. почта содержит').fill(translator.email);
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/subject=/);
  const entries = page.locator('tbody tr');
  await expect(entries.locator('td:nth-child(3)')).toHaveText([
    'вход',
    'включение учётной записи',
    'отключение учётной записи',
    'вход',
    'создание учётной записи',
  ]);
  await expect(page.getByRole('status')).toHaveText('5 записей');
  const created = entries.filter({ hasText: 'создание учётной записи' });
  await expect(created).toContainText(staff.admin.name);
  await expect(created).toContainText(translator.email);
  await expect(created).toContainText('переводчик: AZ');
  await expect(entries.filter({ hasText: 'отключение учётной записи' })).toContainText(staff.admin.name);
  await expect(entries.filter({ hasText: 'вход' }).first()).toContainText(translator.name);
  // Times are in the newsroom's time zone.
  const time = created.locator('time');
  const at = await time.getAttribute('datetime');
  const expected = new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Baku' }).format(new Date(at!));
  await expect(time).toHaveText(expected);
});

test('the admin cannot disable or demote themselves', async ({ page }) => {
  await signIn(page, staff.admin);
  await expect(page).toHaveURL('/ru/dashboard');
  await page.goto('/ru/dashboard/users');
  const own = page.locator('tbody tr').filter({ hasText: staff.admin.email });
  await expect(own).toContainText('(это вы)');
  await expect(own.getByRole('button', { name: 'Отключить' })).toHaveCount(0);
  await own.getByRole('combobox').selectOption('editor');
  await own.getByRole('button', { name: 'Сохранить роль' }).click();
  await expect(alertIn(own)).toHaveText('Нельзя снять роль администратора с самого себя.');
  await expect(own.getByRole('combobox')).toHaveValue('editor'); // what was chosen stays, unsaved
  await page.reload();
  await expect(page.locator('tbody tr').filter({ hasText: staff.admin.email }).getByRole('combobox')).toHaveValue('admin');
});

test('a non-admin gets no audit log', async ({ page }) => {
  await signIn(page, staff.editor);
  await expect(page).toHaveURL('/ru/dashboard');
  await expect(page.getByRole('link', { name: 'Журнал действий' })).toHaveCount(0);
  await page.goto('/ru/dashboard/audit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал действий');
  await expect(alertIn(page)).toHaveText('У вашей роли нет доступа к этому разделу.');
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await page.content()).not.toContain(staff.admin.email);
});

test('anyone changes their own password; the old one stops working and other sessions end', async ({ page, browser }, testInfo) => {
  const reporter = { name: `Rauf ${testInfo.project.name} ${run}`, email: uniqueEmail('rauf', testInfo), password: `rauf-password-${run}` };
  const newPassword = `rauf-new-password-${run}`;
  // Five sign-ins and a password change: each is a memory-hard scrypt hash, slow on a busy two-core machine.
  test.setTimeout(60_000);

  // A fresh account, made by the admin through the form.
  const admin = await separateSession(browser, staff.admin);
  await admin.goto('/ru/dashboard/users');
  const form = await fillNewAccount(admin, { ...reporter, role: 'reporter' });
  await expect(form.getByRole('status')).toHaveText(`Учётная запись ${reporter.email} создана.`);
  await admin.context().close();

  await signIn(page, reporter);
  await expect(page).toHaveURL('/ru/dashboard');
  const elsewhere = await separateSession(browser, reporter);

  await page.getByRole('link', { name: 'Учётная запись' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Учётная запись');
  await expect(page.getByText(`Вы вошли как ${reporter.email}.`)).toBeVisible();

  // A wrong current password: refused, with what was typed kept.
  await page.getByLabel('Текущий пароль').fill('not-my-password');
  await page.getByLabel('Новый пароль', { exact: true }).fill(newPassword);
  await page.getByLabel('Новый пароль ещё раз').fill(newPassword);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(alertIn(page)).toHaveText('Текущий пароль неверен.');
  await expect(page.getByLabel('Текущий пароль')).toHaveValue('not-my-password');
  await expect(page.getByLabel('Новый пароль', { exact: true })).toHaveValue(newPassword);

  // Two different new passwords.
  await page.getByLabel('Текущий пароль').fill(reporter.password);
  await page.getByLabel('Новый пароль ещё раз').fill(`${newPassword}-typo`);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(alertIn(page)).toHaveText('Новые пароли не совпадают.');

  await page.getByLabel('Новый пароль ещё раз').fill(newPassword);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(page.getByRole('status')).toHaveText('Пароль изменён. Остальные сеансы завершены.');
  await expect(alertIn(page)).toHaveCount(0);
  await expect(page.getByLabel('Текущий пароль')).toHaveValue('');
  // This browser stays signed in...
  await expect(page).toHaveURL(/\/ru\/dashboard\/account/);
  await page.getByRole('link', { name: 'Материалы' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Материалы');
  // ...the other one is signed out.
  await elsewhere.goto('/ru/dashboard');
  await expect(elsewhere).toHaveURL(/\/ru\/login/);
  await elsewhere.context().close();

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL('/ru/login');
  await signIn(page, reporter);
  await expect(alertIn(page)).toHaveText('Неверная почта или пароль.');
  await signIn(page, { email: reporter.email, password: newPassword });
  await expect(page).toHaveURL('/ru/dashboard');
});
