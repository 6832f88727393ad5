/**
 * The server's memory of whole pages (lib/page-memory.ts, scripts/server.ts): a page Next.js served from its cache
 * is answered from memory to the next anonymous reader (`x-bureau-memory: hit`), never to or from a signed-in
 * editor, and an editor's publish, correction or unpublish reaches the next reader at once: on the same instance,
 * and within a second on another instance sharing Redis (and one PostgreSQL database) with it.
 * Readers are plain requests without cookies; the editor works in the dashboard as they would.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import nodePath from 'node:path';
import { expect, test, type Browser, type Page, watchedContext } from './test';
import { first } from './fixtures';
import { isolatedSite, type IsolatedSite } from './isolated-site';
import { autosaved, body, newStory, panel, saveState, signIn, writeStory } from './newsroom';
import { staff } from './staff';
import { slugFromTitle } from '../lib/slug';

test.skip(({ isMobile }) => isMobile, 'a server check: the desktop project runs it');

const MEMORY = 'x-bureau-memory';
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

type Read = { status: number; text: string; headers: Headers; fromMemory: boolean; nextCache: string | null };

/** What an anonymous reader gets: no cookies, gzip accepted (fetch decompresses it). */
async function read(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Read> {
  const response = await fetch(base + path, { method, redirect: 'manual', headers: { 'accept-encoding': 'gzip', ...headers } });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers, fromMemory: response.headers.get(MEMORY) === 'hit', nextCache: response.headers.get('x-nextjs-cache') };
}

let unique = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}memory=${process.pid}-${Date.now()}-${unique++}`;

/**
 * Reads `path` until the memory answers it (at most `tries` reads). Next answers the first read after a change
 * itself (a render, then its cache), so the memory gets the page from the read after that.
 */
async function readUntilFromMemory(base: string, path: string, tries = 20): Promise<Read> {
  let last: Read | undefined;
  for (let i = 0; i < tries; i++) {
    last = await read(base, path);
    if (last.fromMemory) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} was not answered from memory in ${tries} reads (last: ${last?.status}, x-nextjs-cache ${last?.nextCache})`);
}

/**
 * A URL of `path` never read before, read once by a reader and answered by Next from its cache (HIT), so the next
 * read of it may come from memory. (A page past its revalidate time is STALE once: another URL is tried.)
 */
