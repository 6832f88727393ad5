import http from 'node:http';
import { expect, test, type Page, watchedContext } from './test';
import sharp from 'sharp';
import { newStory, signIn } from './newsroom';
import { staff } from './staff';

/** A real photo-like JPEG; colours and layout come from a random seed, so every call is a new library item. */
async function photo(): Promise<Buffer> {
  const rnd = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width: 640, height: 420, channels: 3, background: { r: rnd(), g: rnd(), b: rnd() } } })
    .composite([{ input: { create: { width: 200, height: 120, channels: 3, background: { r: rnd(), g: rnd(), b: rnd() } } }, left: rnd(), top: rnd() % 280 }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('an editor uploads three photos with progress, builds the exhibition, previews and publishes; a reader sees it', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const run = unique();
  const title = `Выставка в галерее «Бюро» (${testInfo.project.name} ${run})`;
  await signIn(page, staff.editor);
  await newStory(page, title);
await page.getByLabel('Лид').fill('В галерее открылась выставка фотографий.');

  const exhibition = page.locator('.exhibition-editor');
  await expect(exhibition.getByText('В выставке пока нет фотографий.')).toBeVisible();
  const files = await Promise.all([1, 2, 3].map(async (n) => ({ name: `${run}-${n}.jpg`, mimeType: 'image/jpeg', buffer: await photo() })));
  await exhibition.locator('input[type="file"]').setInputFiles(files);

  // A progress bar per file, each ending at 100 % with "uploaded".
  const bars = exhibition.getByRole('progressbar');
  await expect(bars).toHaveCount(3);
  for (const file of files) await expect(exhibition.getByRole('progressbar', { name: `Загрузка: ${file.name}` })).toBeVisible();
  await expect(exhibition.locator('.uploader__file[data-state="done"]')).toHaveCount(3);
  for (const bar of await bars.all()) await expect(bar).toHaveAttribute('value', '100');

  const items = exhibition.locator('.exhibition-item');
  await expect(items).toHaveCount(3);
  // In the order they were chosen, whichever finished first.
  for (const n of [0, 1, 2]) await expect(items.nth(n)).toContainText(`${run}-${n + 1}.jpg`);
  await expect(exhibition.locator('.exhibition-editor__state')).toContainText('3 фотографии. Сохранено.');

  // Describe each photo in Russian (alt text and caption).
  for (let n = 0; n < 3; n++) {
    const item = items.nth(n);
    await item.locator('summary').click();
    const ru = item.locator('fieldset[lang="ru"]');
    await ru.getByLabel('Альтернативный текст').fill(`Снимок ${n + 1} ${run}`);
    await ru.getByLabel('Подпись').fill(`Подпись ${n + 1}`);
    await expect(item.locator('summary [role="status"]')).toHaveText('');
    await item.locator('summary').click();
  }

  // Keyboard: the third photo moves to the front (Space, arrow up twice, Space).
  const handle = exhibition.getByRole('button', { name: new RegExp(`^Переместить: ${run}-3\\.jpg`) });
  await handle.focus();
  // Each step is announced to screen readers, in the editor's language.
  const announced = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(announced).toHaveText('Позиция 2 из 3.');
  await page.keyboard.press('ArrowUp');
  await expect(announced).toHaveText('Позиция 1 из 3.');
  await page.keyboard.press('Space');
  await expect(announced).toHaveText('Фото поставлено на позицию 1 из 3.');
  await expect(items.first()).toContainText(`${run}-3.jpg`);
  await expect(items.nth(1)).toContainText(`${run}-1.jpg`);

  // The mouse: drag the (now) last photo, the second upload, above the first one in the list.
  await items.first().scrollIntoViewIfNeeded();
  const from = await exhibition.getByRole('button', { name: new RegExp(`^Переместить: ${run}-2\\.jpg`) }).boundingBox();
  const to = await items.first().boundingBox();
  if (testInfo.project.name === 'desktop' && from && to) {
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 15 });
    await page.mouse.up();
    await expect(items.first()).toContainText(`${run}-2.jpg`);
    await expect(items.nth(1)).toContainText(`${run}-3.jpg`);
  }
  const expected = (await items.allTextContents()).map((text) => Number(text.match(new RegExp(`${run}-(\\d)\\.jpg`))![1]));
  expect([...expected].sort()).toEqual([1, 2, 3]);

  // The photo in second place becomes the cover, chosen in the settings panel among the exhibition's photos.
  const settings = page.getByRole('region', { name: 'Настройки материала' });
  await settings.getByRole('radio', { name: `Снимок ${expected[1]} ${run}` }).check();
  await expect(settings.locator('#story-settings-state')).toHaveText('Все настройки сохранены');
  await expect(items.nth(1)).toContainText('Обложка');
  // After a reload the panel shows the chosen cover as chosen (the old exhibition radios showed none).
  await page.reload();
  await expect(settings.getByRole('radio', { name: `Снимок ${expected[1]} ${run}` })).toBeChecked();
  await expect(settings.getByRole('radio', { name: `Снимок ${expected[0]} ${run}` })).not.toBeChecked();

  // A file that is not a photo is refused, whatever its name.
  await exhibition.locator('input[type="file"]').setInputFiles({ name: 'invoice.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') });
  await expect(exhibition.locator('.uploader__file[data-state="error"]')).toContainText('Это не фотография');
  await expect(items).toHaveCount(3);

  // An inline photo from the library in the text.
  await page.getByRole('textbox', { name: 'Текст' }).click();
  await page.getByRole('button', { name: 'Малый подзаголовок' }).click();
  await page.keyboard.type('Где и когда');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Выставка продлится до весны.');
  await page.getByRole('button', { name: 'Фото', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Фото из медиатеки' });
  await picker.getByLabel('Поиск').fill(`Снимок 1 ${run}`);
  await picker.getByRole('button', { name: 'Найти' }).click();
  await picker.getByRole('button', { name: `Снимок 1 ${run}` }).click();
  await expect(picker).toBeHidden();
  await expect(page.locator('.rich-text-editor__area img[data-media-id]')).toHaveCount(1);
  await expect(page.locator('.editor__state')).toHaveAttribute('data-state', 'dirty');
  await expect(page.locator('.editor__state')).toHaveAttribute('data-state', 'saved');

  // Preview shows the exhibition in the chosen order, the cover and the inline photo.
  const previewPromise = page.context().waitForEvent('page');
  await page.getByRole('link', { name: 'Предпросмотр' }).click();
  const preview = await previewPromise;
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(preview.locator('.rich-text figure img')).toHaveAttribute('alt', `Снимок 1 ${run}`);
  await expect(preview.locator('.rich-text h3')).toHaveText('Где и когда');
  const previewAlts = await preview.locator('.exhibition img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')));
  expect(previewAlts).toEqual(expected.map((n) => `Снимок ${n} ${run}`));
  await preview.close();

  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(page.locator('.editor__state')).toContainText('опубликовано');

  // A reader, signed out, sees the story with its cover and the exhibition in order, and opens a photo.
  const reader = await watchedContext(browser);
  const readerPage = await reader.newPage();
  await readerPage.goto('/ru/category/society');
  await readerPage.getByRole('link', { name: title }).first().click();
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(title);
  const readerAlts = await readerPage.locator('.exhibition img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')));
  expect(readerAlts).toEqual(expected.map((n) => `Снимок ${n} ${run}`));
  await expect(readerPage.locator('.story__cover img')).toHaveAttribute('alt', `Снимок ${expected[1]} ${run}`);
  await reader.close();
});

