import { expect, test, watchedContext } from './test';
import { autosaved, newStory, panel, saveState, signIn } from './newsroom';
import { staff } from './staff';

const state = saveState;

test('an editor writes a story, sees it autosaved, previews and publishes it; a reader sees it', async ({ page, browser }, testInfo) => {
  const stamp = Date.now();
  const title = `Городской сад открыл зимний сезон (${testInfo.project.name} ${stamp})`;
  await signIn(page, staff.editor);
  const editorUrl = await newStory(page, title);
  await expect(page.getByRole('tab', { name: /Русский/ })).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page).getByLabel('Заголовок', { exact: true })).toHaveValue(title);

  await panel(page).getByLabel('Лид').fill('В городском саду начался зимний сезон: открыт каток.');
  const body = panel(page).getByRole('textbox', { name: 'Текст' });
  await body.click();
  await page.keyboard.type('Каток работает ежедневно.');
  await panel(page).getByRole('button', { name: 'Жирный' }).click();
  await page.keyboard.type(' Вход свободный.');
  await autosaved(page);

  // Nothing typed is lost on reload.
  await page.reload();
  await expect(panel(page).getByLabel('Лид')).toHaveValue('В городском саду начался зимний сезон: открыт каток.');
  await expect(panel(page).getByRole('textbox', { name: 'Текст' })).toContainText('Каток работает ежедневно. Вход свободный.');

  const previewPromise = page.context().waitForEvent('page');
  await page.getByRole('link', { name: 'Предпросмотр' }).click();
  const preview = await previewPromise;
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(preview.locator('.rich-text strong')).toHaveText('Вход свободный.');
  await preview.close();

  // A reader searching before it is published finds nothing (and the search remembers that answer)...
  const reader = await watchedContext(browser);
  const readerPage = await reader.newPage();
  await readerPage.goto(`/ru/search?q=${stamp}`);
  await expect(readerPage.locator('.search__count')).toBeVisible();
  await expect(readerPage.locator('.search__hit').filter({ hasText: title })).toHaveCount(0);

  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(state(page)).toContainText('опубликовано');

  // ...and finds it the moment it is published: publishing expires remembered search results.
  await readerPage.goto(`/ru/search?q=${stamp}`);
  await expect(readerPage.locator('.search__hit').filter({ hasText: title })).toBeVisible();
  await readerPage.goto('/ru/news');
  await readerPage.getByRole('link', { name: title }).click();
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(readerPage.locator('.rich-text')).toContainText('Каток работает ежедневно.');
  await reader.close();
  expect(editorUrl).toContain('/dashboard/stories/');
});

test('two people editing one story get a conflict, and neither loses text', async ({ page, browser }, testInfo) => {
  await signIn(page, staff.editor);
  const url = await newStory(page, `Конфликт правок (${testInfo.project.name} ${Date.now()})`);
  const other = await watchedContext(browser);
  const adminPage = await other.newPage();
  await signIn(adminPage, staff.admin);
  await adminPage.goto(url.replace(/^https?:\/\/[^/]+/, ''));

  await panel(page).getByLabel('Лид').fill('Лид редактора.');
  await autosaved(page);

  await panel(adminPage).getByLabel('Лид').fill('Лид администратора.');
  await expect(panel(adminPage).locator('.editor__conflict')).toContainText('Пока вы писали, этот текст сохранил другой сотрудник.');
  await expect(panel(adminPage).locator('.editor__conflict')).toContainText('Лид редактора.');
  await expect(panel(adminPage).getByLabel('Лид')).toHaveValue('Лид администратора.');

  // The admin decides to keep their text; the editor's stays among the revisions.
  await adminPage.getByRole('button', { name: 'Сохранить мою версию поверх' }).click();
  await expect(state(adminPage)).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(panel(page).getByLabel('Лид')).toHaveValue('Лид администратора.');
  await other.close();
});

