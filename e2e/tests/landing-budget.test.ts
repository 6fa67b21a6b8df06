// What a first visit to the landing page really downloads: the JavaScript bytes on the wire
// (compressed, as the server sends them) must stay within the 250 KB gzip budget of issue 7, and
// the lazy parts (other routes, charts, the realtime socket) must not load before they are needed.
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, openPage, screenshot, type OpenPage } from '../lib/browser.js';

export const LANDING_JS_BUDGET_BYTES = 250 * 1024;

interface ScriptTransfer {
  url: string;
  encoding: string | null;
  bytes: number;
}

describe('landing page weight', () => {
  let browser: Browser;
  let visitor: OpenPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    visitor = await openPage(browser, inject('baseUrl'), DESKTOP);
  });
  afterAll(async () => {
    await visitor?.context.close();
    await browser?.close();
  });

  it(`transfers at most ${LANDING_JS_BUDGET_BYTES / 1024} KB of JavaScript to a first-time visitor`, async () => {
    const { page, pageErrors } = visitor;
    const scripts: Response[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Kết nối khởi nghiệp với đúng người hỗ trợ' }).waitFor();

    const transfers: ScriptTransfer[] = await Promise.all(
      scripts.map(async (response) => ({
        url: new URL(response.url()).pathname,
        encoding: (await response.allHeaders())['content-encoding'] ?? null,
        bytes: (await response.request().sizes()).responseBodySize,
      })),
    );
    const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
    console.log(
      `[e2e] landing JS on the wire: ${(total / 1024).toFixed(1)} KB in ${transfers.length} files\n` +
        transfers.map((t) => `  ${t.url} ${(t.bytes / 1024).toFixed(1)} KB ${t.encoding ?? 'uncompressed'}`).join('\n'),
    );

    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.every((t) => t.bytes > 0)).toBe(true);
    // Compressed on the wire (the server leaves only tiny files, under 1 KB, as they are).
    expect(transfers.filter((t) => t.bytes >= 1024 && t.encoding === null)).toEqual([]);
    expect(total).toBeLessThanOrEqual(LANDING_JS_BUDGET_BYTES);
    // Route chunks, charts and the socket client stay lazy on the landing page.
    expect(transfers.map((t) => t.url).filter((url) => /ReportsPage|recharts|socket|ChatPage|SearchPage/i.test(url))).toEqual([]);

    await screenshot(page, 'landing-desktop');
    expect(pageErrors).toEqual([]);
  });
});
