/**
 * A benchmark dataset: N stories published in Russian, Azerbaijani and English on top of the demo content, so
 * reader queries can be measured at 1,000, 10,000, 100,000 stories.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k BUREAU_MEDIA_DIR=/tmp/bench-media \
 *     npx tsx bench/dataset.ts --stories 10000 [--seed 1] [--force]
 *
 * or from code: `await generateDataset({ databaseUrl, mediaDir, stories: 10_000, seed: 1 })`.
 *
 * What it does: creates the database if it does not exist, applies the migrations, loads the demo content if
 * the database is empty (db/seed/seed.ts, as scripts/start.ts does), then inserts the stories in batches, each
 * batch one multi-row INSERT per table inside a transaction. Every story has a headline, a lead and a body of
 * several paragraphs (the editor's Tiptap JSON, with `body_text` for search; the search vector is the generated
 * column), a category, bureau, author, one to three tags, usually a cover, and about one in five a photo
 * exhibition of 3–8 photos. Photos are media rows whose files exist in the media folder (the demo content's,
 * processed by lib/images.ts; a few more are drawn if there are not enough). Publication times are spread over
 * the two years before the start of the current UTC day, ids in publication order; recent stories get view
 * counts (most read) and the two newest are in the breaking-news ticker. No revision history is written
 * (readers never see it). The same seed gives the same stories (dates relative to the day it runs).
 *
 * Safety: it refuses a database whose name does not look like a benchmark or test one (bench, test, e2e, tmp,
 * hc_…, …_10k) unless --force / `force: true`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { tailWords, vocabularies, type Vocabulary } from './vocabulary';

export type DatasetOptions = {
  databaseUrl: string;
  mediaDir: string;
  stories: number;
  seed?: number;
  /** Run even if the database name does not look like a benchmark one. */
  force?: boolean;
  /** Progress lines (default: none from the module, stdout from the CLI). */
  log?: (line: string) => void;
};

const LOCALES = ['ru', 'az', 'en'] as const;
type Lang = (typeof LOCALES)[number];
const BATCH = 500;
const DAY = 86_400_000;
const SPAN_DAYS = 730;

const BENCH_NAME = /bench|test|e2e|tmp|scratch|^hc_|_\d+k$/i;

export function looksLikeBenchmarkDatabase(databaseUrl: string): boolean {
  return BENCH_NAME.test(databaseName(databaseUrl));
}

function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
type Words = Vocabulary & { tail: string[] };
const TAIL_WORDS = 6000;
const words: Record<Lang, Words> = {
  ru: { ...vocabularies.ru, tail: tailWords('ru', TAIL_WORDS) },
  az: { ...vocabularies.az, tail: tailWords('az', TAIL_WORDS) },
  en: { ...vocabularies.en, tail: tailWords('en', TAIL_WORDS) },
};
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rand, list: readonly T[]) => list[Math.floor(r() * list.length)]!;
/** Skewed towards the start of the list, like word frequencies. */
const pickSkewed = <T>(r: Rand, list: readonly T[]) => list[Math.floor(list.length * r() ** 2.2)]!;
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function sentence(r: Rand, v: Words, min: number, max: number): string {
  const n = int(r, min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.5 || i === 0) out.push(pickSkewed(r, v.words));
    else if (x < 0.68) out.push(v.tail[Math.floor(v.tail.length * r() ** 3)]!);
    else if (x < 0.88) out.push(pick(r, v.glue));
    else if (x < 0.96) out.push(pick(r, v.names));
    else out.push(String(int(r, 2, 2030)));
  }
  return `${capitalise(out.join(' '))}.`;
}

function headline(r: Rand, v: Words): string {
  const list = Array.from({ length: int(r, 4, 8) }, () => (r() < 0.25 ? v.tail[Math.floor(v.tail.length * r() ** 3)]! : pickSkewed(r, v.words)));
  if (r() < 0.6) list.splice(int(r, 1, list.length), 0, pick(r, v.names));
  return capitalise(list.join(' '));
}

