// The public portal as an anonymous visitor on a phone (issue 18): the landing page with the
// province's figures and upcoming events, a search typed without diacritics, a startup's page with
// its logo and product photo, an event's page as a shared link opens it, and the way to sign up.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, scrollToTop, type OpenPage } from '../lib/browser.js';
import { fillSignUp, submitSignUp } from '../lib/flows.js';

const HONEY = 'Mật ong chanh rừng Chi Lăng';

/** An image that has arrived and decoded (not a broken icon, not a lazy box still waiting). */
async function loadedWidth(image: Locator): Promise<number> {
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  return image.evaluate((img: HTMLImageElement) => img.naturalWidth);
}

describe('the public portal on a phone, without an account', () => {
  let browser: Browser;
  let visitor: OpenPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    visitor = await openPage(browser, inject('baseUrl'), PHONE, { phone: true });
  });
  afterAll(async () => {
    await visitor?.context.close();
    await browser?.close();
  });

  it('browses the landing, a search without diacritics, a startup, an event, and signs up', async () => {
    const { page, pageErrors } = visitor;

    // The landing page of Lạng Sơn's portal: its own title, the figures and the next events.
    await page.goto('/?province=lang-son');
    expect(await page.title()).toBe('Khởi nghiệp Lạng Sơn — KếtNối');
    await page.getByRole('heading', { level: 1, name: 'Kết nối khởi nghiệp với đúng người hỗ trợ' }).waitFor();
    await page.getByText('Cổng khởi nghiệp Lạng Sơn').waitFor();
    const upcoming = page.getByRole('region', { name: 'Sự kiện sắp tới' });
    const eventLink = upcoming.getByRole('listitem').first().getByRole('link');
    await eventLink.waitFor();
    const eventTitle = (await eventLink.textContent())!.trim();
    const eventPath = (await eventLink.getAttribute('href'))!;
    expect(eventTitle.length).toBeGreaterThan(0);
    expect(eventPath).toMatch(/^\/events\/[^/]+$/);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'portal-landing-phone');
    await scrollToTop(upcoming);
    await screenshot(page, 'portal-landing-events-phone');

    // Words typed without diacritics find the honey cooperative; a visitor opens its public page.
    await page.getByRole('searchbox', { name: 'Tìm dự án, sản phẩm, chuyên gia' }).fill('mat ong chanh rung');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'mat ong chanh rung');
    const hit = page.getByRole('link', { name: HONEY });
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/p\/[^/]+$/);

    // The startup's page: name, logo and a product photo, all loaded; no contact details.
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${HONEY}`) }).waitFor();
    expect(await page.title()).toBe(`${HONEY} — KếtNối`);
    expect(await loadedWidth(page.locator('.showcase-head img.logo'))).toBeGreaterThan(0);
    const products = page.getByRole('region', { name: 'Sản phẩm' });
    const photo = products.getByRole('img').first();
    expect(await loadedWidth(photo)).toBeGreaterThan(0);
    expect(await page.locator('a[href^="tel:"], a[href^="mailto:"]').count()).toBe(0);
    await screenshot(page, 'portal-startup-phone');
    await scrollToTop(products);
    await screenshot(page, 'portal-startup-products-phone');
    const profilePath = new URL(page.url()).pathname;

    // The event as a shared link opens it: the server's HTML names the event, the page shows it.
    await page.goto(eventPath);
    expect(await page.title()).toBe(`${eventTitle} — KếtNối`);
    await page.getByRole('heading', { level: 1, name: eventTitle }).waitFor();
    await screenshot(page, 'portal-event-phone');

    // Back on the startup's page, the visitor signs up to be introduced.
    await page.goto(profilePath);
    await page.getByText(`Muốn hợp tác, hỗ trợ hoặc đầu tư vào ${HONEY}?`, { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Đăng ký miễn phí' }).click();
    await fillSignUp(page, {
      role: 'investor',
      name: 'Hoàng Minh Quân',
      email: 'quan.portal-visitor@example.vn',
      password: 'dau-tu-mat-ong-2026',
      provinceName: 'Lạng Sơn',
    });
    await screenshot(page, 'portal-signup-phone');
    await submitSignUp(page);

    expect(pageErrors).toEqual([]);
  });
});