async function firstReadFromNextCache(base: string, path: string): Promise<{ url: string; first: Read }> {
  // A page past its revalidate time is STALE until Next has rendered it again in the background (seconds on a
  // server that has just started).
  for (let i = 0; i < 40; i++) {
    const url = fresh(path);
    const firstRead = await read(base, url);
    if (firstRead.nextCache === 'HIT') return { url, first: firstRead };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Next did not answer ${path} from its cache`);
}

test("an anonymous reader's second request of a story is answered from memory, with the same page, headers and a 304", async ({ baseURL }) => {
  const base = baseURL!;
  const story = first.url('ru');
  // Another publish (any story expires the ticker on every page) may come between two reads: try a new URL then.
  let pair: { url: string; first: Read; second: Read } | undefined;
  for (let i = 0; i < 3 && !pair?.second.fromMemory; i++) {
    const { url, first: firstRead } = await firstReadFromNextCache(base, story);
    pair = { url, first: firstRead, second: await read(base, url) };
  }
  const { url, first: firstRead, second } = pair!;
  expect(firstRead.fromMemory, 'the first read of a URL is Next').toBe(false);
  expect(second.fromMemory, 'the second read is answered from memory').toBe(true);
  expect(second.status).toBe(200);
  expect(second.text).toBe(firstRead.text);
  expect(second.headers.get('etag')).toBe(firstRead.headers.get('etag'));
  expect(second.headers.get('content-encoding')).toBe('gzip');
  expect(second.headers.get('cache-control')).toBe(firstRead.headers.get('cache-control'));
  expect(second.headers.get('set-cookie')).toBeNull();
  // The policy of a whole cached page: the hashes of its inline scripts, never another reader's nonce.
  const policy = second.headers.get('content-security-policy')!;
  expect(policy).toBe(firstRead.headers.get('content-security-policy'));
  expect(policy).toContain("'sha256-");
  expect(policy).not.toContain("'nonce-");

  const notModified = await read(base, url, { 'if-none-match': second.headers.get('etag')! });
  expect(notModified.status).toBe(304);
  expect(notModified.fromMemory).toBe(true);
  expect(notModified.text).toBe('');
  const head = await read(base, url, {}, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.fromMemory).toBe(true);

  // Another encoding is another entry; the client router's requests never use the memory.
  expect((await read(base, url, { 'accept-encoding': 'identity' })).fromMemory).toBe(false);
  const routerRequests: Record<string, string>[] = [{ rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }, { 'next-router-state-tree': '%5B%22%22%5D' }];
  for (const headers of routerRequests) {
    expect((await read(base, url, headers)).fromMemory, JSON.stringify(headers)).toBe(false);
  }
  expect((await read(base, `${url}&_rsc=abc`)).fromMemory).toBe(false);
  expect((await read(base, url, { cookie: '__prerender_bypass=1' })).fromMemory, 'draft mode').toBe(false);
});

test('a signed-in editor never receives an answer from memory and never leaves one', async ({ page, baseURL }) => {
  const base = baseURL!;
  const story = first.url('ru');
  await signIn(page, staff.editor);
  let url = '';
  let afterEditor: Read | undefined;
  let anonymous: Read | undefined;
  for (let i = 0; i < 5 && !anonymous?.fromMemory; i++) {
    // Next has the page fresh in its cache, so what follows is about the memory only.
    await firstReadFromNextCache(base, story);
    url = fresh(story);
    // The editor reads the URL first, several times: nothing of theirs is kept.
    for (let j = 0; j < 3; j++) {
      const editors = await page.request.get(url);
      expect(editors.status()).toBe(200);
      expect(editors.headers()[MEMORY], "the editor's read").toBeUndefined();
      expect(editors.headers()['cache-control']).toBe('private, no-store');
    }
    // The first anonymous read after the editor's is not an answer from memory: the editor left nothing there.
    afterEditor = await read(base, url);
    expect(afterEditor.fromMemory, "the reader after the editor gets Next's answer, not the editor's page").toBe(false);
    if (afterEditor.nextCache !== 'HIT') continue;
    anonymous = await read(base, url);
  }
  expect(anonymous?.fromMemory, "a reader's page is kept for the next reader").toBe(true);
  // Now that the memory has the page, the editor still gets Next's answer.
  const editors = await page.request.get(url);
  expect(editors.headers()[MEMORY]).toBeUndefined();
  expect(editors.headers()['cache-control']).toBe('private, no-store');
  const navigation = await page.goto(url);
  expect(navigation!.headers()[MEMORY]).toBeUndefined();
});

/** The dashboard's editor of an existing story, found by its title, with its Russian tab open and hydrated. */
async function openStory(browser: Browser, baseURL: string, title: string) {
  const context = await watchedContext(browser, { baseURL });
  const page = await context.newPage();
  await signIn(page, staff.editor);
  await page.goto('/ru/dashboard?q=' + encodeURIComponent(title));
  await page.locator('tbody a').filter({ hasText: title }).first().click();
  await expect(page).toHaveURL(/\/ru\/dashboard\/stories\/\d+$/);
  await page.getByRole('tab', { name: /Русский/ }).click();
  // Tiptap draws the editor in the browser only: once its text box is editable the page has hydrated.
  await expect(body(page)).toBeEditable({ timeout: 30_000 });
  return { page, close: () => context.close() };
}

/**
 * Presses `button` and waits for the server action's answer: the cache tags were revalidated before it was sent.
 * Returns when that answer arrived (performance.now()).
 */
async function actionDone(page: Page, press: () => Promise<void>): Promise<number> {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await press();
  await answered;
  return performance.now();
}

/** Publishes a correction of the lead; returns when the server action answered. */
async function correctLead(page: Page, lead: string): Promise<number> {
  await panel(page).getByLabel('Лид').fill(lead);
  await autosaved(page);
  const done = await actionDone(page, () => panel(page).getByRole('button', { name: 'Обновить публикацию' }).click());
  await expect(saveState(page)).not.toContainText('Неопубликованная правка', { timeout: 30_000 });
  return done;
}

/** Unpublishes the Russian story, confirming; returns when the server action answered. */
async function unpublish(page: Page): Promise<number> {
  await panel(page).getByRole('button', { name: 'Снять с публикации' }).click();
  await expect(panel(page).getByText('Снять этот язык с публикации?')).toBeVisible();
  const done = await actionDone(page, () => panel(page).getByRole('button', { name: 'Снять с публикации' }).last().click());
  await expect(saveState(page)).toContainText('черновик', { timeout: 30_000 });
  return done;
}

type TimedRead = Read & { sent: number; at: number };

/**
 * Readers on `base` asking for `path` every 40 ms until stopped (up to 4 at a time, so a slow answer does not
 * delay the next question): every answer, with when it was asked for (`sent`) and when it arrived (`at`), in
 * performance.now() time, in the order asked.
 */
function steadyReader(base: string, path: string) {
  const reads: TimedRead[] = [];
  const inFlight = new Set<Promise<void>>();
  const ask = () => {
    if (inFlight.size >= 4) return;
    const sent = performance.now();
    const slot = reads.length;
    reads.length++;
    const done: Promise<void> = read(base, path)
      .then((got) => void (reads[slot] = { ...got, sent, at: performance.now() }))
      // A failed read (the server stopping after a failed check) is only a read that taught nothing.
      .catch(() => {})
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  const timer = setInterval(ask, 40);
  const answered = () => reads.filter((r): r is TimedRead => r !== undefined);
  /** Waits for the first answer asked for after `since` for which `seen` holds. */
  const firstAfter = async (since: number, seen: (r: Read) => boolean, limitMs = 10_000): Promise<TimedRead> => {
    const deadline = performance.now() + limitMs;
    for (;;) {
      const hit = answered().find((r) => r.sent >= since && seen(r));
      if (hit) return hit;
      const last = answered().at(-1);
      if (performance.now() > deadline) throw new Error(`not seen in ${limitMs} ms; last answer ${last?.status}, from memory ${last?.fromMemory}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  /** The answers around `since`, for a failure's message: asked, arrived, status, memory or Next, new or old. */
  const timeline = (since: number, isNew: (r: Read) => boolean) =>
    answered()
      .filter((r) => r.at >= since - 300)
      .slice(0, 40)
      .map((r) => `${(r.sent - since).toFixed(0)}→${(r.at - since).toFixed(0)} ms ${r.status} ${r.fromMemory ? 'memory' : `next:${r.nextCache}`} ${isNew(r) ? 'new' : 'old'}`)
      .join('; ');
  const stop = async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
  };
  return { answered, firstAfter, timeline, stop };
}