test('a reporter cannot publish; a translator edits only Azerbaijani', async ({ browser }) => {
  const reporterContext = await watchedContext(browser);
  const reporter = await reporterContext.newPage();
  await signIn(reporter, staff.reporter);
  await newStory(reporter, `Заметка корреспондента ${Date.now()}`);
  await expect(reporter.getByRole('button', { name: 'Отправить на проверку' })).toBeVisible();
  await expect(reporter.getByRole('button', { name: 'Опубликовать' })).toHaveCount(0);
  const storyUrl = reporter.url().replace(/^https?:\/\/[^/]+/, '');
  await reporter.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(saveState(reporter)).toContainText('на проверке');
  await reporterContext.close();

  const translatorContext = await watchedContext(browser);
  const translator = await translatorContext.newPage();
  await signIn(translator, staff.translator);
  await translator.goto(storyUrl);
  await expect(translator.getByText('Вы не можете менять этот язык.')).toBeVisible();
  await expect(panel(translator).getByLabel('Заголовок', { exact: true })).toHaveAttribute('readonly', '');
  await translator.getByRole('tab', { name: /Azərbaycanca/ }).click();
  await panel(translator).getByLabel('Заголовок', { exact: true }).fill('Müxbirin qeydi');
  await autosaved(translator);
  await expect(translator.getByRole('button', { name: 'Опубликовать' })).toHaveCount(0);
  await translatorContext.close();
});

test('old versions can be compared with the current text and restored', async ({ page }, testInfo) => {
  await signIn(page, staff.editor);
  await newStory(page, `Правки и версии (${testInfo.project.name} ${Date.now()})`);
  await panel(page).getByLabel('Лид').fill('Первая редакция лида.');
  await autosaved(page);
  await panel(page).getByLabel('Лид').fill('Вторая редакция лида.');
  await autosaved(page);

  await page.getByRole('link', { name: 'Версии' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Версии: Русский');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(staff.editor.name);
  // Revision 2 holds the first lead.
  await rows.filter({ has: page.getByRole('cell', { name: '2', exact: true }) }).getByRole('link').click();
  await expect(page.locator('.compare del', { hasText: 'Первая' })).toBeVisible();
  await expect(page.locator('.compare ins', { hasText: 'Вторая' })).toBeVisible();
  await page.getByRole('button', { name: 'Восстановить эту версию' }).click();
  await expect(page.getByRole('status')).toHaveText('Версия восстановлена.');
  await expect(rows.first()).toContainText('восстановление');
  await page.getByRole('link', { name: /Вернуться к редактору/ }).click();
  await expect(panel(page).getByLabel('Лид')).toHaveValue('Первая редакция лида.');
});

test('a scheduled story goes live at its time with no one pressing a button', async ({ page, browser }, testInfo) => {
  const title = `Материал по расписанию (${testInfo.project.name} ${Date.now()})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await panel(page).getByLabel('Лид').fill('Выйдет сам.');
  await autosaved(page);
  // A few seconds from now on the newsroom's clock (Asia/Baku, UTC+4, whatever the browser's zone), as the
  // field shows it.
  const at = new Date(Date.now() + 6000 + 4 * 3_600_000).toISOString().slice(0, 19);
  await panel(page).getByLabel(/Опубликовать в/).fill(at);
  await panel(page).getByRole('button', { name: 'Запланировать' }).click();
  await expect(state(page)).toContainText('запланировано');
  await expect(state(page)).toContainText('Выйдет');

  const reader = await watchedContext(browser);
  const readerPage = await reader.newPage();
  await readerPage.goto('/ru/news');
  await expect(readerPage.getByRole('link', { name: title })).toHaveCount(0);
  await expect
    .poll(
      async () => {
        await readerPage.goto('/ru/news');
        return readerPage.getByRole('link', { name: title }).count();
      },
      { timeout: 30_000, intervals: [1000] },
    )
    .toBe(1);
  await reader.close();
});
