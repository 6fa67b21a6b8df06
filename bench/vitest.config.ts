import { defineConfig } from 'vitest/config';

// Unit tests of the benchmark harness (not the benchmarks themselves, which take minutes).
export default defineConfig({
  test: {
    name: 'bench',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