/**
 * How a change made on A reached the reader on B: B's memory must stop answering the old page within a second of
 * A's answer to the editor, and the first request B does not answer from memory gets the new page (Next's own
 * cache was expired through Redis). "Visible" is when the reader asked: Next's render of the new page on B then
 * takes what it takes on this machine (hundreds of ms on a loaded one), with or without the memory.
 */
async function changeReachedB(onB: ReturnType<typeof steadyReader>, since: number, isNew: (r: Read) => boolean, what: string) {
  const firstNew = await onB.firstAfter(since, isNew);
  const timeline = onB.timeline(since, isNew);
  const staleFromMemory = onB.answered().filter((r) => r.sent >= since && r.fromMemory && !isNew(r));
  const lastStale = staleFromMemory.at(-1);
  expect(lastStale ? lastStale.sent - since : 0, `B's memory answered the old page until ${what} + ${lastStale ? (lastStale.sent - since).toFixed(0) : 0} ms: ${timeline}`).toBeLessThan(1_000);
  const firstFromNext = onB.answered().find((r) => r.sent >= since && !r.fromMemory);
  expect(firstFromNext && isNew(firstFromNext), `the first answer B did not take from memory is the new page: ${timeline}`).toBe(true);
  expect(firstNew.sent - since, `B shows ${what} to a reader asking ${(firstNew.sent - since).toFixed(0)} ms after it: ${timeline}`).toBeLessThan(1_000);
  expect(firstNew.at - since, `and its answer arrives within 5 s: ${timeline}`).toBeLessThan(5_000);
  console.log(
    `${what} on A reached B: memory's last old answer asked at +${lastStale ? (lastStale.sent - since).toFixed(0) : '-'} ms, ` +
      `new page for a reader asking at +${(firstNew.sent - since).toFixed(0)} ms, arrived at +${(firstNew.at - since).toFixed(0)} ms. Answers (asked→arrived): ${timeline}`,
  );
}