test('the media library takes dropped photos, finds them, and keeps their descriptions per language', async ({ page, browser }) => {
  const run = unique();
  await signIn(page, staff.editor);
  await page.getByRole('link', { name: 'Медиатека' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Медиатека');

  const bytes = (await photo()).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ({ data, name }) => {
      const transfer = new DataTransfer();
      const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([raw], name, { type: 'image/jpeg' }));
      return transfer;
    },
    { data: bytes, name: `dropped-${run}.jpg` },
  );
  await page.dispatchEvent('[data-testid="upload-zone"]', 'drop', { dataTransfer });
  await expect(page.getByRole('progressbar', { name: `Загрузка: dropped-${run}.jpg` })).toBeVisible();
  await expect(page.locator('.uploader__file').filter({ hasText: `dropped-${run}.jpg` })).toHaveAttribute('data-state', /done|duplicate/);

  await page.getByRole('searchbox', { name: 'Поиск по медиатеке' }).fill(`dropped-${run}`);
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page.locator('.library__item')).toHaveCount(1);
  await expect(page.locator('.library__item')).toContainText('Нет описания');
  await page.getByRole('link', { name: `Описать фото dropped-${run}.jpg` }).click();

  await page.locator('fieldset[lang="ru"]').getByLabel('Альтернативный текст').fill('Мост через реку на закате');
  await page.locator('fieldset[lang="az"]').getByLabel('Альтернативный текст').fill('Gün batımında çay üzərində körpü');
  await page.locator('fieldset[lang="en"]').getByLabel('Альтернативный текст').fill('A bridge over the river at sunset');
  await page.locator('fieldset[lang="ru"]').getByLabel('Подпись').fill('x'.repeat(1000));
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено.' })).toBeVisible();

  // A translator for Azerbaijani may change only that language.
  const other = await watchedContext(browser);
  const translator = await other.newPage();
  await signIn(translator, staff.translator);
  await translator.goto(page.url().replace(/^https?:\/\/[^/]+/, ''));
  await expect(translator.locator('fieldset[lang="ru"]').getByLabel('Альтернативный текст')).toBeDisabled();
  await expect(translator.locator('fieldset[lang="az"]').getByLabel('Альтернативный текст')).toHaveValue('Gün batımında çay üzərində körpü');
  await expect(translator.locator('fieldset[lang="az"]').getByLabel('Альтернативный текст')).toBeEnabled();
  await expect(translator.locator('fieldset[lang="en"]').getByLabel('Альтернативный текст')).toBeDisabled();
  await other.close();

  await page.goto(`/ru/dashboard/media?q=${encodeURIComponent('мост через реку')}`);
  await expect(page.locator('.library__item').filter({ hasText: `dropped-${run}.jpg` })).toContainText('Мост через реку на закате');
});

