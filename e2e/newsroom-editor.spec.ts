/**
 * The story editor as an editor uses it, with the mouse: toolbar buttons and dialogs, the save state, pending
 * changes to a published story, the settings panel, scheduling on the newsroom's clock. Each test ends where
 * it matters: a reload, and the reader's page in a browser with no session.
 */
import { expect, test, type Page } from './test';
import { slugFromTitle } from '../lib/slug';
import { asReader, autosaved, body, newStory, panel, saveState, signIn, signedIn, writeStory } from './newsroom';
import { staff } from './staff';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'newsroom flows run once; the phone has its own test (newsroom-phone.spec.ts)');
});

const storyPath = (title: string) => `/ru/news/${slugFromTitle(title)}`;
const toolbar = (page: Page, name: string) => panel(page).getByRole('toolbar', { name: 'Форматирование' }).getByRole('button', { name, exact: true });

/** Selects the whole paragraph holding `text` in the body, as a triple click does. */
async function selectParagraph(page: Page, text: string) {
  await body(page).locator('p', { hasText: text }).click({ clickCount: 3 });
}

test('every toolbar button keeps what it shows: saved, still there after a reload, and on the reader page', async ({ page, browser }) => {
  // Eight autosaves, a reload and the reader's page: 30 s was too little on a loaded 2-core CI machine.
  test.setTimeout(60_000);
  const title = `Кнопки панели (${Date.now()})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await panel(page).getByLabel('Лид').fill('Проверка форматирования мышью.');
  await body(page).click();
  for (const line of ['Подзаголовок раздела', 'Малый подзаголовок', 'Жирная строка', 'Курсивная строка', 'Пункт списка', 'Пункт нумерованного', 'Слова цитаты']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('Последний абзац.');
  await autosaved(page);

  // Each button, pressed with the mouse on a selected paragraph, is a change that is saved.
  const apply: [string, string][] = [
    ['Подзаголовок раздела', 'Подзаголовок'],
    ['Малый подзаголовок', 'Малый подзаголовок'],
    ['Жирная строка', 'Жирный'],
    ['Курсивная строка', 'Курсив'],
    ['Пункт списка', 'Список'],
    ['Пункт нумерованного', 'Нумерованный список'],
    ['Слова цитаты', 'Цитата'],
  ];
  for (const [text, button] of apply) {
    await selectParagraph(page, text);
    await toolbar(page, button).click();
    await expect(toolbar(page, button)).toHaveAttribute('aria-pressed', 'true');
    await autosaved(page);
  }

  await page.reload();
  const check = async (root: Page, scope: string) => {
    const doc = root.locator(scope);
    await expect(doc.locator('h2', { hasText: 'Подзаголовок раздела' })).toBeVisible();
    await expect(doc.locator('h3', { hasText: 'Малый подзаголовок' })).toBeVisible();
    await expect(doc.locator('strong', { hasText: 'Жирная строка' })).toBeVisible();
    await expect(doc.locator('em', { hasText: 'Курсивная строка' })).toBeVisible();
    await expect(doc.locator('ul li', { hasText: 'Пункт списка' })).toBeVisible();
    await expect(doc.locator('ol li', { hasText: 'Пункт нумерованного' })).toBeVisible();
    await expect(doc.locator('blockquote', { hasText: 'Слова цитаты' })).toBeVisible();
  };
  await check(page, '[role="tabpanel"] .rich-text-editor__area');

  await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
  await expect(saveState(page)).toContainText('опубликовано');
  const reader = await asReader(browser, storyPath(title));
  await check(reader.page, 'article .rich-text');
  await reader.close();
});

test('links: a dialog that refuses javascript:, applies, edits and removes; the link reaches readers', async ({ page, browser }) => {
  const title = `Ссылки в тексте (${Date.now()})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await writeStory(page, { lead: 'Про ссылки.', body: 'Подробности на сайте посольства.' });

  await selectParagraph(page, 'Подробности');
  await toolbar(page, 'Ссылка').click();
  const dialog = page.getByRole('dialog', { name: 'Ссылка' });
  await expect(dialog).toBeVisible();
  const address = dialog.getByLabel('Адрес');
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(document.cookie)');
  await dialog.getByRole('button', { name: 'Применить' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Такие ссылки не разрешены');
  await expect(dialog).toBeVisible();
  await address.fill('azembassy.kz/news');
  await dialog.getByRole('button', { name: 'Применить' }).click();
  await expect(dialog).toBeHidden();
  await expect(body(page).locator('a[href="https://azembassy.kz/news"]')).toHaveText('Подробности на сайте посольства.');
  await autosaved(page);

  // Edit: the dialog opens with the link's address; change it.
  await body(page).locator('a').click();
  await toolbar(page, 'Ссылка').click();
  await expect(page.getByRole('dialog', { name: 'Изменить ссылку' }).getByLabel('Адрес')).toHaveValue('https://azembassy.kz/news');
  await page.getByRole('dialog').getByLabel('Адрес').fill('https://mfa.gov.az/');
  await page.getByRole('dialog').getByRole('button', { name: 'Применить' }).click();
  await autosaved(page);
  await page.reload();
  await expect(body(page).locator('a[href="https://mfa.gov.az/"]')).toBeVisible();

  await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
  await expect(saveState(page)).toContainText('опубликовано');
  const reader = await asReader(browser, storyPath(title));
  await expect(reader.page.locator('article .rich-text a[href="https://mfa.gov.az/"]')).toHaveText('Подробности на сайте посольства.');
  await reader.close();

  // Remove: the text stays, the link goes (a pending change: readers keep the link until Update).
  await body(page).locator('a').click();
  await toolbar(page, 'Ссылка').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Убрать ссылку' }).click();
  await autosaved(page);
  await expect(body(page).locator('a')).toHaveCount(0);
  await expect(body(page)).toContainText('Подробности на сайте посольства.');
});

test('a published story keeps its text for readers while it is edited, until Update; Discard drops the changes', async ({ page, browser }) => {
  const title = `Правка без спешки (${Date.now()})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await writeStory(page, { lead: 'Опубликованный лид.', body: 'Опубликованный абзац.' });
  await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
  await expect(saveState(page)).toContainText('опубликовано');

  // A half-made subheading, autosaved: readers do not see it, nor an "updated" time.
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Полуготовый подзаг');
  await toolbar(page, 'Подзаголовок').click();
  await autosaved(page);
  await expect(saveState(page)).toContainText('Неопубликованная правка');
  const reader = await asReader(browser, storyPath(title));
  await expect(reader.page.locator('article .rich-text')).toContainText('Опубликованный абзац.');
  await expect(reader.page.locator('article.story')).not.toContainText('Полуготовый');
  await expect(reader.page.locator('.story__dateline')).not.toContainText('Обновлено');

  // Preview shows the pending text.
  const previewPromise = page.context().waitForEvent('page');
  await panel(page).getByRole('link', { name: 'Предпросмотр' }).click();
  const preview = await previewPromise;
  await expect(preview.locator('.rich-text h2')).toHaveText('Полуготовый подзаг');
  await preview.close();

  // The pending changes survive a reload, marked as such.
  await page.reload();
  await expect(saveState(page)).toContainText('Неопубликованная правка');
  await expect(body(page).locator('h2')).toHaveText('Полуготовый подзаг');

  // Discard asks first; then the editor shows the published text again, and readers never saw anything.
  await panel(page).getByRole('button', { name: 'Отменить правку' }).click();
  await expect(panel(page).getByText('Отменить неопубликованную правку?')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Отмена' })).toBeFocused();
  await panel(page).getByRole('button', { name: 'Отменить правку', exact: true }).last().click();
  await expect(saveState(page)).not.toContainText('Неопубликованная правка');
  await expect(body(page).locator('h2')).toHaveCount(0);
  await page.reload();
  await expect(body(page).locator('h2')).toHaveCount(0);

  // A finished correction goes live with "Update", marked updated for readers.
  await panel(page).getByLabel('Лид').fill('Исправленный лид.');
  await autosaved(page);
  await reader.page.reload();
  await expect(reader.page.locator('.story__lead')).toHaveText('Опубликованный лид.');
  await panel(page).getByRole('button', { name: 'Обновить публикацию' }).click();
  await expect(saveState(page)).not.toContainText('Неопубликованная правка');
  await reader.page.reload();
  await expect(reader.page.locator('.story__lead')).toHaveText('Исправленный лид.');
  await expect(reader.page.locator('.story__dateline')).toContainText('Обновлено');
  await reader.close();
});

test('restoring a revision of a published story makes it the pending text, and asks first over unpublished changes', async ({ page, browser }) => {
  const title = `Версия на публикации (${Date.now()})`;
  await signIn(page, staff.editor);
  const editorPath = await newStory(page, title);
  await writeStory(page, { lead: 'Первый лид.', body: 'Текст.' });
  await panel(page).getByLabel('Лид').fill('Второй лид.');
  await autosaved(page);
  await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
  await expect(saveState(page)).toContainText('опубликовано');
  await panel(page).getByLabel('Лид').fill('Черновой третий лид.');
  await autosaved(page);

  await panel(page).getByRole('link', { name: 'Версии' }).click();
  await page.locator('tbody tr').filter({ has: page.getByRole('cell', { name: '2', exact: true }) }).first().getByRole('link').click();
  await expect(page.getByText('Материал опубликован: восстановленная версия станет неопубликованной правкой.')).toBeVisible();
  await page.getByRole('button', { name: 'Восстановить эту версию' }).click();
  await expect(page.getByText('У материала есть неопубликованная правка. Восстановить поверх неё?')).toBeVisible();
  await page.getByRole('button', { name: 'Да, восстановить' }).click();
  await expect(page.getByRole('status')).toContainText('восстановлена как неопубликованная правка');

  const reader = await asReader(browser, storyPath(title));
  await expect(reader.page.locator('.story__lead')).toHaveText('Второй лид.');
  await reader.close();
  await page.goto(editorPath);
  await expect(panel(page).getByLabel('Лид')).toHaveValue('Первый лид.');
  await expect(saveState(page)).toContainText('Неопубликованная правка');
});

test('scheduling on the newsroom clock: the form names the zone, the time comes back as typed, and the schedule can be cancelled', async ({ page, browser }) => {
  const title = `Расписание редакции (${Date.now()})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await writeStory(page, { lead: 'Выйдет по времени Баку.', body: 'Текст.' });

  const field = panel(page).getByLabel('Опубликовать в (Asia/Baku, UTC+4)');
  await expect(field).toBeVisible();
  // Tomorrow at 10:00 on the newsroom's clock, whatever the browser's zone (the test browser runs in UTC).
  const day = new Date(Date.now() + 86_400_000 + 4 * 3_600_000).toISOString().slice(0, 10);
  await field.fill(`${day}T10:00`);
  await panel(page).getByRole('button', { name: 'Запланировать' }).click();
  await expect(saveState(page)).toContainText('запланировано');
  await expect(saveState(page)).toContainText(/10:00 \(Asia\/Baku, UTC\+4\)/);
  await page.reload();
  await expect(saveState(page)).toContainText(/10:00 \(Asia\/Baku, UTC\+4\)/);

  await panel(page).getByRole('button', { name: 'Отменить расписание' }).click();
  await expect(saveState(page)).toContainText('черновик');
  await page.reload();
  await expect(saveState(page)).toContainText('черновик');
  await expect(panel(page).getByRole('button', { name: 'Отменить расписание' })).toHaveCount(0);

  // A time in the past is refused with a reason, and nothing changes.
  await field.fill('2020-01-01T10:00');
  await panel(page).getByRole('button', { name: 'Запланировать' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('Время публикации должно быть в будущем.');
  await expect(saveState(page)).toContainText('черновик');

  // The audit screen names what was done, in words.
  const admin = await signedIn(browser, staff.admin);
  await admin.goto(`/ru/dashboard/audit`);
  await expect(admin.locator('tbody')).toContainText('отмена запланированной публикации');
  await expect(admin.locator('tbody')).toContainText('планирование публикации');
  await admin.context().close();
  const reader = await asReader(browser, storyPath(title));
  await expect(reader.page.getByRole('heading', { level: 1 })).not.toHaveText(title);
  await reader.close();
});

test('unpublishing asks first', async ({ page, browser }) => {
  const title = `Снять с публикации (${Date.now()})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await writeStory(page, { lead: 'Лид.', body: 'Текст.' });
  await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
  await expect(saveState(page)).toContainText('опубликовано');
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).click();
  await expect(panel(page).getByText('Снять этот язык с публикации?')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Отмена' }).click();
  const reader = await asReader(browser, storyPath(title));
  await expect(reader.page.getByRole('heading', { level: 1 })).toHaveText(title);
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).click();
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).last().click();
  await expect(saveState(page)).toContainText('черновик');
  await reader.page.reload();
  await expect(reader.page.getByRole('heading', { level: 1 })).not.toHaveText(title);
  await reader.close();
});

test('the status line and the toolbar stay on screen in a long story; the save time has a date when it is not today', async ({ page }) => {
  await signIn(page, staff.editor);
  // The first story, published months ago, is long.
  await page.goto('/ru/dashboard?q=' + encodeURIComponent('почтили'));
  await page.locator('tbody a').first().click();
  await expect(saveState(page)).toContainText(/Сохранено \d{1,2} \S+ \d{4}/);
  await body(page).locator('p').last().scrollIntoViewIfNeeded();
  const bar = await saveState(page).boundingBox();
  const tools = await panel(page).getByRole('toolbar', { name: 'Форматирование' }).boundingBox();
  expect(bar && bar.y >= 0 && bar.y < 200).toBe(true);
  expect(tools && tools.y >= 0 && tools.y < 300).toBe(true);
  // Opening the story changed nothing: no save, no pending changes.
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expect(saveState(page)).not.toContainText('Неопубликованная правка');
});

test('the settings panel: section, a new tag, authors, dateline and cover, saved at once and on the reader page', async ({ page, browser }) => {
  const run = Date.now();
  const title = `Настройки в панели (${run})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await writeStory(page, { lead: 'Лид.', body: 'Текст.' });
  const settings = page.getByRole('region', { name: 'Настройки материала' });
  const saved = settings.locator('#story-settings-state');

  await settings.getByLabel('Раздел').selectOption({ label: 'Наука и технологии' });
  await expect(saved).toHaveText('Все настройки сохранены');
  // An existing tag, found as one types, chosen with the keyboard.
  const tagInput = settings.getByRole('combobox', { name: 'Добавить тег: начните вводить' });
  await tagInput.fill('Дипло');
  await expect(settings.getByRole('option', { name: 'Дипломатия' })).toBeVisible();
  await tagInput.press('ArrowDown');
  await tagInput.press('Enter');
  await expect(settings.getByRole('list', { name: 'Теги материала' })).toContainText('Дипломатия');
  // A new one, with its names.
  await tagInput.fill(`Тег ${run}`);
  await settings.getByRole('option', { name: `Создать тег «Тег ${run}»` }).click();
  await settings.getByLabel('Azərbaycanca').fill(`Teq ${run}`);
  await settings.getByRole('button', { name: 'Создать и добавить' }).click();
  await expect(settings.getByRole('list', { name: 'Теги материала' })).toContainText(`Тег ${run}`);
  await settings.getByLabel('Добавить автора').selectOption({ label: 'Айгерим Каримова' });
  await expect(settings.getByRole('list').filter({ hasText: 'Айгерим Каримова' })).toBeVisible();
  await settings.getByLabel('Бюро', { exact: true }).selectOption({ label: 'Бюро в Казахстане' });
  await settings.getByLabel('Место (Русский)').fill('Алматы');
  // A typed text is "saving" until it is sent and answered, not "saved" because another change was.
  await expect(saved).toHaveText('Сохранение…');
  await expect(saved).toHaveText('Все настройки сохранены');
  await settings.getByRole('button', { name: 'Выбрать из медиатеки' }).click();
  const picker = page.getByRole('dialog', { name: 'Фото из медиатеки' });
  await picker.locator('.picker__item').first().click();
  await expect(picker).toBeHidden();
  await expect(settings.locator('.cover-preview__card')).toBeVisible();
  await expect(saved).toHaveText('Все настройки сохранены');

  await page.reload();
  await expect(settings.getByLabel('Раздел')).toHaveValue('science');
  await expect(settings.getByLabel('Место (Русский)')).toHaveValue('Алматы');
  await expect(settings.locator('.cover-preview__card')).toBeVisible();

  await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
  await expect(saveState(page)).toContainText('опубликовано');
  const reader = await asReader(browser, storyPath(title));
  await expect(reader.page.locator('.story__kicker')).toHaveText('Наука и технологии');
  await expect(reader.page.locator('.story__dateline')).toContainText('Алматы');
  await expect(reader.page.locator('.story__byline')).toContainText('Айгерим Каримова');
  await expect(reader.page.locator('.story__tags')).toContainText(`Тег ${run}`);
  await expect(reader.page.locator('.story__tags')).toContainText('Дипломатия');
  await expect(reader.page.locator('.story__cover img')).toBeVisible();
  await reader.close();
});

test('an editor pins a story to the front page: readers get it as the lead; unpinned, the lead is the pinned one before it', async ({ page, browser }) => {
  // Russian only: the Azerbaijani and English front pages, which other tests read, are not touched.
  const title = `На главную (${Date.now()})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
  await writeStory(page, { lead: 'Редакция выбрала эту новость главной.', body: 'Текст.' });
  await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
  await expect(saveState(page)).toContainText('опубликовано');

  const control = page.getByRole('region', { name: 'Главная страница' });
  await expect(control.getByRole('status')).toHaveText('Не закреплено: главная страница показывает новые материалы.');
  await control.getByRole('button', { name: 'Закрепить на главной' }).click();
  await expect(control.getByRole('status')).toContainText('Закреплено на главной');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Главная страница' }).getByRole('button', { name: 'Открепить' })).toBeVisible();

  const reader = await asReader(browser, '/ru');
  try {
    await expect(reader.page.locator('.home__lead h2')).toHaveText(title);
    // Without a photo it still leads; the story pinned before it (the first story) stands beside it.
    await expect(reader.page.getByRole('region', { name: 'Главное' }).locator('h3').first()).toHaveText(/посольстве Азербайджана/);
    // The lead is never repeated below it.
    await expect(reader.page.locator('.home__section h3', { hasText: title })).toHaveCount(0);

    await page.getByRole('region', { name: 'Главная страница' }).getByRole('button', { name: 'Открепить' }).click();
    await expect(page.getByRole('region', { name: 'Главная страница' }).getByRole('status')).toHaveText(/^Не закреплено/);
    await reader.page.reload();
    await expect(reader.page.locator('.home__lead h2')).toHaveText(/посольстве Азербайджана/);
    // And the audit log, which admins read, says who did it.
    const admin = await signedIn(browser, staff.admin);
    await admin.goto('/ru/dashboard/audit');
    await expect(admin.locator('tbody')).toContainText('закрепление на главной');
    await admin.context().close();
  } finally {
    await reader.close();
  }
});
