/**
 * Lighthouse, mobile (its default phone and simulated slow 4G), on the pages readers land on: the home page, the
 * lead story and the story's first photo page, and beside them, in the same run, the framework's floor (bench/floor.ts:
 * a one-page Next.js app built with the same Next.js). Prints the four category scores, LCP, TBT, CLS and the raw
 * size of the HTML per page, and what each page adds above the floor; writes the full JSON and HTML reports to
 * .data/lighthouse/. It measures and asserts nothing: it exits 0 whatever
 * the scores, and non-zero only if Lighthouse could not run. See bench/README.md.
 *
 *   npm run lighthouse                               # builds if needed, starts its own Bureau (port 3700)
 *   npm run lighthouse -- http://127.0.0.1:3000      # an already-running Bureau
 *   npm run lighthouse -- --locale az                # the Azerbaijani pages (ru by default)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFloor } from './floor';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// Debian's Chromium, headless, as root, on a machine with no outside network.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const REPORT_DIR = path.resolve('.data', 'lighthouse');

type Options = { base?: string; locale: string; port: number };

function parseArgs(argv: string[]): Options {
  const options: Options = { locale: 'ru', port: Number(process.env.LIGHTHOUSE_PORT || 3700) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--locale') options.locale = argv[++i] ?? 'ru';
    else if (arg.startsWith('--locale=')) options.locale = arg.slice('--locale='.length);
    else if (/^https?:\/\//.test(arg)) options.base = arg.replace(/\/+$/, '');
    else throw new Error(`Unknown argument: ${arg}\nUsage: npm run lighthouse -- [base URL] [--locale ru|az|en]`);
  }
  return options;
}

function chromePath(): string {
  const found = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter((p): p is string => Boolean(p))
    .find((p) => fs.existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s `chromium` package or set CHROME_PATH.');
  return found;
}

/**
 * Starts Bureau the way `npm start` does (scripts/start.ts: build if needed, migrate, demo content), on its own port,
 * its own build folder and a fresh embedded database in a temporary folder, so a running quick start is never
 * disturbed.
 */
function startBureau(port: number): { server: ChildProcess; base: string; dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-lighthouse-'));
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    BUREAU_DIST_DIR: process.env.BUREAU_DIST_DIR || '.next-lighthouse',
    BUREAU_DATA_DIR: dataDir,
    BUREAU_MEDIA_DIR: path.join(dataDir, 'media'),
    BUREAU_SITE_URL: base,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.DATABASE_URL; // always the embedded database with the demo content
  console.log(`Starting Bureau on ${base} (build folder ${env.BUREAU_DIST_DIR}, data in ${dataDir})…`);
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  return { server, base, dataDir };
}

async function waitFor(url: string, server: ChildProcess | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`Bureau exited with code ${server.exitCode} before answering`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function html(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The lead story of the home page, and the first photo page linked from it. */
async function pagesFor(base: string, locale: string) {
  const home = `/${locale}`;
  const homeHtml = await html(`${base}${home}`);
  const storyPattern = new RegExp(`href="(/${locale}/news/[^"/?#]+)"`);
  const story = (/class="home__lead"[\s\S]*?href="([^"]+)"/.exec(homeHtml)?.[1] ?? storyPattern.exec(homeHtml)?.[1]) as string | undefined;
  if (!story) throw new Error(`No story linked from ${home}`);
  const storyHtml = await html(`${base}${story}`);
  const photo = new RegExp(`href="(${story.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/photo/\\d+)"`).exec(storyHtml)?.[1] ?? `${story}/photo/1`;
  return [
    { name: 'home', path: home },
    { name: 'story', path: story },
    { name: 'photo', path: photo },
  ];
}

type Row = { page: string; scores: (number | null)[]; lcp: number; tbt: number; cls: number; htmlBytes: number };

function printTable(rows: Row[], base: string) {
  const floor = rows.find((row) => row.page === 'floor');
  const above = (value: number, of: number | undefined, digits: number, scale: number) =>
    of === undefined ? '' : `${value - of >= 0 ? '+' : ''}${((value - of) / scale).toFixed(digits)}`;
  const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP s', 'TBT ms', 'CLS', 'HTML kB', 'LCP − floor s', 'TBT − floor ms'];
  const body = rows.map((row) => [
    row.page,
    ...row.scores.map((s) => (s === null ? '—' : String(Math.round(s * 100)))),
    (row.lcp / 1000).toFixed(2),
    String(Math.round(row.tbt)),
    row.cls.toFixed(3),
    (row.htmlBytes / 1024).toFixed(1),
    row === floor ? '' : above(row.lcp, floor?.lcp, 2, 1000),
    row === floor ? '' : above(row.tbt, floor?.tbt, 0, 1),
  ]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const r of all) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log(`\n${base}, Lighthouse mobile (simulated throttling). Reports: ${path.relative(process.cwd(), REPORT_DIR)}/`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let started: ReturnType<typeof startBureau> | undefined;
  const stop = () => {
    if (started && started.server.exitCode === null) started.server.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    if (!started || started.server.exitCode !== null) process.exit(130);
    started.server.once('exit', () => {
      fs.rmSync(started!.dataDir, { recursive: true, force: true });
      process.exit(130);
    });
    stop();
  });
  // lighthouse and chrome-launcher are ES modules.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  let chrome: Awaited<ReturnType<typeof chromeLauncher.launch>> | undefined;
  let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
  try {
    let base = options.base;
    if (!base) {
      started = startBureau(options.port);
      base = started.base;
      await waitFor(`${base}/${options.locale}`, started.server, 20 * 60_000);
    } else {
      await waitFor(`${base}/${options.locale}`, undefined, 60_000);
    }
    const pages: { name: string; path: string; base?: string }[] = await pagesFor(base, options.locale);
    // The framework's floor in the same run, on the next port.
    floor = await startFloor(path.resolve('.data', 'bench', 'floor-app'), options.port + 1);
    pages.push({ name: 'floor', path: '/', base: floor.base });
    fs.mkdirSync(REPORT_DIR, { recursive: true });
    chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    // One unthrottled pass first, with the same phone emulation: the server renders each page and encodes the
    // image variants that phone asks for, so the measured pass sees what every reader after the first gets.
    for (const page of pages) {
      console.log(`Warming ${page.base ?? base}${page.path}`);
      await lighthouse(`${page.base ?? base}${page.path}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: 'provided' });
    }
    const rows: Row[] = [];
    for (const page of pages) {
      const url = `${page.base ?? base}${page.path}`;
      console.log(`Lighthouse: ${url}`);
      const htmlBytes = Buffer.byteLength(await html(url));
      const result = await lighthouse(url, { port: chrome.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr, report } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const [json, htmlReport] = report as string[];
      const file = path.join(REPORT_DIR, page.name === 'floor' ? 'floor' : `${options.locale}-${page.name}`);
      fs.writeFileSync(`${file}.report.json`, json!);
      fs.writeFileSync(`${file}.report.html`, htmlReport!);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      rows.push({
        page: page.name === 'floor' ? 'floor' : `${options.locale} ${page.name}`,
        scores: CATEGORIES.map((c) => lhr.categories[c]?.score ?? null),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        htmlBytes,
      });
      for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
    }
    console.log('');
    printTable(rows, base);
  } finally {
    await chrome?.kill();
    await floor?.stop();
    stop();
    if (started) {
      if (started.server.exitCode === null) await new Promise((resolve) => started!.server.once('exit', resolve));
      fs.rmSync(started.dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
