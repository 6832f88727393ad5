/**
 * npm run bench — how fast Bureau is, beside nginx serving the same bytes, on this machine (bench/README.md).
 *
 *   npm run bench                       # 10,000 stories
 *   npm run bench -- --growth           # also 1,000 and 100,000 stories (the 100k dataset takes minutes to make)
 *   npm run bench -- --stories 2000 --seconds 5
 *   npm run bench -- --instances 1,2,3  # also 1, 2 and 3 instances behind nginx, with and without the micro-cache
 *   npm run bench -- --only-instances   # only that (1,2,3 unless --instances says otherwise)
 *
 * For each dataset size it: generates the stories in a PostgreSQL database of its own (bench/dataset.ts; kept
 * between runs), builds Bureau if needed and starts it on that database (scripts/start.ts, as operators do),
 * starts nginx twice (the same story bytes as a file; the front cache of deploy/nginx/ as shipped), and measures
 * with wrk (or autocannon): story, home, category, search and exhibition-photo pages at the origin and through
 * the front cache; database queries per cached page (PostgreSQL's own transaction counter); publish → visible at
 * the origin and through the front cache; search latency at 20 clients; JavaScript per route. It prints every
 * figure with its ratio to nginx and writes bench/RESULTS.md. It asserts nothing.
 *
 * With --instances it then starts a redis-server and N instances of the same build (scripts/server.ts, shared
 * cache in Redis, as in production) and measures them through one nginx upstream, with the micro-cache of
 * deploy/nginx/ and with a copy of its locations that caches nothing (bench/nginx.ts), beside nginx serving the
 * story's bytes as a file: the "Several instances" section of bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import postgres from 'postgres';
import { generateDataset } from './dataset';
import { startFloor } from './floor';
import { startInstance, startRedis, type Instance } from './instances';
import { hasWrk, runLoad, type LoadResult } from './load';
import { nginxBinary, startNginx, type Nginx } from './nginx';
import { startNodeServer, stopAll, stopAllOnSignals } from './processes';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const STORIES = option('stories', 10_000);
const SECONDS = option('seconds', 10);
const CONNECTIONS = option('connections', 50);
const GROWTH = args.includes('--growth');
/** --instances 1,2,3: the multi-instance mode, for these numbers of instances (--only-instances: only it). */
const ONLY_INSTANCES = args.includes('--only-instances');
const INSTANCES = (() => {
  const i = args.indexOf('--instances');
  if (i < 0) return ONLY_INSTANCES ? [1, 2, 3] : null;
  const counts = String(args[i + 1] ?? '')
    .split(',')
    .map(Number);
  if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n < 1 || n > 9)) {
    throw new Error('--instances takes numbers of instances from 1 to 9, e.g. --instances 1,2,3');
  }
  return [...new Set(counts)].sort((a, b) => a - b);
})();
const REDIS_PORT = Number(process.env.BENCH_REDIS_PORT || 3699);
const SERVER_URL = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432';
/** Instances of the multi-instance mode listen on 3911, 3912…; its nginx without micro-cache on 3910. */
const PORTS = { origin: 3900, static: 3901, front: 3902, floor: 3903, pass: 3910, instance: 3911 };
const DIST = '.next-bench';
const WORK = path.resolve('.data', 'bench');
const GZIP = { 'Accept-Encoding': 'gzip' };

const log = (line = '') => console.log(line);
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

/** nginx and wrk from Debian's packages when missing and this is Debian as root (as .ci/run installs Chromium). */
function ensureTools() {
  const missing = [nginxBinary() ? null : 'nginx', hasWrk() ? null : 'wrk'].filter(Boolean) as string[];
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  if (root && fs.existsSync('/usr/bin/apt-get')) {
    log(`Installing ${missing.join(' and ')} from Debian's packages…`);
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!nginxBinary()) throw new Error('nginx is needed as the reference (Debian: apt-get install nginx).');
  if (!hasWrk()) log('wrk is not installed: using autocannon (npm), which costs more CPU on the same cores.');
}

