import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    // Data-layer tests seed a whole database; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { BUREAU_TIME_ZONE: 'Asia/Baku' },
  },
});
