import { defineConfig } from 'vitest/config';

// One `npm test` runs every workspace's unit and integration tests.
// Browser end-to-end tests live in e2e/ and run from .ci/run (they need Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'seeds',
          root: './seeds',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'contract',
          root: './contract',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'search',
          root: './search',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      './client/vitest.config.ts',
      './bench/vitest.config.ts',
    ],
  },
});
