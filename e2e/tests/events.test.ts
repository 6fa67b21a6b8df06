// An event from the organiser's desk to the door:
//   Lạng Sơn's staff create and publish a startup day with one-to-one meetings (the region's
//   overlapping events are shown while the form is filled); the trademark expert registers from
//   her desk; the honey cooperative's founder, on a phone, finds the event in the public calendar,
//   signs in from it, registers, gets a ticket with a QR code and asks the expert for a meeting; the expert accepts
//   and the founder's agenda shows the slot and table without a reload; at the door the staff type
//   the ticket's code on a phone and the founder is checked in; the staff re-plan the meetings and see the
//   board of slots × tables.
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, screenshot, scrollToTop } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import { DEMO_PASSWORD, markDocument, signIn, STAFF_LANG_SON, stillSamePage } from '../lib/flows.js';

const FOUNDER = 'mat-ong-chi-lang@demo.ketnoi.vn';
const COOPERATIVE = 'Mật ong chanh rừng Chi Lăng';
const EXPERT = 'can-bo-shtt-lang-son@demo.ketnoi.vn';
const EXPERT_NAME = 'Hoàng Thị Thanh – Hỗ trợ sở hữu trí tuệ';
const TITLE = 'Cà phê khởi nghiệp: gặp chuyên gia nhãn hiệu (e2e)';
const REQUEST = 'Chị ơi, em muốn hỏi về gia hạn nhãn hiệu mật ong.';

/** `YYYY-MM-DD` in Vietnam, `days` from now: the form's datetime-local fields are Vietnam time. */
function vietnamDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

