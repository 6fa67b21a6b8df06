// The demo's Lạng Sơn startup day run from the organiser's phone (touch, 390 px wide): the
// competition's console shows all four of its sections without sliding the tabs sideways, and
// at the door every button of the registrant list is a finger's width tall, and needs to tick
// keep their checkboxes whole beside long titles.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, screenshot } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import { DEMO_PASSWORD, signIn, STAFF_LANG_SON } from '../lib/flows.js';

/** The minimum touch target (client/src/styles/base.css --tap). */
const TAP = 44;

interface EventList {
  items: { id: string; kind: string; title: string }[];
}

describe('a startup day on the organiser’s phone', () => {
  const pages = useBrowser();
  let eventId = '';

  beforeAll(async () => {
    const res = await fetch(`${inject('baseUrl')}/api/events?province=lang-son&kind=startup_day`);
    const list = (await res.json()) as EventList;
    eventId = list.items.find((e) => e.title.includes('Lạng Sơn 2026 (demo)'))!.id;
  });

  it('shows every section of the competition’s console, and thumb-sized buttons at the door', async () => {
    const staff = await pages.open(PHONE);
    const s = staff.page;
    await signIn(s, STAFF_LANG_SON, DEMO_PASSWORD);

    // ── The competition's console: four sections, all in sight ──
    await s.goto(`/events/${eventId}/call/manage`);
    const tabs = s.getByRole('tablist', { name: 'Các phần quản lý cuộc thi' });
    await tabs.getByRole('tab', { name: 'Kết quả' }).waitFor();
    const width = await s.evaluate(() => window.innerWidth);
    for (const name of ['Thể lệ và tiêu chí', 'Hồ sơ dự thi', 'Tiến độ chấm', 'Kết quả']) {
      const box = (await tabs.getByRole('tab', { name }).boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(width);
      expect(box.height, name).toBeGreaterThanOrEqual(TAP);
    }
    await screenshot(s, 'call-console-tabs-phone');

    // ── The registrant list at the door ──
    await s.goto(`/events/${eventId}/manage`);
    const list = s.getByRole('table', { name: 'Người đăng ký' });
    await list.getByRole('button', { name: 'Điểm danh' }).first().waitFor();
    const heights = await list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(TAP);
    expect(await s.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await list.getByRole('button', { name: 'Điểm danh' }).first().scrollIntoViewIfNeeded();
    await screenshot(s, 'registrants-phone');

    // ── Needs to tick (the planner's, like an entry's): long titles keep their boxes whole ──
    await s.goto('/staff/planner');
    const needBoxes = s.locator('.checklist input[type=checkbox]');
    await needBoxes.first().waitFor();
    const boxWidths = await needBoxes.evaluateAll((boxes) => boxes.map((b) => b.getBoundingClientRect().width));
    expect(boxWidths.length).toBeGreaterThan(3);
    for (const boxWidth of boxWidths) expect(boxWidth).toBeGreaterThanOrEqual(20);

    for (const { pageErrors } of pages.opened) expect(pageErrors).toEqual([]);
  });
});
