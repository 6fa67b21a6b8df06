// A first-time visitor on a small phone (360 px) switches the interface to English and back;
// the choice survives a reload, and neither language makes the landing page scroll sideways.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, type OpenPage } from '../lib/browser.js';

const SMALL_PHONE = { width: 360, height: 740 } as const;
const TITLE = { vi: 'Kết nối khởi nghiệp với đúng người hỗ trợ', en: 'Connecting startups with the right help' };

async function expectLanguage(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.getByRole('heading', { level: 1, name: TITLE[lang] }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('language switch on a 360 px phone', () => {
  let browser: Browser;
  let visitor: OpenPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    visitor = await openPage(browser, inject('baseUrl'), SMALL_PHONE, { phone: true });
  });
  afterAll(async () => {
    await visitor?.context.close();
    await browser?.close();
  });

  it('is Vietnamese first, switches to English and back, and remembers the choice', async () => {
    const { page, pageErrors } = visitor;
    await page.goto('/');
    await expectLanguage(page, 'vi');
    expect(await page.getByRole('link', { name: 'Đăng ký miễn phí' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'EN (Chuyển sang Tiếng Anh)' }).click();
    await expectLanguage(page, 'en');
    expect(await page.getByRole('link', { name: 'Sign up free' }).isVisible()).toBe(true);

    await page.reload();
    await expectLanguage(page, 'en');

    // Another page keeps the language too (client-side navigation).
    await page.getByRole('link', { name: 'Sign up free' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.goBack();

    await page.getByRole('button', { name: 'VI (Switch to Vietnamese)' }).click();
    await expectLanguage(page, 'vi');
    await page.reload();
    await expectLanguage(page, 'vi');
    expect(pageErrors).toEqual([]);
  });
});
