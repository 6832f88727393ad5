/**
 * Page weight as a reader's phone downloads it, in real Chromium at the Pixel 7 size: HTML, JavaScript, CSS and
 * image bytes per page (compressed transfer sizes), the JavaScript a page ships above the framework floor, and
 * what opening the photo viewer adds. Prints figures; asserts nothing (the story page's budget is 15 KB of gzip
 * JavaScript above the floor).
 *
 *   npm start                                     # or any running Bureau, e.g. BUREAU_DIST_DIR=.next-x PORT=3001 npm start
 *   npx tsx bench/page-weight.ts http://127.0.0.1:3000 [dist dir of that build, default $BUREAU_DIST_DIR or .next]
 *
 * The floor: the JavaScript every page of this build loads whatever is on it, read from the build's own
 * manifests: the framework's entry chunks (build-manifest.json `rootMainFiles`) plus the chunks of the segments
 * that wrap every reader page (the root and [locale] layouts, the [locale] error boundary: the client reference
 * manifest's `entryJSFiles` for those segments). A page's own cost is then its scripts that are not in that set.
 * This was chosen over timing an "empty" page because the repository has none (adding one to production for a
 * benchmark would be odd), and the nearest, /ru/404, also ships its not-found view; it is printed as a check: its
 * figure above the floor should be that view's chunk alone, under 1 KB.
 * Sizes are gzip bytes as the server sends them (Accept-Encoding: gzip; gzipped here if it sends them plain),
 * counted per file, so the same file costs the same on every page.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { chromium, devices, type Page } from '@playwright/test';

const base = (process.argv[2] || 'http://127.0.0.1:3000').replace(/\/$/, '');
const distDir = path.resolve(process.argv[3] || process.env.BUREAU_DIST_DIR || '.next');
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const BUDGET_KB = 15;

const kb = (n: number) => (n / 1024).toFixed(1);

/** The gzip size of one same-origin file as the server sends it. */
const gzipSizes = new Map<string, Promise<number>>();
function gzipSize(urlPath: string): Promise<number> {
  let size = gzipSizes.get(urlPath);
  if (!size) {
    size = new Promise<number>((resolve, reject) => {
      http
        .get(`${base}${urlPath}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (chunk: Buffer) => parts.push(chunk));
          res.on('end', () => {
            const body = Buffer.concat(parts);
            resolve(res.headers['content-encoding'] === 'gzip' ? body.byteLength : zlib.gzipSync(body).byteLength);
          });
        })
        .on('error', reject);
    });
    gzipSizes.set(urlPath, size);
  }
  return size;
}

/** Script paths (/_next/static/chunks/…) every reader page loads, from the build's manifests (see the header). */
function floorScripts(): Set<string> {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const manifestFile = path.join(distDir, 'server/app/[locale]/(site)/news/[slug]/page_client-reference-manifest.js');
  const sandbox: { self: Record<string, unknown>; globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = { self: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(manifestFile, 'utf8'), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  if (!manifest) throw new Error(`no client reference manifest in ${manifestFile}`);
  const wrapping = Object.entries(manifest.entryJSFiles).filter(([segment]) =>
    /^\[project\]\/app\/(layout|\[locale\]\/layout|\[locale\]\/error)$/.test(segment),
  );
  if (wrapping.length < 2) throw new Error('the layouts were not found in the client reference manifest: has the app moved?');
  return new Set([...build.rootMainFiles, ...wrapping.flatMap(([, files]) => files)].map((file) => `/_next/${file}`));
}

async function firstStoryPath(): Promise<string> {
  const html = await (await fetch(`${base}/ru`)).text();
  const match = /class="home__lead".*?href="(\/ru\/news\/[a-z0-9-]+)"/s.exec(html);
  if (!match) throw new Error('no lead story on /ru');
  return match[1]!;
}

type Load = { document: number; stylesheet: number; scripts: Set<string>; images: { url: string; bytes: number; type: string }[]; requests: number };

function record(page: Page): Load {
  const load: Load = { document: 0, stylesheet: 0, scripts: new Set(), images: [], requests: 0 };
  page.on('requestfinished', async (request) => {
    const response = await request.response().catch(() => null);
    const size = (await request.sizes().catch(() => null))?.responseBodySize ?? 0;
    const type = request.resourceType();
    const url = new URL(request.url());
    load.requests++;
    if (type === 'document') load.document += size;
    else if (type === 'script' && url.origin === base) load.scripts.add(url.pathname);
    else if (type === 'stylesheet') load.stylesheet += size;
    else if (type === 'image' && !url.protocol.startsWith('data')) load.images.push({ url: request.url(), bytes: size, type: response?.headers()['content-type'] ?? '?' });
  });
  return load;
}

const sum = async (paths: Iterable<string>) => (await Promise.all([...paths].map(gzipSize))).reduce((a, b) => a + b, 0);

/** Scrolls to the end a screen at a time, so lazy images below the fold load as a reader's would. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()!.height;
  for (let y = 0; y <= height; y += step) {
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(150);
  }
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 30_000 });
  await page.waitForTimeout(300);
}

async function main() {
  const floor = floorScripts();
  const floorBytes = await sum(floor);
  const story = await firstStoryPath();
  const pages = ['/ru', story, `${story}/photo/3`, '/ru/news', '/ru/category/culture', '/ru/photo', '/ru/404'];
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const header = ['page', 'HTML kB', 'JS kB', 'files', 'above floor kB', 'CSS kB', 'img kB (first screen)', 'img kB (scrolled)', 'images', 'requests'];
  const rows: string[][] = [header];
  const notes: string[] = [];
  for (const urlPath of pages) {
    const context = await browser.newContext({ ...devices['Pixel 7'] });
    const page = await context.newPage();
    const load = record(page);
    await page.goto(`${base}${urlPath}`, { waitUntil: 'networkidle' });
    const firstScreen = load.images.reduce((a, i) => a + i.bytes, 0);
    const scriptsAtLoad = new Set(load.scripts);
    await scrollThrough(page);
    const all = load.images.reduce((a, i) => a + i.bytes, 0);
    const js = await sum(scriptsAtLoad);
    const above = await sum([...scriptsAtLoad].filter((s) => !floor.has(s)));
    const formats = [...new Set(load.images.map((i) => i.type.replace('image/', '')))].join('/');
    const label = urlPath === story ? '/ru/news/<story>' : urlPath.startsWith(story) ? urlPath.replace(story, '/ru/news/<story>') : urlPath;
    rows.push([label, kb(load.document), kb(js), String(scriptsAtLoad.size), kb(above), kb(load.stylesheet), kb(firstScreen), kb(all), `${load.images.length} ${formats}`, String(load.requests)]);

    if (urlPath === story) {
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const image of load.images.slice(0, 4)) {
        notes.push(`  ${kb(image.bytes).padStart(6)} kB  ${image.type.padEnd(10)}  ${decodeURIComponent(new URL(image.url).search).slice(0, 90)}`);
      }
      // The viewer's JavaScript arrives only when a photo is opened.
      const before = new Set(load.scripts);
      const thumbnail = page.locator('.exhibition__grid a').first();
      if (await thumbnail.count()) {
        await thumbnail.click();
        await page.getByRole('dialog').waitFor();
        await page.waitForLoadState('networkidle');
        const added = [...load.scripts].filter((s) => !before.has(s));
        notes.push(`  opening the photo viewer fetched ${added.length} more script file(s), ${kb(await sum(added))} kB gzip`);
      }
      const budget = above <= BUDGET_KB * 1024 ? 'within' : 'OVER';
      notes.unshift(`story page: ${kb(above)} kB of JavaScript above the floor, budget ${BUDGET_KB} kB: ${budget}. First images:`);
    }
    await context.close();
  }
  await browser.close();
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log(`\nfloor (every page of this build): ${floor.size} files, ${kb(floorBytes)} kB gzip  [${distDir}]`);
  console.log(notes.join('\n'));
  console.log(`\n${base}, Pixel 7 (412×915, DPR 2.625), first visit (empty cache). JS: gzip bytes per file as served, scripts run`);
  console.log('until the network was idle; "above floor" = those not in the floor set. Images: transfer bytes before and after');
  console.log('scrolling to the end.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