/**
 * Starts a site on the build it was given: its BUILD_ID is made newer than the sources first, so a source edited in
 * the checkout meanwhile does not make scripts/start.ts rebuild it (minutes) in the middle of the test.
 */
async function startAsBuilt(site: IsolatedSite) {
  const now = new Date();
  fs.utimesSync(nodePath.join(site.env.BUREAU_DIST_DIR!, 'BUILD_ID'), now, now);
  await site.start();
}

/** Runs `check` on sites of its own, attaching their servers' output on failure, and cleans up (`before` first). */
async function withSites(sites: IsolatedSite[], check: () => Promise<void>, before: () => Promise<void> = async () => {}) {
  try {
    await check();
  } catch (error) {
    for (const [i, site] of sites.entries()) await test.info().attach(`server ${i + 1} output`, { body: site.output(), contentType: 'text/plain' });
    throw error;
  } finally {
    await before();
    // The later sites use the first one's database and Redis: they stop first.
    for (const site of [...sites].reverse()) await site.cleanup();
  }
}

test('a publish, a correction and an unpublish reach the next anonymous reader at once', async ({ browser }) => {
  test.setTimeout(240_000);
  // Ports of its own, apart from the two-instance test's (sites started at once could otherwise pick the same one).
  const bureau = await isolatedSite({ prefix: 'memory', database: 'embedded', seedDemo: true, ports: [3730, 3749] });
  await withSites([bureau], async () => {
    bureau.prepare();
    await startAsBuilt(bureau);
    const base = bureau.baseURL;
    const title = `Память сервера (${Date.now()})`;
    const path = `/ru/news/${slugFromTitle(title)}`;
    const context = await watchedContext(browser, { baseURL: base });
    const page = await context.newPage();
    await signIn(page, staff.editor);
    // A word no other story has, for the search page.
    const word = `пм${String(Date.now()).split('').map((d) => 'абвгдежзик'[Number(d)]).join('')}`;
    const search = `/ru/search?q=${encodeURIComponent(word)}`;
    await newStory(page, title);
    await writeStory(page, { lead: `Первый лид из памяти, ${word}.`, body: 'Текст материала.' });

    // The search page is rendered for each request, but a repeated search is answered from memory, with a policy
    // of script hashes (no nonce shared between readers); a signed-in editor's search never is.
    const searchBefore = await readUntilFromMemory(base, search);
    expect(searchBefore.nextCache).toBeNull();
    expect(searchBefore.headers.get('content-security-policy')).not.toContain("'nonce-");
    expect(searchBefore.headers.get('content-security-policy')).toContain("'sha256-");
    expect(searchBefore.text).not.toContain(slugFromTitle(title));
    const editorsSearch = await page.request.get(base + search);
    expect(editorsSearch.headers()[MEMORY]).toBeUndefined();
    expect(editorsSearch.headers()['content-security-policy']).toContain("'nonce-");

    // Publish: the home page and the search, answered from memory just before, list the story at the next read.
    const homeBefore = await readUntilFromMemory(base, '/ru');
    expect(homeBefore.text).not.toContain(slugFromTitle(title));
    await panel(page).getByRole('button', { name: 'Опубликовать' }).click();
    await expect(saveState(page)).toContainText('опубликовано');
    const homeAfter = await read(base, '/ru');
    expect(homeAfter.fromMemory).toBe(false);
    expect(homeAfter.text).toContain(slugFromTitle(title));
    const searchAfter = await read(base, search);
    expect(searchAfter.fromMemory).toBe(false);
    expect(searchAfter.text).toContain(slugFromTitle(title));
    expect((await readUntilFromMemory(base, search)).text).toContain(slugFromTitle(title));
    const published = await readUntilFromMemory(base, path);
    expect(published.text).toContain('Первый лид из памяти');

    // Correction: the story, answered from memory just before, has the new lead at the next read.
    await panel(page).getByLabel('Лид').fill('Исправленный лид из памяти.');
    await autosaved(page);
    expect((await readUntilFromMemory(base, path)).text, 'a pending change is not published').toContain('Первый лид из памяти');
    await panel(page).getByRole('button', { name: 'Обновить публикацию' }).click();
    await expect(saveState(page)).not.toContainText('Неопубликованная правка');
    const corrected = await read(base, path);
    expect(corrected.fromMemory).toBe(false);
    expect(corrected.text).toContain('Исправленный лид из памяти.');
    expect(corrected.text).not.toContain('Первый лид из памяти');
    expect((await readUntilFromMemory(base, path)).text).toContain('Исправленный лид из памяти.');
    await readUntilFromMemory(base, '/ru');

    // Unpublish: gone from the story's address and the home page at the next read.
    await unpublish(page);
    const gone = await read(base, path);
    expect(gone.status).toBe(404);
    expect(gone.fromMemory).toBe(false);
    expect(gone.text).not.toContain('Исправленный лид из памяти.');
    expect((await read(base, '/ru')).text).not.toContain(slugFromTitle(title));
    const searchGone = await read(base, search);
    expect(searchGone.fromMemory).toBe(false);
    expect(searchGone.text).not.toContain(slugFromTitle(title));
    await context.close();
  });
});

