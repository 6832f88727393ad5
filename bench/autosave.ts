/**
 * `npm run bench:autosave` — what the editor's autosave costs and how quickly it answers, measured in real
 * Chromium against a production build on a fresh embedded database (the e2e accounts):
 *
 * - keystroke → "Saved": from the last key of a burst to the state line saying "Saved HH:MM";
 * - requests per hour of writing: an editor writing in bursts (typing at ~5 keys a second for 4–20 s, then
 *   pausing 2–12 s to think, as a seeded pseudo-random schedule) for BENCH_MINUTES (default 3), counted as the
 *   server actions the page sends, scaled to an hour.
 *
 * Build first: `BUREAU_DIST_DIR=.next-test npx next build` (npm test's build will do). Prints its figures;
 * bench/RESULTS.md quotes them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Request } from '@playwright/test';
import { staff } from '../e2e/staff';
import { startNodeServer, stopAll, stopAllOnSignals } from './processes';

const port = Number(process.env.BENCH_AUTOSAVE_PORT || 3190);
const base = `http://127.0.0.1:${port}`;
const minutes = Number(process.env.BENCH_MINUTES || 3);
const dataDir = path.resolve('.data', 'bench-autosave');

/** A small deterministic generator, so two runs type the same schedule. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function main() {
  stopAllOnSignals();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = {
    PORT: String(port),
    BUREAU_DIST_DIR: process.env.BUREAU_DIST_DIR || '.next-test',
    BUREAU_DATA_DIR: dataDir,
    BUREAU_MEDIA_DIR: path.join(dataDir, 'media'),
    BUREAU_SITE_URL: base,
    BUREAU_SEED_DEMO: '1',
    DATABASE_URL: '',
  };
  // Migrations and the e2e accounts first, as the e2e tests' server does.
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'e2e/prepare-server.ts'], { env: { ...process.env, ...env }, stdio: 'inherit' });
  if (prepared.status !== 0) throw new Error('e2e/prepare-server.ts failed');
  const server = await startNodeServer({ args: ['--import', 'tsx', 'scripts/start.ts'], env, readyUrl: `${base}/ru`, label: 'Bureau', attempts: 240, intervalMs: 1000 });
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/ru/login`);
    await page.locator('input[name="email"]').fill(staff.editor.email);
    await page.locator('input[name="password"]').fill(staff.editor.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL('**/ru/dashboard');
    await page.getByRole('link', { name: 'Новый материал' }).first().click();
    await page.getByLabel('Раздел').selectOption('society');
    await page.getByLabel('Заголовок', { exact: true }).fill('Замер автосохранения');
    await page.getByRole('button', { name: 'Создать' }).click();
    await page.waitForURL(/stories\/\d+$/);
    const state = page.getByRole('tabpanel').locator('.editor__state');
    await page.getByRole('tabpanel').getByRole('textbox', { name: 'Текст' }).click();

    let saves = 0;
    const count = (request: Request) => {
      if (request.method() === 'POST' && request.headers()['next-action']) saves++;
    };
    page.on('request', count);
    const next = random(20261203);
    const latencies: number[] = [];
    const words = 'пресс-служба посольства сообщила что мероприятие прошло при участии дипломатов и представителей диаспоры'.split(' ');
    const end = Date.now() + minutes * 60_000;
    let typed = 0;
    while (Date.now() < end) {
      const burstMs = 4000 + next() * 16_000;
      const burstEnd = Date.now() + burstMs;
      while (Date.now() < burstEnd) {
        const word = words[Math.floor(next() * words.length)]!;
        await page.keyboard.type(`${word} `, { delay: 200 });
        typed += word.length + 1;
      }
      const lastKey = performance.now();
      // Saved, with nothing left unsaved: the state line says so.
      await state.and(page.locator('[data-state="saved"]')).waitFor({ timeout: 30_000 });
      latencies.push(performance.now() - lastKey);
      await page.waitForTimeout(Math.max(0, 2000 + next() * 10_000 - (performance.now() - lastKey)));
    }
    page.off('request', count);
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!);
    const perHour = Math.round((saves / minutes) * 60);
    console.log(`autosave: ${minutes} min of writing in bursts, ${typed} characters typed, ${latencies.length} pauses`);
    console.log(`  last keystroke → "Saved": median ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms (the save waits 1.5 s of quiet, then one request)`);
    console.log(`  saves sent: ${saves} in ${minutes} min → about ${perHour} requests per hour of writing (${(saves / latencies.length).toFixed(2)} per pause)`);
  } finally {
    await browser.close();
    await server.stop();
    await stopAll();
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
