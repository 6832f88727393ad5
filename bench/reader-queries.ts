/**
 * Times every reader query the site runs (the db/queries functions pages call, uncached), and optionally
 * writes the EXPLAIN (ANALYZE, BUFFERS) of every SQL statement each one sends.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_10k npx tsx bench/reader-queries.ts [--runs 7] [--explain dir] [--json file]
 *
 * Each case runs once to warm up, then --runs times; the median is reported (milliseconds, whole function:
 * every statement it sends plus the JavaScript around them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import type { Logger } from 'drizzle-orm/logger';
import postgres from 'postgres';
import * as schema from '@/db/schema';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(value('--runs') ?? '7');
const explainDir = value('--explain');
const jsonFile = value('--json');
const only = value('--only');

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL');

// Our own handle in db/client's slot, with a logger that remembers the statements sent.
const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
let recording: { query: string; params: unknown[] }[] | null = null;
const logger: Logger = {
  logQuery(query, params) {
    recording?.push({ query, params });
  },
};
(globalThis as unknown as { bureauDb: unknown }).bureauDb = {
  db: drizzle(sql, { schema, logger }),
  kind: 'postgres',
  close: () => sql.end({ timeout: 5 }),
};

type Case = { name: string; run: () => Promise<unknown> };

async function cases(): Promise<Case[]> {
  const articles = await import('@/db/queries/articles');
  const listings = await import('@/db/queries/listings');
  const readership = await import('@/db/queries/readership');
  const feeds = await import('@/db/queries/feeds');
  const search = await import('@/db/queries/search');
  const keyset = 'keysetPage' in articles;

  // A story from the middle of the archive, and a month about a year ago.
  const [mid] = await sql<{ id: number; slug: string }[]>`
    select article_id as id, slug from article_translations where locale = 'ru' and status = 'published'
    order by published_at desc, article_id desc offset (select count(*) / 2 from articles) limit 1`;
  const monthAgo = new Date(Date.now() - 365 * 86_400_000);
  const year = monthAgo.getUTCFullYear();
  const month = monthAgo.getUTCMonth() + 1;
  // For keyset paging: the cursor of the 50th page (what a reader reaches after 49 clicks on "older").
  const deepPage = 50;

  type AnyFn = (...a: unknown[]) => Promise<unknown>;
  const a = articles as unknown as Record<string, AnyFn>;
  const l = listings as unknown as Record<string, AnyFn>;
  let deepCursor: unknown = null;
  if (keyset) {
    const [row] = await sql<{ micros: string; id: number }[]>`
      select floor(extract(epoch from published_at) * 1000000)::bigint::text as micros, article_id as id
      from article_translations where locale = 'ru' and status = 'published'
      order by published_at desc, article_id desc offset ${(deepPage - 1) * articles.PAGE_SIZE - 1} limit 1`;
    const { encodeCursor } = await import('@/lib/cursor');
    deepCursor = encodeCursor({ micros: row!.micros, id: row!.id });
  }
  const page = (n: number) => (keyset ? (n === 1 ? null : deepCursor) : n);
  const list: Case[] = [
    { name: 'home', run: () => articles.loadHomePage('ru') },
    { name: 'category p1', run: () => a.loadCategoryPage!('ru', 'culture', page(1)) },
    { name: 'news p1', run: () => a.loadLatest!('ru', page(1)) },
    { name: `news p${deepPage}`, run: () => a.loadLatest!('ru', page(deepPage)) },
    { name: 'photo p1', run: () => a.loadExhibitions!('ru', page(1)) },
    { name: 'story by slug', run: () => articles.loadStoryBySlug('ru', mid!.slug) },
    { name: 'story other-language slug', run: () => articles.loadStoryBySlug('en', mid!.slug) },
    { name: 'story links/related', run: () => listings.loadStoryLinks('ru', mid!.id) },
    { name: 'tag p1', run: () => l.loadTagPage!('ru', 'diplomacy', page(1)) },
    { name: 'author p1', run: () => l.loadAuthorPage!('ru', 'r-aliyev', page(1)) },
    { name: 'bureau p1', run: () => l.loadBureauPage!('ru', 'baku', page(1)) },
    { name: 'archive months', run: () => listings.loadArchiveMonths('ru') },
    { name: 'archive month p1', run: () => listings.loadArchiveMonthPage('ru', year, month, 1) },
    { name: 'most read (day)', run: () => readership.loadMostRead('ru', 1) },
    { name: 'most read (week)', run: () => readership.loadMostRead('ru', 7) },
    { name: 'ticker', run: () => readership.loadBreaking('ru') },
    { name: 'rss', run: () => feeds.loadFeed('ru', null) },
    { name: 'rss category', run: () => feeds.loadFeed('ru', 'culture') },
    { name: 'sitemap', run: () => ('loadSitemapPage' in feeds ? (feeds as unknown as Record<string, AnyFn>).loadSitemapPage!('ru', 1) : feeds.loadSitemap('ru')) },
    { name: 'news sitemap', run: () => feeds.loadNewsSitemap('ru') },
    { name: 'search common word (ru)', run: () => search.searchStories('ru', search.searchFiltersSchema.parse({ q: 'правительство' })) },
    { name: 'search two words (az)', run: () => search.searchStories('az', search.searchFiltersSchema.parse({ q: 'seher muzey' })) },
    { name: 'search rare word (en)', run: () => search.searchStories('en', search.searchFiltersSchema.parse({ q: 'grandmaster census' })) },
    { name: 'search typo fallback (ru)', run: () => search.searchStories('ru', search.searchFiltersSchema.parse({ q: 'прввительствоо' })) },
  ];
  return only ? list.filter((c) => c.name.includes(only)) : list;
}

async function main() {
  const results: Record<string, number> = {};
  if (explainDir) fs.mkdirSync(explainDir, { recursive: true });
  for (const c of await cases()) {
    recording = [];
    try {
      await c.run();
    } catch (error) {
      recording = null;
      console.log(`${c.name.padEnd(28)}     error  ${(error as Error).message.slice(0, 100)}`);
      continue;
    }
    const statements = recording;
    recording = null;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await c.run();
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    results[c.name] = Number(times[Math.floor(times.length / 2)]!.toFixed(2));
    console.log(`${c.name.padEnd(28)} ${results[c.name]!.toFixed(2).padStart(9)} ms  (${statements.length} statements)`);
    if (explainDir) {
      const out: string[] = [];
      for (const st of statements) {
        const plan = await sql.unsafe(`explain (analyze, buffers) ${st.query}`, st.params as never[]);
        out.push(`-- ${st.query}\n-- params: ${JSON.stringify(st.params).slice(0, 300)}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
      }
      fs.writeFileSync(path.join(explainDir, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.txt`), out.join('\n'));
    }
  }
  if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify(results, null, 2));
  await sql.end({ timeout: 5 });
}

main().catch(async (error: unknown) => {
  console.error(error);
  await sql.end({ timeout: 1 });
  process.exit(1);
});
