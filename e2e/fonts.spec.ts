import { expect, test, type Page } from './test';

/**
 * Bureau's text font is self-hosted Noto Sans in unicode-range subsets (app/fonts.ts): a page loads the subsets of
 * its own script and nothing from another origin, and Azerbaijani letters such as ə are drawn in it, not in
 * whatever the reader's system has.
 */
async function loadedSubsets(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((face) => face.family.replace(/['"]/g, '') === 'Noto Sans Bureau');
    const covers = (face: FontFace, codePoint: number) =>
      face.unicodeRange.split(',').some((part) => {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
        return codePoint >= from! && codePoint <= (to ?? from!);
      });
    const loaded = faces.filter((face) => face.status === 'loaded');
    return {
      latin: loaded.some((face) => covers(face, 0x61)),
      cyrillic: loaded.some((face) => covers(face, 0x44f)),
      latinExt: loaded.some((face) => covers(face, 0x259)),
      bodyFont: getComputedStyle(document.body).fontFamily,
    };
  });
}

test('an Azerbaijani page draws ə in the self-hosted font, loaded from the site itself', async ({ page, baseURL }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await page.goto('/az');
  await expect(page.locator('.home__lead h2')).toContainText(/\S/);
  // The demo's Azerbaijani headlines and the page's own strings use ə.
  expect(await page.locator('main').innerText()).toMatch(/[əƏ]/);
  const subsets = await loadedSubsets(page);
  expect(subsets.bodyFont).toContain('Noto Sans Bureau');
  // (Cyrillic is preloaded on every page, so its state says nothing here: see app/fonts.ts.)
  expect(subsets).toMatchObject({ latin: true, latinExt: true });
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Bureau"', 'ə'))).toBe(true);
  // Headlines too: the lead's and a story's, in bold, in the bundled family rather than a system serif.
  for (const headline of [page.locator('.home__lead h2'), page.locator('main h1')]) {
    if (!(await headline.count())) continue;
    expect(await headline.first().evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/^"?Noto Sans Bureau/);
  }
  expect(await page.evaluate(() => document.fonts.check('700 32px "Noto Sans Bureau"', 'Ə ə'))).toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
});

test('a Russian page uses the Latin and Cyrillic subsets, and never downloads Latin Extended', async ({ page }) => {
  await page.goto('/ru');
  await expect(page.locator('.home__lead h2')).toContainText(/\S/);
  expect(await loadedSubsets(page)).toMatchObject({ latin: true, cyrillic: true, latinExt: false });
});
