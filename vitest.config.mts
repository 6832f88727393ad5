import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Data-layer files share one PostgreSQL database per run (CI) and some publish stories: they run one after
 * another in a fixed order (by path), not in the order of last run's durations, so a run is repeatable.
 */
class ByPath extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    // BUREAU_DEMO_NOW: the demo stories keep the dates written in db/seed (db/seed/dates.ts).
    env: { BUREAU_TIME_ZONE: 'Asia/Baku', BUREAU_DEMO_NOW: '2026-01-19T12:00:00Z' },
    // Here, not only in the data project: vitest 4 takes the sequencer from the root config, and otherwise orders
    // files by the last run's durations (a data file that publishes could then run before one that expects the
    // demo content's newest story to lead).
    sequence: { sequencer: ByPath },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'db/*.test.ts', 'db/seed/**/*.test.ts', 'i18n/**/*.test.ts'],
          environment: 'node',
          // next-intl's middleware imports 'next/server' without an extension, which Node's ESM loader cannot
          // resolve; processed by Vite it can (i18n/locales.test.ts runs the proxy).
          server: { deps: { inline: ['next-intl'] } },
          // The lock test starts Node processes that open PGlite: seconds each on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        // The data layer, against the real migrations and demo content (db/test-setup.ts).
        resolve: { alias },
        test: {
          name: 'data',
          include: ['db/queries/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['db/test-setup.ts'],
          // One database per run on PostgreSQL: files take turns, in a fixed order.
          fileParallelism: false,
          sequence: { sequencer: ByPath },
          // Seeding draws the demo photos the first time; give it room on a 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 600_000,
          env: { BUREAU_TIME_ZONE: 'Asia/Baku', BUREAU_DEMO_NOW: '2026-01-19T12:00:00Z' },
        },
      },
    ],
  },
});