async function withDb<T>(url: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

/** A database per dataset size, kept between runs (making 100,000 stories takes minutes). */
async function prepareDataset(stories: number): Promise<string> {
  const name = `bureau_bench_${stories}`;
  const url = `${SERVER_URL}/${name}`;
  const mediaDir = path.join(WORK, `media-${stories}`);
  const existing = await withDb(`${SERVER_URL}/postgres`, async (sql) => {
    const [row] = await sql`select 1 from pg_database where datname = ${name}`;
    return Boolean(row);
  });
  if (existing && fs.existsSync(path.join(mediaDir, '.complete'))) {
    const count = await withDb(url, async (sql) => Number((await sql`select count(*)::int as n from articles`)[0]!.n));
    if (count >= stories) {
      log(`Dataset: ${count} stories already in ${name}.`);
      return url;
    }
  }
  await withDb(`${SERVER_URL}/postgres`, async (sql) => {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name}`);
  });
  fs.rmSync(mediaDir, { recursive: true, force: true });
  log(`Dataset: generating ${stories} stories in ${name}…`);
  const made = await generateDataset({ databaseUrl: url, mediaDir, stories, log });
  fs.writeFileSync(path.join(mediaDir, '.complete'), String(made.stories));
  log(`Dataset: ${made.stories} stories in ${(made.ms / 1000).toFixed(0)} s.`);
  return url;
}

type Server = { base: string; token: string; stop: () => Promise<void> };

async function startPortal(databaseUrl: string, stories: number): Promise<Server> {
  const token = randomBytes(24).toString('base64url');
  const base = `http://127.0.0.1:${PORTS.origin}`;
  const { stop } = await startNodeServer({
    args: ['--import', 'tsx', 'scripts/start.ts'],
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(PORTS.origin),
      BUREAU_DIST_DIR: DIST,
      BUREAU_MEDIA_DIR: path.join(WORK, `media-${stories}`),
      BUREAU_SITE_URL: base,
      BUREAU_INTERNAL_TOKEN: token,
      // The benchmark publishes through the same endpoint the scheduler calls, at moments it chooses.
      BUREAU_SCHEDULER_INTERVAL_MS: String(24 * 3600 * 1000),
    },
    readyUrl: `${base}/ru`,
    label: 'Bureau',
    // The first start builds.
    attempts: 900,
    intervalMs: 1000,
  });
  return { base, token, stop };
}

type Targets = { story: string; home: string; category: string; photo: string; search: string[]; fresh: { id: number; slug: string } };

/** The pages measured: the newest Russian story with an exhibition, its section, its first photo, searches. */
async function chooseTargets(databaseUrl: string): Promise<Targets> {
  return withDb(databaseUrl, async (sql) => {
    const [story] = await sql`
      select t.slug, c.slug as category from article_translations t
      join articles a on a.id = t.article_id join categories c on c.id = a.category_id
      where t.locale = 'ru' and t.status = 'published' and exists (select 1 from article_gallery g where g.article_id = a.id)
      order by t.published_at desc limit 1`;
    // Searches for words of real headlines, in all three languages: as many different queries as clients.
    const titles = await sql`select locale, title from article_translations where status = 'published' order by id desc limit 400`;
    const words = titles.flatMap((t) =>
      String(t.title)
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 5)
        .slice(0, 1)
        .map((w) => `/${t.locale}/search?q=${encodeURIComponent(w.toLowerCase())}`),
    );
    // A story far from the front page, republished by the publish → visible measurement.
    const [old] = await sql`select article_id as id, slug from article_translations where locale = 'ru' and status = 'published' order by published_at asc limit 1`;
    if (!story || !old) throw new Error('The dataset has no published Russian story with an exhibition.');
    return {
      story: `/ru/news/${story.slug}`,
      home: '/ru',
      category: `/ru/category/${story.category}`,
      photo: `/ru/news/${story.slug}/photo/1`,
      search: [...new Set(words)].slice(0, 40),
      fresh: { id: Number(old.id), slug: String(old.slug) },
    };
  });
}