type StoredNode = { type: string; attrs?: Record<string, unknown>; content?: StoredNode[]; text?: string; marks?: { type: string }[] };

/** A Tiptap document and its plain text (what lib/rich-text.ts's bodyText would give). */
function body(r: Rand, v: Words): { doc: { type: 'doc'; content: StoredNode[] }; text: string } {
  const content: StoredNode[] = [];
  const plain: string[] = [];
  const paragraphs = int(r, 4, 8);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 1 && r() < 0.15) {
      const h = headline(r, v);
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: h }] });
      plain.push(h);
    }
    const text = Array.from({ length: int(r, 2, 5) }, () => sentence(r, v, 7, 18)).join(' ');
    if (r() < 0.1) {
      content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    } else if (r() < 0.2) {
      const cut = text.indexOf(' ', 20);
      const bold = cut > 0 ? text.slice(0, cut) : text;
      content.push({ type: 'paragraph', content: [{ type: 'text', text: bold, marks: [{ type: 'bold' }] }, ...(cut > 0 ? [{ type: 'text', text: text.slice(cut) }] : [])] });
    } else {
      content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    }
    plain.push(text);
  }
  return { doc: { type: 'doc', content }, text: plain.join('\n\n') };
}

/** A URL slug: the headline transliterated, cut short, made unique by the story id. */
function slugFor(slugFromTitle: (title: string) => string, title: string, id: number): string {
  const full = slugFromTitle(title);
  let base = full.length > 80 ? full.slice(0, 81).replace(/-[^-]*$/, '') : full;
  if (!base) base = 'story';
  return `${base}-${id}`;
}

