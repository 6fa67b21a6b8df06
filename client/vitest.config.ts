import { defineProject } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'client',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    // Screens render the real reference lists (34 provinces in every province picker); on a
    // shared two-core machine a long form test can pass 5 s without anything being wrong.
    testTimeout: 15_000,
    setupFiles: ['./src/test/setup.ts'],
  },
});
