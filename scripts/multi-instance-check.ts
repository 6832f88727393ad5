/**
 * Several instances, one shared cache (issue 7): two servers from one build on one PostgreSQL database and one
 * Redis, as production runs them behind a load balancer. Checks, printing what it measured:
 *   1. a page cached on B stays as cached while the database changes behind its back (so B really caches);
 *   2. a publish on A (its /api/internal/publish-due) shows on B within 1 s;
 *   3. with Redis killed, both still answer 200 quickly (pages render uncached), and cache again once it is back;
 *   4. an instance started while Redis is unreachable says so, naming REDIS_URL, and serves pages.
 * It starts its own redis-server (MULTI_REDIS_PORT, 3639) so it can stop it, and a fresh database on
 * MULTI_PG_URL (postgres://postgres@127.0.0.1:5432); it needs a build:
 *   BUREAU_DIST_DIR=.next-hredis npx next build && BUREAU_DIST_DIR=.next-hredis npx tsx scripts/multi-instance-check.ts
 * Ports: MULTI_PORT_A/B/C (3630, 3631, 3633). Exits non-zero on the first failed check.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';

const distDir = process.env.BUREAU_DIST_DIR || '.next-hredis';
const redisPort = Number(process.env.MULTI_REDIS_PORT || 3639);
const unusedRedisPort = Number(process.env.MULTI_UNUSED_PORT || 3637);
const ports = { a: Number(process.env.MULTI_PORT_A || 3630), b: Number(process.env.MULTI_PORT_B || 3631), c: Number(process.env.MULTI_PORT_C || 3633) };
const pgServer = process.env.MULTI_PG_URL || 'postgres://postgres@127.0.0.1:5432';
const database = `bureau_multi_${process.pid}`;
const databaseUrl = `${pgServer}/${database}`;
const redisUrl = `redis://127.0.0.1:${redisPort}/5`;
const token = 'multi-instance-check-token';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-multi-'));
const started = Date.now();
const children: ChildProcess[] = [];
let failures = 0;

function check(ok: boolean, what: string) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

function startRedis(): ChildProcess {
  const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  children.push(redis);
  return redis;
}

async function waitForRedis() {
  for (let i = 0; i < 50; i++) {
    if (spawnSync('redis-cli', ['-p', String(redisPort), 'ping']).stdout?.toString().trim() === 'PONG') return;
    await sleep(100);
  }
  throw new Error(`redis-server did not start on ${redisPort}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** scripts/server.ts started directly (not through npx), so this PID is the server itself (STACK.md). */
function startServer(name: string, port: number, redis: string): { process: ChildProcess; output: () => string } {
  let output = '';
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      BUREAU_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      BUREAU_MEDIA_DIR: path.join(work, 'media'),
      BUREAU_SITE_URL: `http://127.0.0.1:${port}`,
      REDIS_URL: redis,
      BUREAU_INTERNAL_TOKEN: token,
      // Only this script publishes, and only through A.
      BUREAU_SCHEDULER_INTERVAL_MS: '3600000',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  server.on('exit', (code) => code && console.error(`${name} exited with ${code}:\n${output}`));
  children.push(server);
  return { process: server, output: () => output };
}

async function get(port: number, pathname: string) {
  const begun = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { signal: AbortSignal.timeout(15_000), redirect: 'manual' });
  const body = await response.text();
  return { status: response.status, body, ms: performance.now() - begun };
}

async function waitForServer(port: number) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await get(port, '/ru')).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`no server on ${port}`);
}

function run(script: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BUREAU_MEDIA_DIR: path.join(work, 'media') },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`${script} failed`);
}