describe('an event: published, registered for on a phone, a meeting accepted live, checked in, re-planned', () => {
  const pages = useBrowser();

  it('walks the event from the organiser to the door', async () => {
    const staff = await pages.open(DESKTOP);
    const expert = await pages.open(DESKTOP);
    const founder = await pages.open(PHONE);
    const s = staff.page;
    const e = expert.page;
    const f = founder.page;
    const day = vietnamDay(10);

    // ── The organiser creates the event and publishes it ──
    await signIn(s, STAFF_LANG_SON, DEMO_PASSWORD);
    await s.goto('/events');
    await s.getByRole('link', { name: 'Tạo sự kiện' }).click();
    await s.getByRole('heading', { level: 1, name: 'Tạo sự kiện' }).waitFor();
    await s.getByLabel('Loại sự kiện').selectOption({ label: 'Ngày hội khởi nghiệp' });
    await s.getByLabel('Tên sự kiện').fill(TITLE);
    await s.getByRole('button', { name: 'Đăng ký nhãn hiệu, sở hữu trí tuệ' }).click();
    await s.getByLabel('Bắt đầu').fill(`${day}T08:00`);
    await s.getByLabel('Kết thúc').fill(`${day}T12:00`);
    // The demo's Lạng Sơn startup day two days later shares the kind and a topic.
    const overlaps = s.getByTestId('overlaps');
    await overlaps.getByRole('link', { name: /Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn 2026/ }).waitFor();
    await s.getByLabel('Địa điểm').fill('Không gian khởi nghiệp Sở KH&CN Lạng Sơn');
    await s.getByLabel('Số chỗ').fill('40');
    await s.getByLabel('Có gặp 1-1 (xếp lịch theo giờ và bàn)').check();
    await s.getByLabel('Từ', { exact: true }).fill(`${day}T09:00`);
    await s.getByLabel('Đến', { exact: true }).fill(`${day}T10:30`);
    await s.getByLabel('Mỗi lượt (phút)').fill('30');
    await s.getByLabel('Số bàn').fill('3');
    await scrollToTop(overlaps);
    await screenshot(s, 'event-new-overlaps-desktop');
    await s.getByRole('button', { name: 'Đăng lên lịch' }).click();
    await s.getByRole('heading', { name: 'Đã đăng sự kiện lên lịch' }).waitFor();
    const eventPath = await s.getByRole('link', { name: 'Xem trang sự kiện' }).getAttribute('href');
    expect(eventPath).toMatch(/^\/events\/[^/]+$/);

    // ── The expert registers from her desk ──
    await signIn(e, EXPERT, DEMO_PASSWORD);
    await e.goto(eventPath!);
    await e.getByRole('button', { name: 'Đăng ký tham dự' }).click();
    await e.getByTestId('ticket').waitFor();

    // ── The founder, on a phone and not yet signed in, finds it in the calendar ──
    await f.goto('/');
    await f.getByRole('link', { name: 'Xem lịch sự kiện khởi nghiệp của các tỉnh, không cần đăng nhập' }).click();
    await f.getByRole('heading', { level: 1, name: 'Lịch sự kiện' }).waitFor();
    const card = f.getByTestId('event-card').filter({ hasText: TITLE });
    await card.waitFor();
    await screenshot(f, 'events-calendar-phone');
    await card.getByRole('link', { name: TITLE }).click();
    await f.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // Signing in to register brings her back to the event.
    await f.getByRole('link', { name: 'Đăng nhập để đăng ký' }).click();
    await f.getByLabel('Email').fill(FOUNDER);
    await f.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await f.getByRole('button', { name: 'Đăng nhập' }).click();
    await f.waitForURL((url) => url.pathname === eventPath);
    await f.getByRole('button', { name: 'Đăng ký tham dự' }).click();
    const ticket = f.getByTestId('ticket');
    await ticket.waitFor();
    await ticket.getByTestId('ticket-qr').locator('svg').waitFor();
    const code = (await ticket.locator('.ticket__code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await scrollToTop(ticket);
    await screenshot(f, 'event-ticket-phone');

    // She asks the expert (in the list of who else is coming) for a meeting.
    const expertRow = f.locator('.participant').filter({ hasText: EXPERT_NAME });
    await expertRow.getByRole('link', { name: 'Mời gặp' }).click();
    await f.getByRole('heading', { name: `Mời ${EXPERT_NAME} gặp 1-1` }).waitFor();
    await f.getByLabel(`Lời nhắn cho ${EXPERT_NAME}`).first().fill(REQUEST);
    await f.getByRole('button', { name: 'Gửi lời mời' }).first().click();
    await f.getByRole('heading', { name: /Bạn đã mời/ }).waitFor();
    await screenshot(f, 'event-meetings-phone');
    await f.getByRole('link', { name: 'Lịch gặp của tôi' }).click();
    await f.getByText('Chưa có cuộc gặp nào trong lịch.').waitFor();
    await markDocument(f);

    // ── The expert accepts at her desk; the slot is given at once ──
    await e.goto(`${eventPath}/meetings`);
    const request = e.getByTestId('meeting').filter({ hasText: REQUEST });
    await request.getByRole('button', { name: 'Nhận lời' }).click();
    await e.getByTestId('meeting').filter({ hasText: '09:00–09:30 · Bàn 1' }).waitFor();

    // ── The founder's agenda shows it without a reload ──
    const row = f.getByTestId('agenda-row');
    await row.filter({ hasText: '09:00–09:30' }).waitFor();
    expect(await row.textContent()).toContain(EXPERT_NAME);
    expect(await stillSamePage(f)).toBe(true);
    await screenshot(f, 'event-agenda-phone');

    // ── At the door, a phone in hand: the staff type the ticket's code ──
    await s.setViewportSize(PHONE);
    await s.goto(`${eventPath}/manage?tab=checkin`);
    await s.getByLabel('Hoặc gõ mã vé').fill(code.toLowerCase());
    await s.getByRole('button', { name: 'Điểm danh', exact: true }).click();
    const result = s.getByTestId('checkin-result');
    await result.filter({ hasText: 'Đã điểm danh' }).waitFor();
    expect(await result.textContent()).toContain(COOPERATIVE);
    await screenshot(s, 'event-checkin-phone');
    await s.setViewportSize(DESKTOP);

    // ── The staff re-plan the meetings and see the board ──
    await s.getByRole('tab', { name: 'Lịch gặp 1-1' }).click();
    await s.getByRole('button', { name: 'Xếp lại toàn bộ lịch' }).click();
    await s.getByTestId('replan-result').filter({ hasText: 'Đã xếp 1 cuộc gặp · 0 chưa có chỗ' }).waitFor();
    const board = s.getByTestId('meeting-board');
    const firstSlot = board.getByRole('row').filter({ has: s.getByRole('rowheader', { name: '09:00' }) });
    expect(await firstSlot.textContent()).toContain(COOPERATIVE);
    expect(await firstSlot.textContent()).toContain(EXPERT_NAME);
    await screenshot(s, 'event-board-desktop');

    // The founder's ticket now says she is in.
    await f.goto(eventPath!);
    await f
      .getByTestId('ticket')
      .getByText(/^Đã điểm danh lúc/)
      .waitFor();

    expect([...staff.pageErrors, ...expert.pageErrors, ...founder.pageErrors]).toEqual([]);
  });
});
