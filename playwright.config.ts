import fs from 'node:fs';
import path from 'node:path';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * e2e tests in real Chromium against the production build (`npm test` builds it into .next-test first),
 * served by scripts/start.ts exactly as the quick start serves it: on a fresh embedded database, or on
 * DATABASE_URL when set (CI).
 *
 * Browser: the system Chromium where one is installed (Debian's package puts it at /usr/bin/chromium),
 * otherwise Playwright's own. With neither, the run stops with instructions.
 */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter((p): p is string => Boolean(p))
  .find((p) => fs.existsSync(p));

if (!systemChromium && !fs.existsSync(chromium.executablePath())) {
  throw new Error(
    'No Chromium found for the e2e tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (then it is used from /usr/bin/chromium)\n' +
      "  - Playwright's own build: npx playwright install chromium\n" +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

const port = Number(process.env.E2E_PORT || 3100);
// The demo stories keep the dates written in db/seed (db/seed/dates.ts), for this server and the sites tests
// start themselves (e2e/isolated-site.ts passes its environment on), so assertions about months and days hold.
process.env.BUREAU_DEMO_NOW ??= '2026-01-19T12:00:00Z';
export const baseURL = `http://127.0.0.1:${port}`;

const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      // Debian's Chromium as root, on a machine with no outside network: no sandbox, no GPU, no background calls.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    }
  : {};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    command: 'node --import tsx e2e/prepare-server.ts && node --import tsx scripts/start.ts',
    url: `${baseURL}/ru`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      BUREAU_DIST_DIR: process.env.BUREAU_DIST_DIR || '.next-test',
      BUREAU_DATA_DIR: process.env.E2E_DATA_DIR || path.join('.data', 'e2e'),
      BUREAU_MEDIA_DIR: process.env.BUREAU_MEDIA_DIR || path.join('.data', 'test-media'),
      BUREAU_SITE_URL: baseURL,
      BUREAU_SEED_DEMO: '1',
      // Scheduled stories go live within a second in the tests (15 s by default).
      BUREAU_SCHEDULER_INTERVAL_MS: '1000',
      NEXT_TELEMETRY_DISABLED: '1',
      // A missing or empty UI string fails loudly here, though the build is a production one (i18n/messages.ts).
      BUREAU_STRICT_MESSAGES: '1',
      // The footer's social links (e2e/pages.spec.ts): the setting as an operator writes it.
      BUREAU_SOCIAL_LINKS: 'telegram=https://t.me/bureau_demo,x=https://x.com/bureau_demo',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
