import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../i18n/index.js';

initI18n('vi');
// First renders in a cold jsdom worker can take over a second on a busy machine.
configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  if (i18next.language !== 'vi') await i18next.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  // Undo every test's vi.stubGlobal (mockApi's fetch, matchMedia, BarcodeDetector…), so one test's
  // fake never leaks into the next: here once, not in each file.
  vi.unstubAllGlobals();
});
