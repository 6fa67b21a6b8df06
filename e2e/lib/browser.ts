// Debian's Chromium driven by playwright-core: launch options, phone/desktop contexts, screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));
/** Bounded wait for anything the UI should show (a live event, a page load): no sleeps. */
export const UI_TIMEOUT_MS = 10_000;

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a test ends by asserting there were none. */
  pageErrors: string[];
}

export async function openPage(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number },
  options: { phone?: boolean } = {},
): Promise<OpenPage> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    deviceScaleFactor: 1,
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(UI_TIMEOUT_MS * 2);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return { context, page, pageErrors };
}

/**
 * Saves e2e/screenshots/<name>.png (viewport only, 1 CSS px per pixel so files stay small). Written
 * to a .tmp.png first and renamed, so an interrupted run never leaves a truncated PNG in the repo.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  const tmp = path.join(SCREENSHOT_DIR, `${name}.tmp.png`);
  // Web fonts and lazy chunks settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: tmp, animations: 'disabled', caret: 'hide', scale: 'css' });
  fs.renameSync(tmp, file);
  return file;
}

/** Scrolls so the element sits just under the sticky top bar (for screenshots of one part of a page). */
export async function scrollToTop(locator: Locator): Promise<void> {
  await locator.evaluate((element) => {
    const bar = document.querySelector('.topbar')?.getBoundingClientRect().height ?? 0;
    window.scrollBy(0, element.getBoundingClientRect().top - bar - 12);
  });
}
