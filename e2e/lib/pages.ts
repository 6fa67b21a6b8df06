// The browser of one test file and the pages its tests open: launched before the tests, every page
// (its own context: cookies, viewport) closed after them, then the browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, openPage, PHONE, type OpenPage } from './browser.js';

export interface FilePages {
  /** A new page on the test server, as a phone (PHONE: touch, mobile) or a desk of that size. */
  open(viewport: { width: number; height: number }): Promise<OpenPage>;
  /** Every page opened so far (a test ends by asserting none had an uncaught error). */
  readonly opened: readonly OpenPage[];
}

export function useBrowser(): FilePages {
  let browser: Browser | undefined;
  const opened: OpenPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(opened.map(({ context }) => context.close()));
    await browser?.close();
  });
  return {
    opened,
    async open(viewport) {
      if (!browser) throw new Error('useBrowser: open() before the browser started (call it inside a test)');
      const page = await openPage(browser, inject('baseUrl'), viewport, { phone: viewport === PHONE });
      opened.push(page);
      return page;
    },
  };
}
