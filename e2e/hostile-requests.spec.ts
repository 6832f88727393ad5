/**
 * Hostile requests, as a scanner sends them: broken encodings, traversal, overlong segments, odd methods,
 * malformed server-action and form bodies, each against every kind of route (pages, feeds, sitemaps, media,
 * the JSON endpoints and every server action of the build). None may answer 5xx, nothing may change, and the
 * site answers normally afterwards. Requests only, so one project runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, watchedContext } from './test';
import { first } from './fixtures';
import { signedIn } from './newsroom';
import { staff } from './staff';

test.skip(({ isMobile }) => isMobile, 'requests only: the desktop project runs it');

type Sent = { method: string; url: string; status: number; what?: string };

/** Sends them all (a few at a time), and returns those answered 5xx, or not at all. */
async function send(request: APIRequestContext, list: { method: string; url: string; headers?: Record<string, string>; body?: string | Buffer; what?: string }[]): Promise<{ bad: Sent[]; count: number }> {
  const bad: Sent[] = [];
  const queue = [...list];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      let status = 0;
      try {
        const response = await request.fetch(next.url, { method: next.method, headers: next.headers, data: next.body, maxRedirects: 0, failOnStatusCode: false, timeout: 20_000 });
        status = response.status();
      } catch {
        status = 0;
      }
      if (status === 0 || status >= 500) bad.push({ method: next.method, url: next.url.slice(0, 200), status, ...(next.what && { what: next.what }) });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { bad, count: list.length };
}

const storyPath = first.url('ru');
/** One path of every kind the site serves. */
const routes = [
  '/',
  '/ru',
  storyPath,
  `${storyPath}/photo/1`,
  '/ru/news',
  '/ru/photo',
  '/ru/category/politics',
  '/ru/category/politics/rss.xml',
  '/ru/tag/diplomatiya',
  '/ru/author/x',
  '/ru/bureau/kazakhstan',
  '/ru/archive',
  '/ru/archive/2026/1',
  '/ru/search?q=x',
  '/ru/rss.xml',
  '/ru/sitemap.xml',
  '/ru/news-sitemap.xml',
  '/ru/sitemap/1',
  '/sitemap.xml',
  '/ru/login',
  '/ru/dashboard',
  '/ru/dashboard/stories/1',
  '/ru/dashboard/translations',
  '/ru/dashboard/media',
  '/media/x.jpg',
  '/api/views',
  '/api/dashboard/media',
  '/api/internal/publish-due',
];

const hostileSegments = [
  '%',
  '%zz',
  '%c0%af',
  '%00',
  '%E0%A4%A',
  '..%2f..%2f..%2fetc%2fpasswd',
  '..%5c..%5cwindows',
  '%2e%2e/%2e%2e/etc/passwd',
  "'%20OR%201=1--",
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'a'.repeat(3000),
  '%F0%9F%92%A9'.repeat(200),
  '%u0000',
  '.%00.',
  '~',
];

const hostileQueries = [
  'q=%',
  'q=%zz',
  `q=${'x'.repeat(5000)}`,
  'q=%00',
  'q[]=a&q[]=b',
  'from=0000-01-01',
  'to=9999-12-31',
  'q=x&from=0000-01-01',
  'q=x&to=9999-12-31&from=2026-02-31',
  'from=2026-13-45&to=x',
  'page=-1',
  'page=1e309',
  'page=99999999999999999999',
  'category=%00',
  'status=%27',
  'lang=xx',
  'next=//evil.example',
];

test('hostile paths, queries and methods: no 5xx anywhere, and the site answers afterwards', async ({ request }) => {
  test.setTimeout(300_000);
  const list: { method: string; url: string; headers?: Record<string, string> }[] = [];
  for (const route of routes) {
    const base = route.split('?')[0]!;
    for (const segment of hostileSegments) {
      list.push({ method: 'GET', url: `${base.replace(/\/$/, '')}/${segment}` });
      list.push({ method: 'GET', url: `${base}?${segment}=1` });
    }
    for (const query of hostileQueries) list.push({ method: 'GET', url: `${base}?${query}` });
    for (const method of ['TRACE', 'TRACK', 'PROPFIND', 'FOO', 'OPTIONS', 'PUT', 'PATCH', 'DELETE', 'HEAD']) list.push({ method, url: route });
    list.push({ method: 'GET', url: route, headers: { 'accept-language': '%%%;q=x', cookie: 'better-auth.session_token=%zz; x=' + 'y'.repeat(3000) } });
  }
  const { bad, count } = await send(request, list);
  expect(count).toBeGreaterThan(1000);
  expect(bad).toEqual([]);

  // An odd method is refused with 405 in the path's language, saying so.
  const trace = await request.fetch('/api/views', { method: 'TRACE', failOnStatusCode: false });
  expect(trace.status()).toBe(405);
  const traced = await request.fetch('/az', { method: 'TRACE', failOnStatusCode: false });
  expect(traced.status()).toBe(405);
  expect(await traced.text()).toContain('Belə sorğu qəbul edilmir');

  const home = await request.get('/ru');
  expect(home.status()).toBe(200);
});

/** Every server action of the build, with a page that offers it (its id is what the browser sends). */
function serverActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.BUREAU_DIST_DIR || '.next-test', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const worker = Object.keys(action.workers).find((w) => w.startsWith('app/[locale]'))!;
    const page = worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace('[locale]', 'ru')
      .replace('[id]', '1')
      .replace('[lang]', 'az')
      .replace(/\/\([^)]+\)/g, '');
    return { id, name: action.exportedName, page };
  });
}

