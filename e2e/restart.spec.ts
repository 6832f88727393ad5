/**
 * What an editor pulls stays pulled across a restart. Next.js keeps page bodies on disk but, without Redis, its
 * record of expired tags in memory only: after a restart an unpublished story answered 200 with its text and the
 * home page, news list, feed and sitemap listed it again (lib/shared-cache.mjs, FileStore). Each variant runs
 * `npm start`'s own starter on a database and build folder of its own: the embedded database, PostgreSQL (when
 * DATABASE_URL is set, in a database made for the test) and the embedded database with Redis (when redis-server
 * is installed). The editor unpublishes the story in the dashboard as they would; readers are anonymous requests.
 */
import { spawnSync } from 'node:child_process';
import { expect, test, type Browser, watchedContext } from './test';
import { isolatedSite } from './isolated-site';
import { body, panel, saveState, signIn } from './newsroom';
import { staff } from './staff';

test.skip(({ isMobile }) => isMobile, 'a process check: the desktop project runs it');

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

/** What an anonymous reader (no cookies) gets. */
async function read(baseURL: string, path: string) {
  const response = await fetch(baseURL + path, { redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/** The reader's pages that list a Russian story. */
const listings = ['/ru', '/ru/news', '/ru/rss.xml', '/ru/sitemap.xml', '/az/sitemap.xml'];

async function unpublishRussian(browser: Browser, baseURL: string, title: string) {
  const context = await watchedContext(browser, { baseURL });
  const page = await context.newPage();
  await signIn(page, staff.editor);
  await page.goto('/ru/dashboard?q=' + encodeURIComponent(title));
  await page.locator('tbody a').filter({ hasText: title }).first().click();
  await expect(page).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  await page.getByRole('tab', { name: /Русский/ }).click();
  // The editor is drawn in the browser only (Tiptap): once its text box is there the page has hydrated, and the
  // button answers a click (a click before that did nothing on a loaded CI machine, and the question never came).
  await expect(body(page)).toBeEditable({ timeout: 30_000 });
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).click();
  // The confirmation first: clicking before it is shown would press the same button again.
  await expect(panel(page).getByText('Снять этот язык с публикации?')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).last().click();
  await expect(saveState(page)).toContainText('черновик', { timeout: 30_000 });
  await context.close();
}

const variants = [
  { title: 'the embedded database', database: 'embedded', redis: false, skip: false },
  { title: 'PostgreSQL', database: 'postgres', redis: false, skip: !process.env.DATABASE_URL },
  { title: 'the embedded database with Redis', database: 'embedded', redis: true, skip: !hasRedis },
] as const;

for (const variant of variants) {
  test(`an unpublished story stays gone after a restart: ${variant.title}`, async ({ browser }) => {
    test.skip(variant.skip, 'needs DATABASE_URL (PostgreSQL) or redis-server');
    test.setTimeout(240_000);
    const bureau = await isolatedSite({ prefix: 'restart', database: variant.database, redis: variant.redis, seedDemo: true, ports: [3400, 3599] });
    try {
      bureau.prepare();
      await bureau.start();
      // The second story on the home page (the first is the lead, which other tests read).
      const home = await read(bureau.baseURL, '/ru');
      const storyPath = [...new Set([...home.text.matchAll(/href="(\/ru\/news\/[^"/?#]+)"/g)].map((m) => m[1]!))][1]!;
      expect(storyPath).toBeTruthy();
      const slug = storyPath.split('/').pop()!;
      // Read as readers would, twice, so every page is in the cache.
      for (let i = 0; i < 2; i++) {
        expect((await read(bureau.baseURL, storyPath)).status).toBe(200);
        for (const listing of listings) expect((await read(bureau.baseURL, listing)).text, `${listing} lists the story`).toContain(slug);
      }
      // The headline's text (typeset: its no-break groups are spans, lib/typography.ts).
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec((await read(bureau.baseURL, storyPath)).text)![1]!.replace(/<[^>]+>/g, '');

      await unpublishRussian(browser, bureau.baseURL, title.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      const gone = async (when: string) => {
        const story = await read(bureau.baseURL, storyPath);
        expect(story.status, `${when}: the story`).toBe(404);
        expect(story.text.replace(/<[^>]+>/g, ''), `${when}: the story's text`).not.toContain(title);
        for (const listing of listings) expect((await read(bureau.baseURL, listing)).text, `${when}: ${listing}`).not.toContain(slug);
      };
      // No reader between the unpublish and the restart: a read would store the new pages over the old ones.
      await bureau.stop();
      await bureau.start();
      await gone('after a restart');
    } catch (error) {
      // What the server printed, for a failure seen only on a loaded CI machine.
      await test.info().attach('server output', { body: bureau.output(), contentType: 'text/plain' });
      throw error;
    } finally {
      await bureau.cleanup();
    }
  });
}
