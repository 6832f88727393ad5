/**
 * A flood of addresses nothing exists at must not grow Next's cache on disk. Before, every distinct missing story,
 * section, tag, author or bureau slug, every distinct search and every hand-made listing cursor left files in
 * `.next/cache/fetch-cache` and `.next/server/route-cache`, never cleaned (1,778 → 8,028 files for 7,000
 * requests). db/queries/cached.ts stores no "not found", lib/shared-cache.mjs no 404 page, and a cursor that is
 * no story's key is a 404 (db/queries/articles.ts keysetPage). Requests only, so one project runs it; it reads the files of
 * the e2e server's build folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { encodeCursor } from '../lib/cursor';

test.skip(({ isMobile }) => isMobile, 'requests only: the desktop project runs it');

const distDir = process.env.BUREAU_DIST_DIR || '.next-test';

/** Every file of the page and data cache, with its text (the data cache's files are small JSON). */
function cacheFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (full.includes('fetch-cache') || full.endsWith('.meta')) files.set(full, fs.readFileSync(full, 'utf8'));
      else files.set(full, '');
    }
  };
  walk(path.join(distDir, 'cache', 'fetch-cache'));
  // Rendered pages (Next 16 keeps them per path here; the prerendered ones of the build are under server/app).
  walk(path.join(distDir, 'server', 'route-cache'));
  walk(path.join(distDir, 'server', 'app'));
  return files;
}

test('missing slugs, searches, made-up cursors and page numbers leave nothing on disk', async ({ request }) => {
  test.setTimeout(180_000);
  const run = `flood${Date.now().toString(36)}`;
  const paths: string[] = [];
  const cursors: string[] = [];
  for (let i = 0; i < 40; i++) {
    const slug = `${run}-${i}`;
    paths.push(`/ru/news/${slug}`, `/az/category/${slug}`, `/en/tag/${slug}`, `/ru/author/${slug}`, `/ru/bureau/${slug}`);
    paths.push(`/ru/search?q=${run}${i}`, `/az/search?q=${encodeURIComponent(`söz ${run} ${i}`)}`);
    // Well formed, with stories older than it, but no story's own key: nothing the site links to, so no page.
    const cursor = encodeCursor({ micros: String(BigInt(Date.UTC(2026, 0, 19)) * 1000n + BigInt(i + 1)), id: 900_000 + i });
    cursors.push(cursor);
    paths.push(`/ru/news/older/${cursor}`, `/ru/category/society/older/${cursor}`, `/ru/photo/older/${cursor}`);
    paths.push(`/ru/archive/2026/01?page=${1000 + i}`);
  }
  // The site's own pages first, so what they store is there before the count.
  for (const warm of ['/ru', '/ru/news', '/ru/search?q=баку', '/az/search?q=bakı', '/ru/archive/2026/01']) expect((await request.get(warm)).status()).toBe(200);
  const before = cacheFiles();

  const statuses = new Map<number, number>();
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const status = (await request.get(next, { maxRedirects: 0 })).status();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  expect([...statuses.keys()].every((status) => status === 200 || status === 404), JSON.stringify([...statuses])).toBe(true);
  // Only the searches answer 200; every other address is a 404.
  expect(statuses.get(200) ?? 0).toBe(80);

  const after = cacheFiles();
  const added = [...after].filter(([file]) => !before.has(file));
  const ours = added.filter(([file, text]) => file.includes(run) || text.includes(run) || cursors.some((c) => text.includes(c)) || /"body":"null"|notFound/.test(text));
  expect(ours.map(([file]) => file)).toEqual([]);
  // Other tests run meanwhile and fill the cache with what they read: far fewer entries than the flood's 440
  // requests. An entry is a data-cache file, or a rendered page (its .html, .meta, .rsc and segment files).
  const entries = new Set(added.map(([file]) => file.replace(/\.(html|meta|rsc|segments\/.*)$/, '')));
  expect(entries.size, [...entries].join('\n')).toBeLessThan(60);
  // One search generation per language, not one per query.
  const generations = [...after].filter(([, text]) => /"tags":\["search:ru","taxonomy"\]/.test(text));
  expect(generations.length).toBeLessThanOrEqual(1);
});
