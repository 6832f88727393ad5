/**
 * Page weight as a reader's phone downloads it: HTML, JavaScript, CSS and image bytes per page (compressed
 * transfer sizes), measured in real Chromium. Prints figures; asserts nothing.
 *
 *   npm start                                   # or any running Bureau
 *   npx tsx bench/page-weight.ts http://127.0.0.1:3000
 */
import fs from 'node:fs';
import { chromium, devices } from '@playwright/test';

const base = (process.argv[2] || 'http://127.0.0.1:3000').replace(/\/$/, '');
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

async function firstStoryPath(): Promise<string> {
  const html = await (await fetch(`${base}/ru`)).text();
  const match = /class="home__lead".*?href="(\/ru\/news\/[a-z0-9-]+)"/s.exec(html);
  if (!match) throw new Error('no lead story on /ru');
  return match[1]!;
}

async function main() {
  const story = await firstStoryPath();
  const pages = ['/ru', story, `${story}/photo/3`, '/ru/news', '/ru/category/culture', '/ru/photo'];
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: string[][] = [['page', 'HTML kB', 'JS kB', 'JS files', 'CSS kB', 'images kB', 'requests']];
  for (const path of pages) {
    const context = await browser.newContext({ ...devices['Pixel 7'] });
    const page = await context.newPage();
    const sizes = { document: 0, script: 0, scripts: 0, stylesheet: 0, image: 0, requests: 0 };
    page.on('requestfinished', async (request) => {
      const size = (await request.sizes().catch(() => null))?.responseBodySize ?? 0;
      const type = request.resourceType();
      sizes.requests++;
      if (type === 'document') sizes.document += size;
      else if (type === 'script') {
        sizes.script += size;
        sizes.scripts++;
      } else if (type === 'stylesheet') sizes.stylesheet += size;
      else if (type === 'image') sizes.image += size;
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    const kb = (n: number) => (n / 1024).toFixed(1);
    rows.push([path.length > 48 ? `${path.slice(0, 45)}...` : path, kb(sizes.document), kb(sizes.script), String(sizes.scripts), kb(sizes.stylesheet), kb(sizes.image), String(sizes.requests)]);
    await context.close();
  }
  await browser.close();
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log(`\n${base}, Pixel 7 viewport, transfer sizes as served (compression on), first visit (empty cache).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
