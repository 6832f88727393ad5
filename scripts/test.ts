/**
 * npm test — the whole suite, as CI runs it:
 *   1. locale files (npm run i18n:check: messages/*.json against messages/ru.json; counted as one test)
 *   2. unit and data-layer tests (vitest; embedded PGlite, or DATABASE_URL when set)
 *   3. production build (next build, which also type-checks the whole project; into .next-test so a running
 *      `npm start` is not disturbed)
 *   4. e2e tests in Chromium against that build, on a fresh database (Playwright; the server fails loudly on a
 *      missing UI string: BUREAU_STRICT_MESSAGES in playwright.config.ts)
 *   5. with DATABASE_URL set (CI): several instances of that build behind nginx, with Redis and an S3-compatible
 *      server, on a database of its own on the same PostgreSQL server (scripts/multi-instance-check.ts; needs
 *      nginx and redis-server, which .ci/run installs; its checks count as tests)
 * Stops at the first failing step and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const distDir = '.next-test';
const reports = path.resolve('.data', 'reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BUREAU_DIST_DIR: distDir };
const bin = (name: string) => path.resolve('node_modules', '.bin', name);

/** The locale-file check's outcome, counted in the closing line as one test. */
let i18nCheck: 'passed' | 'failed' | null = null;

const steps: { name: string; run: () => number }[] = [
  {
    name: 'locale files (i18n:check)',
    run: () => {
      const status = run(bin('tsx'), ['scripts/i18n-check.ts']);
      i18nCheck = status === 0 ? 'passed' : 'failed';
      return status;
    },
  },
  {
    name: 'unit and data-layer tests',
    run: () => run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`]),
  },
  // Search SQL must work on both databases: with DATABASE_URL set (CI), its tests run on PGlite as well.
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'search on the embedded database too',
          run: () =>
            run(bin('vitest'), ['run', '--project', 'data', 'db/queries/search.test.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest-pglite.json')}`], { DATABASE_URL: '' }),
        },
      ]
    : []),
  { name: 'production build', run: () => run(bin('next'), ['build']) },
  {
    name: 'e2e tests',
    run: () => {
      // A fresh embedded database for every run (CI gives a fresh PostgreSQL database instead).
      fs.rmSync(path.join('.data', 'e2e'), { recursive: true, force: true });
      return run(bin('playwright'), ['test', '--reporter=list,json', ...process.argv.slice(2)], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json'),
      });
    },
  },
  // Several instances need PostgreSQL (the embedded database is for one process): only with DATABASE_URL.
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'several instances behind nginx (multi-instance-check)',
          run: () => run(bin('tsx'), ['scripts/multi-instance-check.ts'], { MULTI_REPORT: path.join(reports, 'multi-instance.json') }),
        },
      ]
    : []),
];

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

const results: string[] = [];
let failed = 0;
for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const status = step.run();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  results.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s)`);
  if (status !== 0) {
    failed = 1;
    break;
  }
}
/** Counts from both runners' JSON reports, for one closing line. */
function counts() {
  const read = (file: string) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(reports, file), 'utf8')) as Record<string, unknown>;
    } catch {
      return null;
    }
  };
  type VitestReport = { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number } | null;
  const main = read('vitest.json') as VitestReport;
  const pglite = process.env.DATABASE_URL ? (read('vitest-pglite.json') as VitestReport) : null;
  const vitest = {
    numPassedTests: (main?.numPassedTests ?? 0) + (pglite?.numPassedTests ?? 0),
    numFailedTests: (main?.numFailedTests ?? 0) + (pglite?.numFailedTests ?? 0),
    numPendingTests: (main?.numPendingTests ?? 0) + (pglite?.numPendingTests ?? 0),
  };
  const multi = read('multi-instance.json') as { passed?: number; failed?: number } | null;
  const playwright = read('playwright.json') as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | null;
  return {
    passed: (i18nCheck === 'passed' ? 1 : 0) + (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0) + (multi?.passed ?? 0),
    failed: (i18nCheck === 'failed' ? 1 : 0) + (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (multi?.failed ?? 0),
    skipped: (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0),
  };
}

const total = counts();
// A failed step that is not a test (e.g. the build) still counts as a failure in the closing line.
const failedCount = total.failed + (failed && total.failed === 0 ? 1 : 0);
const summary = `Tests: ${total.passed} passed, ${failedCount} failed, ${total.skipped} skipped`;
fs.writeFileSync(path.join(reports, 'summary.txt'), `${summary}\n`);
console.log(`\n${results.join('\n')}\n${summary}`);
process.exit(failed);
