/**
 * npm test — the whole suite, as CI runs it:
 *   1. unit and data-layer tests (vitest; embedded PGlite, or DATABASE_URL when set)
 *   2. production build (next build, which also type-checks the whole project; into .next-test so a running
 *      `npm start` is not disturbed)
 *   3. e2e tests in Chromium against that build, on a fresh database (Playwright)
 * Stops at the first failing step and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const distDir = '.next-test';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BUREAU_DIST_DIR: distDir };
const bin = (name: string) => path.resolve('node_modules', '.bin', name);

const steps: { name: string; run: () => number }[] = [
  { name: 'unit and data-layer tests', run: () => run(bin('vitest'), ['run']) },
  { name: 'production build', run: () => run(bin('next'), ['build']) },
  {
    name: 'e2e tests',
    run: () => {
      // A fresh embedded database for every run (CI gives a fresh PostgreSQL database instead).
      fs.rmSync(path.join('.data', 'e2e'), { recursive: true, force: true });
      return run(bin('playwright'), ['test', ...process.argv.slice(2)]);
    },
  },
];

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
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
console.log(`\n${results.join('\n')}`);
process.exit(failed);