/** Transactions PostgreSQL has counted for the database (reads flushed by idle backends within 10 s). */
async function transactions(databaseUrl: string): Promise<number> {
  const name = new URL(databaseUrl).pathname.slice(1);
  return withDb(`${SERVER_URL}/postgres`, async (sql) => {
    const [row] = await sql`select (xact_commit + xact_rollback)::bigint as n from pg_stat_database where datname = ${name}`;
    return Number(row!.n);
  });
}

/** A response's body exactly as sent (fetch would decompress it). */
function rawBytes(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
}

type Row = { name: string; result: LoadResult; queries?: string };

async function measure(name: string, base: string, paths: string[], connections = CONNECTIONS): Promise<Row> {
  // Twice first: the page is rendered and cached (origin and front cache) before it is measured.
  for (const p of paths.slice(0, 40)) await fetch(`${base}${p}`, { headers: GZIP }).then((r) => r.arrayBuffer(), () => null);
  const result = await runLoad({ base, paths, connections, seconds: SECONDS, headers: GZIP });
  log(`  ${name.padEnd(40)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${ms(result.p50).padStart(8)}  p99 ${ms(result.p99).padStart(8)}  errors ${result.errors}`);
  return { name, result };
}

/** Publishes a change the way the scheduler does, then polls until readers see it; milliseconds. */
async function publishToVisible(server: Server, databaseUrl: string, base: string, target: Targets['fresh']): Promise<number> {
  const marker = `Bench ${Date.now().toString(36)}`;
  await withDb(databaseUrl, (sql) =>
    sql`update article_translations set title = ${marker}, status = 'scheduled', published_at = now() - interval '1 second'
        where article_id = ${target.id} and locale = 'ru'`,
  );
  const started = performance.now();
  const response = await fetch(`${server.base}/api/internal/publish-due`, { method: 'POST', headers: { 'x-bureau-internal-token': server.token } });
  if (!response.ok) throw new Error(`publish-due answered ${response.status}`);
  for (;;) {
    const [home, story] = await Promise.all(
      ['/ru', `/ru/news/${target.slug}`].map((p) => fetch(`${base}${p}`, { headers: GZIP }).then((r) => r.text(), () => '')),
    );
    if (home?.includes(marker) && story?.includes(marker)) return performance.now() - started;
    if (performance.now() - started > 60_000) return Number.POSITIVE_INFINITY;
    await sleep(50);
  }
}

function pageWeight(base: string): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/page-weight.ts', base, DIST], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : `page weight not measured: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`;
}

type SizeReport = {
  stories: number;
  nginx: Row;
  trivial: Row;
  origin: Row[];
  front: Row[];
  search20: Row;
  search20Front: Row;
  /** bench/search-load.ts: the database part alone, every query a different one (nothing cached). */
  searchUncached: string;
  publish: { origin: number; front: number };
  weight: string;
};