const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
const actionBodies: { type: string; body: string }[] = [
  ...['["ru",{},null]', '[]', '{}', '"x"', '[null,null,null]', '["//evil.example"]', '["//evil.example",{},null]', 'not json', '[', '', '["$K1"]', '["$@1"]', '["$F1"]', '["$Q1"]', '["$T"]', '[{"id":"1"}]', '[{"id":-1,"locale":"xx","lang":"xx"}]', '[{"id":1e308,"q":null,"page":"x"}]', '["\\u0000",{"\\u0000":1}]', '[{"id":1,"texts":{"az":5,"ru":{"alt":["x"]}}}]', deep].map((body) => ({
    type: 'text/plain;charset=UTF-8',
    body,
  })),
  { type: 'multipart/form-data; boundary=xyz', body: '--xyz\r\nContent-Disposition: form-data; name="1_$ACTION_ID_x"\r\n\r\n' },
  { type: 'multipart/form-data; boundary=xyz', body: '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xyz--\r\n' },
  { type: 'multipart/form-data; boundary=xyz', body: '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$Q9","$F3",{"a":"$@7"}]\r\n--xyz--\r\n' },
  { type: 'multipart/form-data; boundary=xyz', body: `--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n${deep}\r\n--xyz--\r\n` },
  { type: 'multipart/form-data; boundary=xyz', body: '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\nnot json\r\n--xyz--\r\n' },
  { type: 'multipart/form-data', body: 'garbage' },
];

test('server actions: malformed and mis-shaped bodies are refused (4xx or a refusal), never 500, as anyone', async ({ browser, request }) => {
  test.setTimeout(300_000);
  const actions = serverActions();
  expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(['signInAction', 'signOutAction', 'saveVariantAction', 'restoreRevisionAction', 'updateStorySettingsAction']));

  const editor = await signedIn(browser, staff.editor);
  const translator = await signedIn(browser, staff.translator);
  for (const caller of [request, editor.request, translator.request]) {
    const list: { method: string; url: string; headers: Record<string, string>; body: string; what?: string }[] = actions.flatMap((action) =>
      actionBodies.map(({ type, body }) => ({ what: `${action.name} ${body.slice(0, 40)}`, method: 'POST', url: action.page, headers: { 'next-action': action.id, 'content-type': type, accept: 'text/x-component' }, body })),
    );
    // And forms posted to pages without JavaScript, with a broken multipart body.
    for (const page of ['/ru', storyPath, '/ru/login', '/ru/dashboard', '/ru/dashboard/stories/new']) {
      for (const { type, body } of actionBodies.filter((b) => b.type.startsWith('multipart'))) list.push({ method: 'POST', url: page, headers: { 'content-type': type, accept: 'text/html' }, body });
    }
    const { bad } = await send(caller, list);
    expect(bad).toEqual([]);
  }

  // Sign-out with a forged language goes to this site's sign-in page, not to another host.
  const signOut = actions.find((a) => a.name === 'signOutAction')!;
  const out = await editor.request.fetch(signOut.page, { method: 'POST', headers: { 'next-action': signOut.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' }, data: '["//evil.example"]', maxRedirects: 0, failOnStatusCode: false });
  expect(out.status()).toBeLessThan(500);
  expect(out.headers()['x-action-redirect'] ?? '').toMatch(/^\/ru\/login/);

  // A broken body gets a translated 400, and the story is as it was.
  const broken = await request.fetch('/az', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=xyz', accept: 'text/html' }, data: 'garbage', failOnStatusCode: false });
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toContain('Sorğunu oxumaq mümkün olmadı');
  const story = await request.get(storyPath);
  expect(story.status()).toBe(200);
  expect(await story.text()).toContain(first.story.variants.ru.title);
  await editor.context().close();
  await translator.context().close();
});

test('NUL bytes in what people type or send: refused or dropped, never a 5xx', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const editor = await signedIn(browser, staff.editor);
  const list: { method: string; url: string; what?: string }[] = [];
  for (const screen of ['/ru/dashboard', '/ru/dashboard/translations', '/ru/dashboard/media', '/ru/dashboard/audit', '/ru/dashboard/users', '/ru/search']) {
    for (const name of ['q', 'status', 'category', 'author', 'missing', 'lang', 'state', 'page', 'action', 'from', 'to']) list.push({ method: 'GET', url: `${screen}?${name}=a%00b`, what: `${screen} ${name}` });
  }
  const { bad } = await send(editor.request, list);
  expect(bad).toEqual([]);

  // Forms, as a person fills them (a NUL pasted into a field).
  const page = await (await watchedContext(browser)).newPage();
  await page.goto('/ru/login');
  await page.locator('input[name="email"]').evaluate((input: HTMLInputElement) => (input.value = 'editor@bureau.test\u0000'));
  await page.locator('input[name="password"]').fill(staff.editor.password);
  const signIn = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.locator('form button[type="submit"]').click();
  expect((await signIn).status()).toBeLessThan(500);
  await expect(page).toHaveURL('/ru/login');

  await editor.goto('/ru/dashboard/stories/new');
  await editor.getByLabel('Раздел').selectOption('society');
  await editor.getByLabel('Заголовок', { exact: true }).evaluate((input: HTMLInputElement) => (input.value = 'Заголовок\u0000с нулём'));
  const create = editor.waitForResponse((r) => r.request().method() === 'POST');
  await editor.getByRole('button', { name: 'Создать' }).click();
  expect((await create).status()).toBeLessThan(500);
  // Said in words, nothing created, and the headline is still there to send again (without the NUL).
  await expect(editor.locator('.form__error')).toContainText('невидимые управляющие символы');
  await expect(editor).toHaveURL('/ru/dashboard/stories/new');
  await expect(editor.getByLabel('Заголовок', { exact: true })).toHaveValue('Заголовокс нулём');
  await editor.context().close();
  await page.context().close();
  expect((await request.get('/ru')).status()).toBe(200);
});