test.describe('writes that must be refused', () => {
  test('a form posted from another site is refused with a translated page, and changes nothing', async ({ request }) => {
    const response = await request.post('/en/dashboard/stories/new', {
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      data: 'title=Forged&category=society',
    });
    expect(response.status()).toBe(403);
    const body = await response.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('This form was sent from another site. Nothing was changed.');
  });

  test('an oversized body is refused before it is read', async ({ request }) => {
    const response = await request.post('/az/dashboard/account', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: `password=${'x'.repeat(2 * 1024 * 1024 + 10)}`,
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain('Göndərilən məlumat icazə verilən ölçüdən böyükdür');
  });

  test('uploads need a session', async ({ request }) => {
    const response = await request.post('/api/dashboard/media', { data: await photo(), headers: { 'x-file-name': 'x.jpg' } });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: 'unauthenticated' });
  });

  test('without a session the upload is refused before its body is read', async ({ baseURL }) => {
    // 20 MB announced, 64 KB sent: the answer must come now, not after 20 MB have been read.
    const url = new URL('/api/dashboard/media', baseURL);
    const answer = await new Promise<number>((resolve, reject) => {
      const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-length': String(20 * 1024 * 1024), 'x-file-name': 'big.jpg' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      request.write(Buffer.alloc(64 * 1024));
      setTimeout(() => (request.destroy(), resolve(0)), 8000);
    });
    expect(answer).toBe(401);
  });
});

/** Uploads one photo through the library's "choose files" button, as a person would, and returns its file name. */
async function uploadThroughLibrary(page: Page, name: string) {
  await page.goto('/ru/dashboard/media');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'выберите файлы' }).click();
  await (await chooser).setFiles({ name, mimeType: 'image/jpeg', buffer: await photo() });
  await expect(page.locator('.uploader__file').filter({ hasText: name })).toHaveAttribute('data-state', 'done');
}