async function ensureDatabase(databaseUrl: string) {
  const name = databaseName(databaseUrl);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as ok from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

type MediaRef = { id: number };

/** Media rows whose files are in the media folder; draws a few more (through lib/images.ts) if too few. */
async function mediaPool(sql: postgres.Sql, mediaDir: string): Promise<MediaRef[]> {
  const rows = await sql<{ id: number; storage_key: string }[]>`select id, storage_key from media order by id`;
  const pool = rows.filter((m) => fs.existsSync(path.join(mediaDir, m.storage_key))).map((m) => ({ id: m.id }));
  if (pool.length >= 12) return pool;
  const [{ processImage }, { renderScene }, { localDiskStorage, mediaKeyFor }] = await Promise.all([
    import('@/lib/images'),
    import('@/db/seed/images'),
    import('@/lib/media-storage'),
  ]);
  const storage = localDiskStorage(mediaDir);
  const scenes = ['city', 'sea', 'mountains', 'market', 'stadium', 'hall', 'field', 'night', 'lab', 'flowers', 'crowd', 'portrait'] as const;
  for (const [i, scene] of scenes.entries()) {
    const processed = await processImage(await renderScene(scene, 30 * i, 900 + i));
    const key = mediaKeyFor(processed.bytes, processed.extension);
    await storage.put(key, processed.bytes);
    const [row] = await sql<{ id: number }[]>`
      insert into media (storage_key, mime_type, width, height, bytes, blur_data_url, original_name)
      values (${key}, ${processed.mimeType}, ${processed.width}, ${processed.height}, ${processed.bytes.byteLength}, ${processed.blurDataUrl}, ${`bench-${scene}.jpg`})
      on conflict (storage_key) do update set updated_at = now() returning id`;
    const alt = { ru: 'Фотография для нагрузочного теста', az: 'Yük testi üçün fotoşəkil', en: 'A photo for the load test' };
    await sql`insert into media_translations ${sql(LOCALES.map((locale) => ({ media_id: row!.id, locale, alt: alt[locale], caption: alt[locale], credit: 'Bureau' })))} on conflict do nothing`;
    pool.push({ id: row!.id });
  }
  return pool;
}

export async function generateDataset(opts: DatasetOptions): Promise<{ stories: number; ms: number }> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  if (!Number.isInteger(opts.stories) || opts.stories < 0) throw new Error('stories must be a non-negative integer');
  if (!opts.force && !looksLikeBenchmarkDatabase(opts.databaseUrl)) {
    throw new Error(
      `Refusing to write ${opts.stories} generated stories into "${databaseName(opts.databaseUrl)}": the name does not look like a benchmark or test database (bench, test, e2e, tmp, hc_…). Pass --force to do it anyway.`,
    );
  }
  // The app's modules read these at import time (lib/config.ts): set them before importing any of them.
  process.env.BUREAU_MEDIA_DIR = path.resolve(opts.mediaDir);
  const mediaDir = process.env.BUREAU_MEDIA_DIR;
  fs.mkdirSync(mediaDir, { recursive: true });
  await ensureDatabase(opts.databaseUrl);

  // A benchmark database: losing the last commits in a crash is fine, waiting for each flush is not.
  const sql = postgres(opts.databaseUrl, { max: 3, onnotice: () => {}, connect_timeout: 10, connection: { synchronous_commit: 'off' } });
  try {
    const [schema, { seedDemoContent }, { localDiskStorage }, { migrationsFolder }, { slugFromTitle }] = await Promise.all([
      import('@/db/schema'),
      import('@/db/seed/seed'),
      import('@/lib/media-storage'),
      import('@/db/migrate'),
      import('@/lib/slug'),
    ]);
    const db = drizzle(sql, { schema });
    await migrate(db, { migrationsFolder });
    const seeded = await seedDemoContent(db as never, localDiskStorage(mediaDir));
    if (seeded.seeded) log(`demo content loaded: ${seeded.stories} stories, ${seeded.media} photos`);

    const ids = async (table: string) => (await sql.unsafe<{ id: number }[]>(`select id from ${table} order by id`)).map((x) => x.id);
    const [categories, bureaus, authors, tags, pool] = await Promise.all([
      ids('categories'),
      ids('bureaus'),
      ids('authors'),
      ids('tags'),
      mediaPool(sql, mediaDir),
    ]);
    if (!categories.length || !bureaus.length || !authors.length || !tags.length) throw new Error('The demo taxonomy is missing.');

    const [last] = await sql<{ max: number }[]>`select coalesce(max(id), 0)::int as max from articles`;
    const firstId = last!.max + 1;
    const anchor = Math.floor(Date.now() / DAY) * DAY;
    const start = anchor - SPAN_DAYS * DAY;
    const step = (SPAN_DAYS * DAY) / Math.max(1, opts.stories);
    const seed = opts.seed ?? 1;

    // A large load is faster with the search indexes built once at the end than updated row by row: drop the
    // secondary indexes of article_translations (keeping the unique ones) and recreate them from their definitions.
    const rebuild =
      opts.stories >= 5000
        ? await sql<{ name: string; def: string }[]>`
            select i.indexname as name, i.indexdef as def from pg_indexes i join pg_class c on c.relname = i.indexname
            join pg_index x on x.indexrelid = c.oid
            where i.tablename = 'article_translations' and not x.indisunique and not x.indisprimary`
        : [];
    for (const index of rebuild) await sql.unsafe(`drop index if exists "${index.name}"`);

    // Two batches in flight on two connections: the server computes search vectors on both cores while this
    // process writes the next batch.
    const inFlight: Promise<unknown>[] = [];
    let done = 0;
    for (let from = 0; from < opts.stories; from += BATCH) {
      const to = Math.min(opts.stories, from + BATCH);
      const articles: Record<string, unknown>[] = [];
      const translations: Record<string, unknown>[] = [];
      const articleTags: Record<string, unknown>[] = [];
      const gallery: Record<string, unknown>[] = [];
      const views: Record<string, unknown>[] = [];
      for (let i = from; i < to; i++) {
        // One generator per story: story i is the same whatever the batch size or the number of stories.
        const r = rng(seed * 1_000_003 + i * 7919 + 17);
        const id = firstId + i;
        const publishedAt = new Date(Math.floor(start + (i + r()) * step));
        const hasGallery = r() < 0.2;
        const cover = hasGallery || r() < 0.7 ? pick(r, pool).id : null;
        articles.push({
          id,
          source_locale: 'ru',
          category_id: pickSkewed(r, categories),
          bureau_id: pick(r, bureaus),
          author_id: pick(r, authors),
          cover_media_id: cover,
          breaking_until: i >= opts.stories - 2 ? new Date(anchor + 2 * DAY).toISOString() : null,
          created_at: publishedAt.toISOString(),
          updated_at: publishedAt.toISOString(),
        });
        for (const locale of LOCALES) {
          const v = words[locale];
          const title = headline(r, v);
          const lead = [sentence(r, v, 10, 22), ...(r() < 0.5 ? [sentence(r, v, 8, 16)] : [])].join(' ');
          const { doc, text } = body(r, v);
          translations.push({
            article_id: id,
            locale,
            slug: slugFor(slugFromTitle, title, id),
            title,
            lead,
            body: JSON.stringify(doc),
            status: 'published',
            published_at: publishedAt.toISOString(),
            source_revision: locale === 'ru' ? null : 1,
            body_text: text,
            created_at: publishedAt.toISOString(),
            updated_at: publishedAt.toISOString(),
          });
        }
        const tagCount = int(r, 1, 3);
        const chosen = new Set<number>();
        while (chosen.size < Math.min(tagCount, tags.length)) chosen.add(pickSkewed(r, tags));
        for (const tagId of chosen) articleTags.push({ article_id: id, tag_id: tagId });
        if (hasGallery) {
          const photos = new Set<number>();
          const n = Math.min(int(r, 3, 8), pool.length);
          while (photos.size < n) photos.add(pick(r, pool).id);
          [...photos].forEach((mediaId, position) => gallery.push({ article_id: id, media_id: mediaId, position }));
        }
        // Views for the last ten days (most read): a few readers for most stories, many for some.
        const age = Math.floor((anchor - publishedAt.getTime()) / DAY);
        if (age < 10) {
          for (let d = 0; d <= age; d++) {
            const day = new Date(anchor - d * DAY).toISOString().slice(0, 10);
            for (const locale of LOCALES) views.push({ article_id: id, locale, day, views: Math.ceil(1000 * r() ** 4) });
          }
        }
      }
      if (inFlight.length >= 2) await inFlight.shift();
      inFlight.push(sql.begin(async (tx) => {
        await tx`insert into articles ${tx(articles as never)}`;
        await tx`insert into article_translations ${tx(translations as never)}`;
        await tx`insert into article_tags ${tx(articleTags as never)}`;
        if (gallery.length) await tx`insert into article_gallery ${tx(gallery as never)}`;
        if (views.length) await tx`insert into story_views ${tx(views as never)} on conflict do nothing`;
      }).then(() => {
        done += to - from;
        if (done % 5000 === 0 || done === opts.stories) log(`${done} / ${opts.stories} stories (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }));
    }
    await Promise.all(inFlight);
    for (const index of rebuild) {
      log(`index ${index.name}…`);
      await sql.unsafe(`set maintenance_work_mem = '512MB'; ${index.def}`);
    }
    await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`;
    log('vacuum analyze…');
    await sql`vacuum analyze`;
    return { stories: opts.stories, ms: Date.now() - started };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function cli() {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const databaseUrl = process.env.DATABASE_URL;
  const stories = Number(value('--stories') ?? '1000');
  if (!databaseUrl) throw new Error('Set DATABASE_URL (a PostgreSQL server; the embedded database is not supported).');
  const result = await generateDataset({
    databaseUrl,
    mediaDir: process.env.BUREAU_MEDIA_DIR || path.join('.data', 'media'),
    stories,
    seed: Number(value('--seed') ?? '1'),
    force: args.includes('--force'),
    log: (line) => console.log(line),
  });
  console.log(`${result.stories} stories in ${(result.ms / 1000).toFixed(1)} s`);
}

if (process.argv[1]?.endsWith(`bench${path.sep}dataset.ts`)) {
  cli().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
