import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@contract': fileURLToPath(new URL('./bot/src/contract', import.meta.url)) };

// Three suites: pure logic beside its source, integration against the real service and its
// in-process Cosmos server, and end-to-end through Debian's Chromium.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['bot/src/**/*.test.ts', 'tab/src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-tab.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