async function main() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`No build in ${distDir}: run BUREAU_DIST_DIR=${distDir} npx next build first.`);
  const admin = postgres(`${pgServer}/postgres`, { onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${database}`);
  const sql = postgres(databaseUrl, { onnotice: () => {} });
  try {
    run('scripts/db-seed.ts');
    let redis = startRedis();
    await waitForRedis();
    const a = startServer('A', ports.a, redisUrl);
    const b = startServer('B', ports.b, redisUrl);
    await Promise.all([waitForServer(ports.a), waitForServer(ports.b)]);
    console.log(`Two instances up after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // A story on the Russian home page; B renders and caches it.
    const [story] = await sql<{ id: number; slug: string; title: string }[]>`
      SELECT id, slug, title FROM article_translations WHERE locale = 'ru' AND status = 'published' ORDER BY published_at DESC LIMIT 1`;
    const storyPath = `/ru/news/${story!.slug}`;
    for (let i = 0; i < 2; i++) await get(ports.b, storyPath);
    const cached = await get(ports.b, storyPath);
    check(cached.status === 200 && cached.body.includes(story!.title), `B serves ${storyPath} (${cached.ms.toFixed(0)} ms)`);

    // The story becomes a scheduled change whose time has come, written behind the site's back.
    const title = `Multi-instance ${Date.now()}`;
    await sql`UPDATE article_translations SET title = ${title}, status = 'scheduled', published_at = now() - interval '1 minute' WHERE id = ${story!.id}`;
    await sleep(300);
    const stale = await get(ports.b, storyPath);
    check(stale.status === 200 && stale.body.includes(story!.title) && !stale.body.includes(title), 'B still serves its cached page while nothing revalidated (it caches)');

    // A publishes it; B must show it at once.
    const publish = await fetch(`http://127.0.0.1:${ports.a}/api/internal/publish-due`, { method: 'POST', headers: { 'x-bureau-internal-token': token } });
    const published = performance.now();
    check(publish.ok && (await publish.json()).published === 1, 'A publishes the due story');
    let seenAfter = Infinity;
    let polls = 0;
    let lastRender = 0;
    while (performance.now() - published < 5_000) {
      polls++;
      const poll = await get(ports.b, storyPath);
      lastRender = poll.ms;
      if (poll.body.includes(title)) {
        seenAfter = performance.now() - published;
        break;
      }
      await sleep(50);
    }
    check(
      seenAfter < 1_000,
      `B shows the publish made on A after ${seenAfter.toFixed(0)} ms, at poll ${polls}, whose render took ${lastRender.toFixed(0)} ms (limit 1000 ms)`,
    );
    const home = await get(ports.b, '/ru');
    check(home.body.includes(title), 'B’s home page shows it too');

    // Redis goes away: both instances render uncached, quickly, without errors.
    await stop(redis);
    const pages = ['/ru', storyPath, '/en', '/az', '/ru/category/culture', '/ru/search?q=baku'];
    const timings: number[] = [];
    let allOk = true;
    for (const port of [ports.a, ports.b]) {
      for (const page of pages) {
        const response = await get(port, page);
        timings.push(response.ms);
        if (response.status !== 200) {
          allOk = false;
          console.log(`  ${port}${page}: ${response.status}`);
        }
      }
    }
    const slowest = Math.max(...timings);
    check(allOk, `with Redis down every page answers 200 on both instances (${timings.length} requests)`);
    check(slowest < 2_000, `with Redis down the slowest page took ${slowest.toFixed(0)} ms, median ${median(timings).toFixed(0)} ms (limit 2000 ms)`);
    check(/REDIS_URL=redis:\/\/127\.0\.0\.1:\d+\/5 is unreachable/.test(a.output()), 'A says the shared cache is unreachable, naming REDIS_URL');

    // Redis is back (empty: it keeps nothing on disk): the instances reconnect and cache again.
    redis = startRedis();
    await waitForRedis();
    let keys = 0;
    for (let i = 0; i < 100 && keys === 0; i++) {
      await sleep(200);
      await get(ports.b, '/ru/category/culture');
      keys = Number(spawnSync('redis-cli', ['-p', String(redisPort), '-n', '5', 'dbsize']).stdout.toString().trim());
    }
    check(keys > 0, `after Redis returns, B stores in it again (${keys} keys)`);
    check(b.output().includes('answers again'), 'B says the shared cache answers again');

    // An instance started while Redis is unreachable starts, says so, and serves.
    const c = startServer('C', ports.c, `redis://127.0.0.1:${unusedRedisPort}/5`);
    await waitForServer(ports.c);
    const fromC = await get(ports.c, storyPath);
    check(fromC.status === 200 && fromC.body.includes(title), `C, started without a reachable Redis, serves the story (${fromC.ms.toFixed(0)} ms)`);
    check(/REDIS_URL=redis:\/\/127\.0\.0\.1:\d+\/5 is unreachable/.test(c.output()), 'C says at start that REDIS_URL is unreachable');
  } finally {
    for (const child of children) await stop(child);
    await sql.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`Multi-instance check: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${failures === 0 ? 'all passed' : `${failures} failed`}`);
  process.exitCode = failures === 0 ? 0 : 1;
}

function median(values: number[]) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

main().catch((error: unknown) => {
  console.error(error);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
});