async function benchSize(stories: number): Promise<SizeReport> {
  log(`\n=== ${stories.toLocaleString('en')} stories ===`);
  const databaseUrl = await prepareDataset(stories);
  const server = await startPortal(databaseUrl, stories);
  const nginxDir = path.join(WORK, 'nginx');
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  try {
    const targets = await chooseTargets(databaseUrl);
    // The exact bytes a reader's browser receives for the story (gzip), for nginx to serve as a file.
    await fetch(`${server.base}${targets.story}`);
    const gz = await rawBytes(`${server.base}${targets.story}`, GZIP);
    const html = gz[0] === 0x1f && gz[1] === 0x8b ? gunzipSync(gz) : gz;
    nginx = await startNginx({
      binary: nginxBinary()!,
      dir: nginxDir,
      origins: [`127.0.0.1:${PORTS.origin}`],
      staticPort: PORTS.static,
      frontPort: PORTS.front,
      files: { 'story.html': html, 'story.html.gz': gz[0] === 0x1f ? gz : Buffer.alloc(0) },
    });
    log(`Story page: ${(html.length / 1024).toFixed(1)} KB of HTML, ${(gz.length / 1024).toFixed(1)} KB as sent (gzip).`);
    log(`Load: ${hasWrk() ? 'wrk' : 'autocannon'}, ${CONNECTIONS} connections, ${SECONDS} s per figure, Accept-Encoding: gzip.`);
    const nginxRow = await measure('nginx, story bytes as a file', nginx.staticBase, ['/story.html']);
    const floor = await startFloor(path.join(WORK, 'floor-app'), PORTS.floor);
    const trivial = await measure('Next.js alone, a trivial prerendered page', floor.base, ['/']).finally(() => floor.stop());
    const pages: [string, string[]][] = [
      ['story', [targets.story]],
      ['home', [targets.home]],
      ['category', [targets.category]],
      ['exhibition photo', [targets.photo]],
      ['search', targets.search],
    ];
    const origin: Row[] = [];
    for (const [name, paths] of pages) {
      const before = name === 'search' ? 0 : await transactions(databaseUrl);
      const row = await measure(`origin, ${name}`, server.base, paths);
      if (name !== 'search') {
        // Idle connections report their counts within 10 s.
        await sleep(11_000);
        const queries = (await transactions(databaseUrl)) - before - 1;
        row.queries = `${Math.max(0, queries)} in ${row.result.requests.toLocaleString('en')} requests`;
        log(`    database transactions during the run: ${row.queries}`);
      }
      origin.push(row);
    }
    const front: Row[] = [];
    for (const [name, paths] of pages) front.push(await measure(`front cache, ${name}`, nginx.frontBase, paths));
    const search20 = await measure('origin, search, 20 clients', server.base, targets.search, 20);
    const search20Front = await measure('front cache, search, 20 clients', nginx.frontBase, targets.search, 20);
    log('Search, the database part alone, 2,000 different queries at 20 clients (bench/search-load.ts):');
    const searchUncached = searchLoad(databaseUrl);
    log(`  ${searchUncached}`);
    log('Publish → visible (home page and story page both show the change):');
    const publishOrigin = await publishToVisible(server, databaseUrl, server.base, targets.fresh);
    log(`  origin ${ms(publishOrigin)}`);
    const publishFront = await publishToVisible(server, databaseUrl, nginx.frontBase, targets.fresh);
    log(`  front cache ${ms(publishFront)}`);
    const weight = stories === STORIES ? pageWeight(server.base) : '';
    if (weight) log(weight);
    return { stories, nginx: nginxRow, trivial, origin, front, search20, search20Front, searchUncached, publish: { origin: publishOrigin, front: publishFront }, weight };
  } finally {
    await nginx?.stop();
    await server.stop();
  }
}

function searchLoad(databaseUrl: string): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/search-load.ts', '--clients', '20', '--seconds', String(SECONDS)], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return result.status === 0 ? result.stdout.trim().split('\n').at(-1)! : `failed: ${result.stderr.trim().split('\n').at(-1)}`;
}