/** Finds a photo in the library by its file name and opens its page. */
async function openPhoto(page: Page, name: string) {
  await page.goto(`/ru/dashboard/media?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name: `Описать фото ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Описание фотографии');
}

/** The photo's own /media/… address, from the page's picture (next/image asks for it through its optimizer). */
async function mediaPath(page: Page): Promise<string> {
  const src = await page.locator('.media-edit__image').getAttribute('src');
  const url = new URL(src!, 'http://x');
  return url.pathname.startsWith('/_next/image') ? url.searchParams.get('url')! : url.pathname;
}

test.describe('deleting photos', () => {
  test('an editor deletes an unused photo after confirming: it leaves the library, and its address answers 404', async ({ page }) => {
    const name = `delete-me-${unique()}.jpg`;
    await signIn(page, staff.editor);
    await uploadThroughLibrary(page, name);
    await openPhoto(page, name);
    const file = await mediaPath(page);
    expect(file).toMatch(/^\/media\//);
    expect((await page.request.get(file)).status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Используется в материалах' })).toHaveCount(0);

    // The first press only asks; Cancel (focused) and Escape leave everything as it was.
    const open = page.getByRole('button', { name: 'Удалить фото' });
    await open.click();
    const question = page.getByRole('group', { name: `Удалить ${name} из медиатеки навсегда? Вернуть фото будет нельзя.` });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Отмена' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(open).toBeFocused();

    await open.click();
    await question.getByRole('button', { name: 'Удалить навсегда' }).click();
    await expect(page).toHaveURL('/ru/dashboard/media?deleted=1');
    await expect(page.getByRole('status').filter({ hasText: 'Фото удалено.' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Поиск по медиатеке' }).fill(name);
    await page.getByRole('button', { name: 'Найти' }).click();
    await expect(page.getByText('Ничего не найдено.')).toBeVisible();
    await expect(page.locator('.library__item')).toHaveCount(0);
    expect((await page.request.get(file)).status()).toBe(404);
  });

  test('a photo that is a story\'s cover and in its exhibition lists the story, links to it, and offers no deletion', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const run = unique();
    const name = `cover-${run}.jpg`;
    const title = `Обложка не удаляется (${testInfo.project.name} ${run})`;
    await signIn(page, staff.editor);
    const storyUrl = await newStory(page, title);
    const exhibition = page.locator('.exhibition-editor');
    await exhibition.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/jpeg', buffer: await photo() });
    await expect(exhibition.locator('.exhibition-item')).toHaveCount(1);
    // The first photo of a story without a cover becomes its cover (the settings panel shows it chosen).
    await expect(exhibition.locator('.exhibition-editor__state')).toContainText('Сохранено.');

    await openPhoto(page, name);
    const usage = page.getByRole('region', { name: 'Используется в материалах' });
    await expect(usage).toContainText('Пока фото используется, удалить его нельзя');
    await expect(usage.getByRole('listitem')).toHaveCount(1);
    await expect(usage.getByRole('listitem')).toContainText('(обложка, фотовыставка)');
    await expect(page.getByRole('button', { name: 'Удалить фото' })).toHaveCount(0);
    await usage.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(storyUrl);
  });

  test('a translator sees no "New story", no uploading and no "Delete photo"; a reporter may upload but not delete', async ({ browser }) => {
    const name = `look-only-${unique()}.jpg`;
    const reporterContext = await watchedContext(browser);
    const reporter = await reporterContext.newPage();
    await signIn(reporter, staff.reporter);
    await expect(reporter.getByRole('link', { name: 'Новый материал' })).toBeVisible();
    await uploadThroughLibrary(reporter, name);
    await openPhoto(reporter, name);
    await expect(reporter.getByLabel('Альтернативный текст').first()).toBeEnabled();
    await expect(reporter.getByRole('button', { name: 'Удалить фото' })).toHaveCount(0);
    await reporterContext.close();

    const translatorContext = await watchedContext(browser);
    const translator = await translatorContext.newPage();
    await signIn(translator, staff.translator);
    await expect(translator.getByRole('heading', { level: 1 })).toHaveText('Материалы');
    await expect(translator.getByRole('link', { name: 'Новый материал' })).toHaveCount(0);
    await translator.getByRole('navigation', { name: 'Редакция' }).getByRole('link', { name: 'Медиатека' }).click();
    await expect(translator.getByRole('heading', { level: 1 })).toHaveText('Медиатека');
    await expect(translator.getByRole('button', { name: 'выберите файлы' })).toHaveCount(0);
    await expect(translator.locator('[data-testid="upload-zone"]')).toHaveCount(0);
    await openPhoto(translator, name);
    await expect(translator.locator('fieldset[lang="az"]').getByLabel('Альтернативный текст')).toBeEnabled();
    await expect(translator.getByRole('button', { name: 'Удалить фото' })).toHaveCount(0);
    await translatorContext.close();
  });
});
