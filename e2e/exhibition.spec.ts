import { expect, test, type Page } from './test';
import { first } from './fixtures';

const total = first.photos.length;
const viewer = (page: Page) => page.getByRole('dialog', { name: 'Просмотр фотографий' });
const position = (page: Page) => viewer(page).getByTestId('viewer-position');

test('opens the exhibition and moves through it with the keyboard', async ({ page }) => {
  await page.goto(first.url('ru'));
  const thumbnails = page.locator('.exhibition__grid a');
  await thumbnails.first().focus();
  await page.keyboard.press('Enter');
  await expect(viewer(page)).toBeVisible();
  await expect(position(page)).toHaveText(`1 / ${total}`);
  await expect(viewer(page).locator('.viewer__caption')).toContainText(first.photos[0]!.caption.ru);
  await expect(viewer(page).locator('.viewer__caption')).toContainText(first.photos[0]!.credit.ru);
  await expect(page).toHaveURL(/#photo-1$/);

  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(`2 / ${total}`);
  await expect(viewer(page).locator('.viewer__caption')).toContainText(first.photos[1]!.caption.ru);
  await expect(page).toHaveURL(/#photo-2$/);
  // The neighbours are already loaded.
  await expect
    .poll(() => viewer(page).locator('img[data-viewer-photo="3"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);

  // Focus stays inside while the viewer is open.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await viewer(page).evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText(`1 / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText(`1 / ${total}`);

  // Esc closes it and focus returns to the photo that opened it.
  await page.keyboard.press('Escape');
  await expect(viewer(page)).toBeHidden();
  await expect(page).not.toHaveURL(/#photo-/);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-photo-index'))).toBe('0');
});

test('the last photo does not move past the end; the close button closes', async ({ page }) => {
  await page.goto(`${first.url('en')}#photo-${total}`);
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toBeVisible();
  const pos = page.getByTestId('viewer-position');
  await expect(pos).toHaveText(`${total} / ${total}`);
  await expect(page.getByRole('button', { name: 'Next photo' })).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expect(pos).toHaveText(`${total} / ${total}`);
  await expect(page.getByRole('dialog')).toContainText(first.photos[total - 1]!.caption.en);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('swipes between photos on a touch screen', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'touch only');
  await page.goto(first.url('az'));
  await page.locator('.exhibition__grid a').first().tap();
  const pos = page.getByTestId('viewer-position');
  await expect(pos).toHaveText(`1 / ${total}`);
  const box = (await page.locator('.viewer__stage').boundingBox())!;
  const y = box.y + box.height / 2;
  const cdp = await context.newCDPSession(page);
  const swipe = async (fromX: number, toX: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
    for (let i = 1; i <= 5; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * i) / 5, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
  await expect(pos).toHaveText(`2 / ${total}`);
  await expect(page.getByRole('dialog')).toContainText(first.photos[1]!.caption.az);
  await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
  await expect(pos).toHaveText(`3 / ${total}`);
  await swipe(box.x + box.width * 0.2, box.x + box.width * 0.8);
  await expect(pos).toHaveText(`2 / ${total}`);
  // A short drag is not a swipe.
  await swipe(box.x + box.width * 0.5, box.x + box.width * 0.5 - 10);
  await expect(pos).toHaveText(`2 / ${total}`);
});

test('each photo has its own URL that can be shared', async ({ page, context, browserName }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'clipboard permission is per desktop context');
  void browserName;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${first.url('ru')}#photo-3`);
  await expect(position(page)).toHaveText(`3 / ${total}`);
  await expect(viewer(page).getByTestId('viewer-share-url')).toHaveAttribute('href', `${first.url('ru')}/photo/3`);
  await viewer(page).getByRole('button', { name: 'Поделиться ссылкой на фото' }).click();
  await expect(viewer(page).getByRole('status')).toHaveText('Ссылка скопирована');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^https?://[^/]+${first.url('ru')}/photo/3$`));

  // The shared URL opens that photo, with its caption, on a page of its own.
  const response = await page.goto(copied);
  expect(response?.status()).toBe(200);
  await expect(page.locator('.photo-page__position')).toHaveText(`3 / ${total}`);
  await expect(page.locator('.photo-page__caption')).toHaveText(first.photos[2]!.caption.ru);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/media\//);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`${first.url('ru')}/photo/4`);
  await expect(page.locator('.photo-page__caption')).toHaveText(first.photos[3]!.caption.ru);
});

test('the viewer\'s code is downloaded only when a reader opens a photo', async ({ page }) => {
  // Every script the page fetches, and whether it holds the viewer (its stage is drawn by no other code).
  const scripts: { url: string; viewer: boolean }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    scripts.push({ url: response.url(), viewer: body.includes('viewer__stage') });
  });
  await page.goto(first.url('ru'));
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => s.viewer)).toEqual([]);

  await page.locator('.exhibition__grid a').nth(1).click();
  await expect(position(page)).toHaveText(`2 / ${total}`);
  expect(scripts.filter((s) => s.viewer).length).toBeGreaterThan(0);
});

test('story photos are served as WebP, sized for the screen, the cover at high priority and the rest lazily', async ({ page }, testInfo) => {
  await page.goto(first.url('ru'));
  const cover = page.locator('.story__cover img');
  await expect(cover).toHaveAttribute('fetchpriority', 'high');
  await expect(cover).toHaveAttribute('loading', 'eager');
  await expect(page.locator('.exhibition__grid img').first()).toHaveAttribute('loading', 'lazy');
  // The placeholder is drawn behind the photo while it loads.
  expect(await cover.evaluate((img) => getComputedStyle(img).backgroundImage)).toContain('data:image/svg+xml');
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const chosen = new URL(await cover.evaluate((img: HTMLImageElement) => img.currentSrc));
  // Chromium accepts AVIF and WebP: Next's image route answers with WebP (next.config.ts says why not AVIF).
  const response = await page.request.get(chosen.toString(), { headers: { accept: 'image/avif,image/webp,*/*' } });
  expect(response.headers()['content-type']).toBe('image/webp');
  // A phone (412 CSS px at DPR 2.625) gets a copy near its width, not the 1920 one a wide desktop gets.
  const width = Number(chosen.searchParams.get('w'));
  if (testInfo.project.name === 'phone') expect(width).toBeLessThanOrEqual(1080);
  else expect(width).toBeLessThanOrEqual(1600);
  // A thumbnail lists only the widths its ~250 px column can use (at most 2×), not the 1920 px copy, and has no
  // blurred placeholder of its own: both are written twice per photo in the page.
  const thumb = page.locator('.exhibition__grid img').first();
  const widths = ((await thumb.getAttribute('srcset')) ?? '').split(', ').map((entry) => Number(/ (\d+)w$/.exec(entry)?.[1]));
  expect(widths.length).toBeGreaterThan(1);
  expect(Math.max(...widths)).toBeLessThanOrEqual(640);
  expect(await thumb.evaluate((img) => getComputedStyle(img).backgroundImage)).toBe('none');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story reads and the exhibition is a grid of links to photo pages', async ({ page }) => {
    await page.goto(first.url('en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.story.variants.en!.title);
    await expect(page.locator('.rich-text p').first()).toHaveText(first.story.variants.en!.body[0]!);
    await page.locator('.exhibition__grid a').nth(1).click();
    await expect(page).toHaveURL(`${first.url('en')}/photo/2`);
    await expect(page.locator('.photo-page__position')).toHaveText(`2 / ${total}`);
    await expect(page.locator('.photo-page__caption')).toHaveText(first.photos[1]!.caption.en);
    await page.getByRole('link', { name: /Next photo/ }).click();
    await expect(page.locator('.photo-page__position')).toHaveText(`3 / ${total}`);
    await page.getByRole('link', { name: /Back to the story/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.story.variants.en!.title);
  });

  test('a missing page still says so', async ({ page }) => {
    const response = await page.goto('/az/news/bele-xeber-yoxdur');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Səhifə tapılmadı');
  });
});
