// An idea competition from entry to published results, on the demo's Lạng Sơn startup day:
//   the founder of the star-anise oil workshop (phone) finds the open call and submits an entry;
//   Lương Văn Đức, a judge (desk screen, then a tablet), scores it on every criterion;
//   the Lạng Sơn staff officer checks each judge's progress and publishes the results;
//   a visitor (signed out) reads the ranks, and the founder follows the notification to them.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot, scrollToTop } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import { DEMO_PASSWORD, signIn, STAFF_LANG_SON } from '../lib/flows.js';

const FOUNDER = 'tinh-dau-hoi-van-quan@demo.ketnoi.vn';
const JUDGE = 'chuyen-gia-tieu-chuan-lang-son@demo.ketnoi.vn'; // Lương Văn Đức
const TABLET = { width: 820, height: 1180 } as const;
const TITLE = 'Tinh dầu hồi Văn Quan chưng cất hơi nước, đóng chai cho spa';
/** The rubric of the demo call: points equal weights (25 + 30 + 20 + 15 + 10), so the total is their sum. */
const SCORES: [string, number][] = [
  ['Tính mới, sáng tạo', 21],
  ['Khả năng thương mại hoá', 26],
  ['Năng lực đội ngũ', 16],
  ['Tác động xã hội', 13],
  ['Chất lượng hồ sơ, trình bày', 8],
];
const TOTAL = SCORES.reduce((sum, [, points]) => sum + points, 0); // 84

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

interface PublicResults {
  items: { entry: { id: string; title: string }; rank: number | null; total: number | null }[];
}

