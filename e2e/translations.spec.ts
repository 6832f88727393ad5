import { expect, test, type Browser, type Page, watchedContext } from './test';
import { staff } from './staff';

async function signedIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await watchedContext(browser)).newPage();
  await page.goto('/ru/login');
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL('/ru/dashboard');
  return page;
}

const row = (page: Page, label: string) => page.locator('.translating__row').filter({ has: page.locator('.translating__label', { hasText: label }) });

test('a translator translates a story, finds it outdated after the editor changes the source, and updates it; readers see it', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one newsroom flow; the phone layout is covered by the other dashboard tests');
  // Three people, a dozen saves and publishes: about 45 s on an idle machine, twice that beside the rest of the suite.
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const title = `Биржа открылась ростом (${run})`;

  // The editor writes and publishes the Russian story.
  const editor = await signedIn(browser, staff.editor);
  await editor.getByRole('link', { name: 'Новый материал' }).click();
  await editor.getByLabel('Раздел').selectOption('science');
  await editor.getByLabel('Заголовок', { exact: true }).fill(title);
  await editor.getByRole('button', { name: 'Создать' }).click();
  await expect(editor).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  const storyUrl = new URL(editor.url()).pathname;
  const id = storyUrl.split('/').pop()!;
  await editor.getByLabel('Лид').fill('Торги начались с подъёма.');
  await editor.getByRole('textbox', { name: 'Текст' }).click();
  await editor.keyboard.type('Индекс вырос на два процента.');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Аналитики ждут продолжения.');
  await expect(editor.locator('.editor__state')).toHaveAttribute('data-state', 'dirty');
  await expect(editor.locator('.editor__state')).toHaveAttribute('data-state', 'saved');
  await editor.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(editor.locator('.editor__state')).toContainText('опубликовано');

  // The translator (Azerbaijani only) finds it on the board as not translated, and translates it.
  const translator = await signedIn(browser, staff.translator);
  await translator.getByRole('link', { name: 'Переводы' }).click();
  await expect(translator.getByRole('columnheader', { name: 'English' })).toHaveCount(0);
  await translator.getByLabel('Заголовок содержит').fill(run);
  await translator.getByRole('button', { name: 'Показать' }).click();
  await translator.getByRole('link', { name: `Azərbaycanca: нет перевода — ${title}` }).click();
  await expect(translator).toHaveURL(`/ru/dashboard/translations/${id}/az`);
  await row(translator, 'Заголовок').locator('input').fill(`Birja artımla açıldı (${run})`);
  await row(translator, 'Лид').locator('textarea').fill('Ticarət yüksəlişlə başladı.');
  await row(translator, 'Абзац 1').locator('textarea').fill('İndeks iki faiz artıb.');
  await row(translator, 'Абзац 2').locator('textarea').fill('Analitiklər davamını gözləyir.');
  await translator.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(translator.locator('.editor__state')).toContainText('на проверке');
  await expect(translator.getByRole('button', { name: 'Опубликовать' })).toHaveCount(0);

  // The editor publishes the Azerbaijani variant from the same view.
  await editor.goto(`/ru/dashboard/translations/${id}/az`);
  await editor.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(editor.locator('.editor__state')).toContainText('опубликовано');

  // The editor corrects the Russian source: while the correction is unpublished nothing is outdated; once it
  // is published ("Update"), the translation is.
  await editor.goto(storyUrl);
  const body = editor.getByRole('textbox', { name: 'Текст' });
  await body.getByText('Индекс вырос на два процента.').click();
  await editor.keyboard.press('End');
  await editor.keyboard.press('Backspace');
  await editor.keyboard.type(', а затем ещё на процент.');
  await expect(editor.locator('.editor__state')).toHaveAttribute('data-state', 'dirty');
  await expect(editor.locator('.editor__state')).toHaveAttribute('data-state', 'saved');
  await translator.goto('/ru/dashboard/translations?lang=az&state=outdated');
  await expect(translator.getByRole('link', { name: new RegExp(run) })).toHaveCount(0);
  await editor.getByRole('button', { name: 'Обновить публикацию' }).click();
  await expect(editor.locator('.editor__state')).not.toContainText('Неопубликованная правка');

  await translator.goto('/ru/dashboard/translations?lang=az&state=outdated');
  await translator.getByRole('link', { name: `Azərbaycanca: устарел — ${title}` }).click();
  const changed = translator.locator('.translating__row--changed');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('ins').first()).toBeVisible();
  await expect(changed.locator('.translating__source')).toContainText('а затем ещё на процент.');
  await expect(row(translator, 'Абзац 2')).not.toHaveClass(/--changed/);
  await row(translator, 'Абзац 1').locator('textarea').fill('İndeks iki faiz, sonra daha bir faiz artıb.');
  await translator.getByRole('button', { name: 'Сохранить перевод' }).click();
  await expect(translator.locator('.editor__state')).toContainText('Правка опубликованного перевода в работе');
  await translator.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(translator.locator('.editor__state')).toContainText('ждёт публикации редактором');
  await translator.goto('/ru/dashboard/translations?lang=az&state=outdated');
  await expect(translator.getByRole('link', { name: new RegExp(run) })).toHaveCount(0);

  // Until an editor publishes the change, readers see the published translation as it was.
  const reader = await (await watchedContext(browser)).newPage();
  await reader.goto('/az/news');
  await reader.getByRole('link', { name: `Birja artımla açıldı (${run})` }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`Birja artımla açıldı (${run})`);
  const readerUrl = reader.url();
  await expect(reader.locator('.rich-text')).toContainText('İndeks iki faiz artıb.');

  await editor.goto(`/ru/dashboard/translations?lang=az&state=in_review&q=${run}`);
  await editor.getByRole('link', { name: `Azərbaycanca: на проверке — ${title}` }).click();
  await expect(row(editor, 'Абзац 1').locator('textarea')).toHaveValue('İndeks iki faiz, sonra daha bir faiz artıb.');
  await editor.getByRole('button', { name: 'Опубликовать правку' }).click();
  await expect(editor.locator('.editor__state')).not.toContainText('Правка');

  await reader.goto(readerUrl);
  await expect(reader.locator('.rich-text')).toContainText('İndeks iki faiz, sonra daha bir faiz artıb.');
});