function machine(): string {
  const cpus = os.cpus();
  const pg = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-Atc', 'show server_version'], { encoding: 'utf8' }).stdout.trim();
  const wrk = hasWrk() ? spawnSync('wrk', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!.trim() : 'autocannon';
  const nginxVersion = spawnSync(nginxBinary()!, ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '');
  return `${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; PostgreSQL ${pg}; ${nginxVersion}; ${wrk.split(' [')[0]}`;
}

const ratio = (row: Row, nginx: Row) => `${(row.result.rps / nginx.result.rps).toFixed(3)}×`;
const figure = (row: Row, nginx: Row) =>
  `| ${row.name} | ${row.result.rps.toFixed(0)} | ${ratio(row, nginx)} | ${ms(row.result.p50)} | ${ms(row.result.p99)} | ${row.result.errors} | ${row.queries ?? ''} |`;

function report(sizes: SizeReport[]): string {
  const main = sizes.find((s) => s.stories === STORIES)!;
  const targetsNote = 'cycling through 40 different queries, each a word of a recent headline in one of the three languages';
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `Machine: ${machine()}. The load generator runs on the same cores as the portal and nginx.`,
    '',
    `## ${main.stories.toLocaleString('en')} stories (${CONNECTIONS} connections, ${SECONDS} s per figure, gzip)`,
    '',
    '| what | req/s | × nginx | p50 | p99 | errors | database transactions |',
    '|---|---:|---:|---:|---:|---:|---|',
    figure(main.nginx, main.nginx),
    figure(main.trivial, main.nginx),
    ...main.origin.map((r) => figure(r, main.nginx)),
    ...main.front.map((r) => figure(r, main.nginx)),
    '',
    `Search at 20 clients, ${main.search20.result.tool}, ${targetsNote}:`,
    '',
    `- origin: p50 ${ms(main.search20.result.p50)}, p95 ${ms(main.search20.result.p95)}, p99 ${ms(main.search20.result.p99)}, ${main.search20.result.rps.toFixed(0)} req/s;`,
    `- through the front cache: p50 ${ms(main.search20Front.result.p50)}, p95 ${ms(main.search20Front.result.p95)}, p99 ${ms(main.search20Front.result.p99)}, ${main.search20Front.result.rps.toFixed(0)} req/s;`,
    `- the database part alone, every query different (nothing cached): ${main.searchUncached}.`,
    '',
    `Publish → visible (the scheduler's publish call until both the home page and the story show the change): origin ${ms(main.publish.origin)}, through the front cache ${ms(main.publish.front)}.`,
    '',
  ];
  if (sizes.length > 1) {
    lines.push('## Growth', '', '| stories | story req/s | category req/s | search req/s | search p95 (20 clients) |', '|---:|---:|---:|---:|---:|');
    for (const s of sizes) {
      const get = (name: string) => s.origin.find((r) => r.name === `origin, ${name}`)!.result.rps.toFixed(0);
      lines.push(`| ${s.stories.toLocaleString('en')} | ${get('story')} | ${get('category')} | ${get('search')} | ${ms(s.search20.result.p95)} |`);
    }
    lines.push('');
  }
  if (main.weight) lines.push('## JavaScript and page weight (bench/page-weight.ts)', '', '```', main.weight, '```', '');
  return lines.join('\n');
}

type InstancesReport = { stories: number; counts: number[]; nginx: Row; rows: { count: number; cached: boolean; page: string; row: Row }[] };

/**
 * The multi-instance mode: N instances of one build on one database, sharing their cache through one Redis, behind
 * one nginx upstream; each page measured through nginx without its micro-cache and with it, for each N.
 */
