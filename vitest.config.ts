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
          // Pure functions and their fixtures: a fresh module graph per file only repeated the imports.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/build-server.ts'],
          // Each test starts its own service on its own port and data folder: nothing rides on module state.
          isolate: false,
          // A worker per core, where Vitest keeps one core back: on two cores that ran the files one at a time,
          // and a file (test, service and its Cosmos server in one process) keeps one core busy at most. After
          // the unit files (their own group), which only load modules and gain nothing from a second worker.
          maxWorkers: '100%',
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // What the service does in the background (deliveries, jobs) is awaited with expect.poll.
          expect: { poll: { timeout: 20_000, interval: 50 } },
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
