import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: playwright-core driving Debian's Chromium against the built product
// (`npm run test:e2e` builds first). One server for the whole run (globalSetup); files run one
// after another so the browsers do not compete for the CPU.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./lib/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