test('with two instances sharing Redis, a change made on one is visible on the other within a second', async ({ browser }) => {
  test.skip(!process.env.DATABASE_URL || !hasRedis, 'needs DATABASE_URL (PostgreSQL, shared by both instances) and redis-server');
  test.setTimeout(300_000);
  const ports = [3750, 3799] as const;
  // On a loaded test machine a Redis answer can wait behind a render for longer than the default 250 ms, and the
  // shared cache then pauses for 2 s (lib/shared-cache.mjs): not what this test is about.
  const env = { REDIS_CACHE_TIMEOUT_MS: '2000' };
  const a = await isolatedSite({ prefix: 'memory-a', database: 'postgres', redis: true, seedDemo: true, ports, env });
  const sites = [a];
  let stopReading = async () => {};
  await withSites(sites, async () => {
    a.prepare();
    await startAsBuilt(a);
    // B: the same build, database and Redis, a port and folders of its own.
    const b = await isolatedSite({ prefix: 'memory-b', database: 'embedded', ports, env: { ...env, DATABASE_URL: a.databaseUrl!, REDIS_URL: a.env.REDIS_URL! } });
    sites.push(b);
    await startAsBuilt(b);
    expect(b.output()).toContain('Shared cache: Redis at');

    // The demo content's first story (these sites are the test's own: no other test reads or changes it).
    const path = first.url('ru');
    const editor = await openStory(browser, a.baseURL, first.story.variants.ru.title);

    // A reader keeps reading the story on B while the editor works on A: B answers it from memory (its tag times
    // polled from Redis keep it trusted) until the change made on A reaches it.
    await readUntilFromMemory(b.baseURL, path);
    await readUntilFromMemory(a.baseURL, path);
    const onB = steadyReader(b.baseURL, path);
    stopReading = onB.stop;
    const lead = `Исправлено на другом сервере ${Date.now()}.`;
    const corrected = await correctLead(editor.page, lead);
    const onA = await read(a.baseURL, path);
    expect(onA.fromMemory).toBe(false);
    expect(onA.text, 'A has the correction at once').toContain(lead);
    expect(
      onB.answered().some((r) => r.fromMemory && r.at < corrected && !r.text.includes(lead)),
      'B answered the old story from memory while the editor worked',
    ).toBe(true);
    await changeReachedB(onB, corrected, (r) => r.status === 200 && r.text.includes(lead), 'the correction');
    await onB.firstAfter(corrected, (r) => r.fromMemory && r.text.includes(lead));

    // An unpublish on A: B stops answering the story within a second.
    const unpublished = await unpublish(editor.page);
    expect((await read(a.baseURL, path)).status, 'A answers 404 at once').toBe(404);
    expect(
      onB.answered().some((r) => r.fromMemory && r.at > corrected && r.at < unpublished),
      'B answered the corrected story from memory before the unpublish',
    ).toBe(true);
    await changeReachedB(onB, unpublished, (r) => r.status === 404, 'the unpublish');
    await editor.close();
  }, () => stopReading());
});