async function benchInstances(stories: number, counts: number[]): Promise<InstancesReport> {
  const cores = os.cpus().length;
  log(`\n=== Several instances: ${counts.join(', ')} behind nginx (${stories.toLocaleString('en')} stories, ${cores} cores) ===`);
  if (counts.at(-1)! > cores) log(`  More instances than the ${cores} cores, which also run nginx, wrk, PostgreSQL and Redis: expect no linear scaling.`);
  const databaseUrl = await prepareDataset(stories);
  // scripts/start.ts once, as an operator's first start: it builds if needed and applies the migrations.
  const portal = await startPortal(databaseUrl, stories);
  const targets = await chooseTargets(databaseUrl).finally(() => portal.stop());
  const token = randomBytes(24).toString('base64url');
  const frontBase = `http://127.0.0.1:${PORTS.front}`;
  const redis = await startRedis(REDIS_PORT);
  log(`Shared cache: redis-server on port ${REDIS_PORT}.`);
  const instances: Instance[] = [];
  let nginx: Nginx | null = null;
  try {
    const pages: [string, string[]][] = [
      ['story', [targets.story]],
      ['home', [targets.home]],
      ['category', [targets.category]],
      ['search', targets.search],
    ];
    const rows: InstancesReport['rows'] = [];
    let reference: Row | null = null;
    let files: Record<string, Buffer> | null = null;
    for (const count of counts) {
      const starting: Promise<Instance>[] = [];
      for (let i = instances.length; i < count; i++) {
        starting.push(
          startInstance({
            port: PORTS.instance + i,
            env: {
              DATABASE_URL: databaseUrl,
              REDIS_URL: redis.url,
              BUREAU_DIST_DIR: DIST,
              BUREAU_MEDIA_DIR: path.join(WORK, `media-${stories}`),
              BUREAU_SITE_URL: frontBase,
              BUREAU_INTERNAL_TOKEN: token,
              BUREAU_SCHEDULER_INTERVAL_MS: String(24 * 3600 * 1000),
            },
          }),
        );
      }
      // Every instance is kept (and stopped below) even when another failed to start.
      const started = await Promise.allSettled(starting);
      for (const s of started) if (s.status === 'fulfilled') instances.push(s.value);
      const failed = started.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      if (!files) {
        // The exact bytes an instance sends for the story (gzip), for nginx to serve as a file.
        await fetch(`${instances[0]!.base}${targets.story}`);
        const gz = await rawBytes(`${instances[0]!.base}${targets.story}`, GZIP);
        const html = gz[0] === 0x1f && gz[1] === 0x8b ? gunzipSync(gz) : gz;
        files = { 'story.html': html, 'story.html.gz': gz[0] === 0x1f ? gz : Buffer.alloc(0) };
      }
      await nginx?.stop();
      nginx = await startNginx({
        binary: nginxBinary()!,
        dir: path.join(WORK, 'nginx-instances'),
        origins: instances.map((i) => `127.0.0.1:${i.port}`),
        staticPort: PORTS.static,
        frontPort: PORTS.front,
        passPort: PORTS.pass,
        files,
      });
      if (!reference) {
        log(`Load: ${hasWrk() ? 'wrk' : 'autocannon'}, ${CONNECTIONS} connections, ${SECONDS} s per figure, Accept-Encoding: gzip.`);
        reference = await measure('nginx, story bytes as a file', nginx.staticBase, ['/story.html']);
      }
      // Each instance renders (or reads from Redis) every page a few times before it is measured.
      for (let round = 0; round < 2; round++) {
        for (const instance of instances) {
          for (const [, paths] of pages) {
            for (const p of paths) await fetch(`${instance.base}${p}`, { headers: GZIP }).then((r) => r.arrayBuffer(), () => null);
          }
        }
      }
      const label = `${count} instance${count > 1 ? 's' : ''}`;
      for (const cached of [false, true]) {
        for (const [page, paths] of pages) {
          const row = await measure(`${label}, ${cached ? 'micro-cache' : 'no micro-cache'}, ${page}`, cached ? nginx.frontBase : nginx.passBase!, paths);
          rows.push({ count, cached, page, row });
        }
      }
    }
    const result = { stories, counts, nginx: reference!, rows };
    log(`\n${instancesSection(result)}`);
    return result;
  } finally {
    await nginx?.stop();
    await Promise.all(instances.map((i) => i.stop()));
    await redis.stop();
  }
}