describe('an idea competition: enter on a phone, score at a desk, publish, read the ranks', () => {
  let baseUrl: string;
  const pages = useBrowser();
  let eventId = '';

  beforeAll(async () => {
    baseUrl = inject('baseUrl');
  });

  it('takes an entry, a score, a publication, and shows the ranks to anyone', async () => {
    const founder = await pages.open(PHONE);
    const judge = await pages.open(DESKTOP);
    const staff = await pages.open(DESKTOP);
    const visitor = await pages.open(PHONE);
    const f = founder.page;

    // ── The founder finds the open call and enters from her phone ──
    await signIn(f, FOUNDER, DEMO_PASSWORD);
    await f.goto('/calls');
    await f.getByRole('heading', { level: 1, name: 'Cuộc thi, kêu gọi hồ sơ' }).waitFor();
    const card = f.getByRole('listitem').filter({ hasText: 'Ngày hội khởi nghiệp' }).first();
    await card.getByRole('link', { name: 'Xem thể lệ và nộp hồ sơ' }).click();
    await f.waitForURL(/\/events\/[^/]+\/call$/);
    eventId = new URL(f.url()).pathname.split('/')[2]!;
    const form = f.getByRole('form', { name: 'Nộp hồ sơ dự thi' });
    await form.getByLabel(/^Tên ý tưởng, dự án/).fill(TITLE);
    await form
      .getByLabel(/^Tóm tắt/)
      .fill('Tinh dầu hồi nguyên chất từ vườn hồi Văn Quan, chai 10 ml có tem truy xuất, bán cho spa và khách sạn.');
    await form.getByRole('radio', { name: 'Nông nghiệp, thực phẩm, OCOP' }).check();
    await form.getByRole('radio', { name: 'Đã có doanh thu' }).check();
    await form.getByLabel(/^Ý tưởng giải quyết vấn đề gì/).fill('Hồi bán khô giá thấp; tinh dầu đạt chuẩn thì lãi gấp ba.');
    await form.getByLabel(/^Khách hàng là ai/).fill('Spa, khách sạn ở Hà Nội và Hạ Long; bán qua đại lý.');
    await form.getByLabel(/^Số thành viên nhóm/).fill('4');
    expect(await fitsWidth(f)).toBe(true);
    await scrollToTop(form);
    await screenshot(f, 'call-entry-phone');
    await form.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await f.getByText('Đã nộp hồ sơ dự thi. Ban tổ chức đã nhận được.').waitFor();
    await f.getByRole('form', { name: 'Hồ sơ dự thi của bạn' }).waitFor();

    // ── A judge scores it at a desk ──
    const j = judge.page;
    await signIn(j, JUDGE, DEMO_PASSWORD);
    await j.goto(`/events/${eventId}/judging`);
    await j.getByRole('heading', { level: 1, name: 'Phiếu chấm điểm' }).waitFor();
    await j
      .getByRole('navigation', { name: 'Danh sách bài dự thi' })
      .getByRole('button', { name: new RegExp(TITLE) })
      .click();
    const sheet = j.getByRole('form', { name: `Chấm điểm: ${TITLE}` });
    for (const [criterion, points] of SCORES) await sheet.getByLabel(criterion, { exact: true }).fill(String(points));
    await sheet.getByText(`${TOTAL} / 100`).waitFor();
    await sheet.getByLabel('Nhận xét').fill('Sản phẩm rõ khách hàng; cần phiếu kiểm nghiệm thành phần.');
    await scrollToTop(sheet);
    await screenshot(j, 'judging-sheet-desktop');
    await sheet.getByRole('button', { name: 'Lưu điểm' }).click();
    await sheet.getByText('Đã lưu điểm.').waitFor();
    const listed = j.getByRole('navigation', { name: 'Danh sách bài dự thi' }).getByRole('button', { name: new RegExp(TITLE) });
    await expect.poll(() => listed.textContent()).toContain(String(TOTAL));
    // The same sheet on a tablet held upright: one column, thumb-sized steppers.
    await j.setViewportSize(TABLET);
    await listed.click();
    await j.getByRole('form', { name: `Chấm điểm: ${TITLE}` }).waitFor();
    expect(await fitsWidth(j)).toBe(true);
    await scrollToTop(j.getByRole('form', { name: `Chấm điểm: ${TITLE}` }));
    await screenshot(j, 'judging-sheet-tablet');

    // ── The organiser checks the jury's progress, then publishes ──
    const s = staff.page;
    await signIn(s, STAFF_LANG_SON, DEMO_PASSWORD);
    await s.goto(`/events/${eventId}/call/manage`);
    await s.getByRole('tab', { name: 'Tiến độ chấm' }).click();
    const duc = s.getByTestId('judge-progress').filter({ hasText: 'Lương Văn Đức' });
    await duc.waitFor();
    await expect.poll(() => duc.textContent()).toMatch(/Đã chấm \d+\/\d+/);
    await screenshot(s, 'call-progress-desktop');
    await s.goto(`/events/${eventId}/results`);
    await s.getByText('Bản xem trước cho ban tổ chức và giám khảo: kết quả chưa công bố.').waitFor();
    await s.getByRole('button', { name: 'Công bố kết quả' }).click();
    await s.getByRole('button', { name: 'Công bố ngay' }).click();
    await s.getByText(/^Công bố lúc/).waitFor();

    // ── Anyone reads the ranks ──
    const v = visitor.page;
    await v.goto(`/events/${eventId}/results`);
    await v.getByRole('heading', { level: 1, name: 'Kết quả chấm thi' }).waitFor();
    const rows = v.getByTestId('result-row');
    await rows.first().waitFor();
    const published = (await (await fetch(`${baseUrl}/api/events/${eventId}/results`)).json()) as PublicResults;
    expect(await rows.count()).toBe(published.items.length);
    const ranks = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent!.replace(/\D+/g, '')));
    expect(ranks).toEqual(published.items.map((i) => (i.rank === null ? '' : String(i.rank))));
    const mine = published.items.find((i) => i.entry.title === TITLE)!;
    expect(mine.total).toBe(TOTAL); // the only judge to score it so far
    const myRow = rows.filter({ hasText: TITLE });
    expect(await myRow.getByRole('cell').nth(1).textContent()).toBe(String(TOTAL));
    await expect.poll(() => v.getByText('đồng hạng').count()).toBeGreaterThan(0); // the demo's tie
    await screenshot(v, 'call-results-phone');
    expect(await v.getByRole('link', { name: /CSV/ }).count()).toBe(0);

    // ── The founder follows the notification to the results ──
    await f.goto('/notifications');
    await f.getByText('Cuộc thi bạn tham gia đã có kết quả').click();
    await f.waitForURL(`**/events/${eventId}/results`);
    await f.getByRole('row', { name: new RegExp(TITLE) }).waitFor();

    for (const { pageErrors } of pages.opened) expect(pageErrors).toEqual([]);
  });
});