function instancesSection(r: InstancesReport): string {
  const cores = os.cpus().length;
  const cell = (row: Row) => `| ${row.name} | ${row.result.rps.toFixed(0)} | ${ratio(row, r.nginx)} | ${ms(row.result.p50)} | ${ms(row.result.p99)} | ${row.result.errors} |`;
  const pages = [...new Set(r.rows.map((x) => x.page))];
  const rps = (count: number, cached: boolean, page: string) =>
    r.rows.find((x) => x.count === count && x.cached === cached && x.page === page)?.row.result.rps.toFixed(0) ?? '';
  const lines = [
    `## Several instances (${r.stories.toLocaleString('en')} stories, ${CONNECTIONS} connections, ${SECONDS} s per figure, gzip)`,
    '',
    `Measured by \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, on ${cores} CPU cores shared by the load generator, nginx, every instance, PostgreSQL and Redis: more instances than cores cannot scale linearly here.`,
    '',
    `Each instance is \`node --import tsx scripts/server.ts\` (NODE_ENV=production) on the same build and database, with REDIS_URL on one redis-server (the shared cache), behind one nginx upstream. "micro-cache": deploy/nginx/ as shipped. "no micro-cache": the same locations with \`proxy_cache off\`: every request reaches an instance.`,
    '',
    '| what | req/s | × nginx | p50 | p99 | errors |',
    '|---|---:|---:|---:|---:|---:|',
    cell(r.nginx),
    ...r.rows.map((x) => cell(x.row)),
    '',
    'Requests per second by number of instances:',
    '',
    `| page | ${r.counts.map((n) => `${n} × no micro-cache`).join(' | ')} | ${r.counts.map((n) => `${n} × micro-cache`).join(' | ')} |`,
    `|---|${r.counts.map(() => '---:').join('|')}|${r.counts.map(() => '---:').join('|')}|`,
    ...pages.map((p) => `| ${p} | ${r.counts.map((n) => rps(n, false, p)).join(' | ')} | ${r.counts.map((n) => rps(n, true, p)).join(' | ')} |`),
    `| nginx, the story as a file | ${r.nginx.result.rps.toFixed(0)} |${' |'.repeat(r.counts.length * 2 - 1)}`,
    '',
  ];
  return lines.join('\n');
}

/** RESULTS.md's figures with the "Several instances" section replaced by (or given) this one. */
function withInstancesSection(figures: string, section: string): string {
  const heading = '## Several instances';
  const start = figures.indexOf(heading);
  let kept = figures;
  if (start >= 0) {
    const next = figures.indexOf('\n## ', start + heading.length);
    kept = figures.slice(0, start) + (next >= 0 ? figures.slice(next + 1) : '');
  }
  return `${kept.trimEnd()}\n\n${section}`;
}

async function main() {
  stopAllOnSignals();
  ensureTools();
  fs.mkdirSync(WORK, { recursive: true });
  const sizes = GROWTH ? [...new Set([1_000, STORIES, 100_000])].sort((a, b) => a - b) : [STORIES];
  const results: SizeReport[] = [];
  if (!ONLY_INSTANCES) for (const size of sizes) results.push(await benchSize(size));
  const instances = INSTANCES ? await benchInstances(STORIES, INSTANCES) : null;
  const file = path.join('bench', args.includes('--no-write') ? 'RESULTS.draft.md' : 'RESULTS.md');
  // The figures are written; the analysis around them in RESULTS.md is kept below the marker.
  const source = fs.existsSync(file) ? file : path.join('bench', 'RESULTS.md');
  const previous = fs.existsSync(source) ? fs.readFileSync(source, 'utf8') : '';
  const marker = '<!-- analysis -->';
  const analysis = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`;
  // --only-instances keeps the other figures of the last full run and replaces its "Several instances" section.
  let text = results.length ? report(results) : previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : previous;
  if (instances) text = withInstancesSection(text, instancesSection(instances));
  fs.writeFileSync(file, `${text.trimEnd()}\n\n${analysis}`);
  log(`\nWritten: ${file}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
