// Issue 14 item 22 in a real browser, on the demo dataset: what people noticed first, each checked
// where they noticed it, with a picture at phone (390×844) or desk (1280×800) size.
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, screenshot, scrollToTop, type OpenPage } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import { DEMO_PASSWORD, signIn, STAFF_LANG_SON } from '../lib/flows.js';

const demo = (key: string) => `${key}@demo.ketnoi.vn`;

/** A Vietnam date (YYYY-MM-DD) `weeks` weeks ahead on `weekday` (1 = Monday … 7 = Sunday). */
function aheadOn(weekday: number, weeks = 3): string {
  const today = new Date(Date.now() + 7 * 3_600_000);
  const day = ((today.getUTCDay() + 6) % 7) + 1;
  const date = new Date(today.getTime() + ((weekday - day + 7) % 7) * 86_400_000 + weeks * 7 * 86_400_000);
  return date.toISOString().slice(0, 10);
}

describe('what users tripped over, role by role', () => {
  const pages = useBrowser();
  const as = async (key: string | null, viewport: typeof PHONE | typeof DESKTOP) => {
    const opened = await pages.open(viewport);
    if (key) await signIn(opened.page, key.includes('@') ? key : demo(key), DEMO_PASSWORD);
    return opened;
  };

  it('the reason of a decline reaches the requester, on the card and in the notification', async () => {
    const { page, pageErrors } = await as('may-tre-binh-gia', PHONE);
    await page.goto('/intros?box=outgoing');
    const card = page.locator('[data-testid="intro"][data-status="declined"]');
    await card.getByText('Lý do từ chối: Đang kín lịch đến cuối quý, xin giới thiệu lại sau.').waitFor();
    await scrollToTop(card);
    await screenshot(page, 'intro-decline-reason-phone');
    await page.goto('/notifications');
    await page.getByTestId('notification').filter({ hasText: 'Lý do từ chối: Đang kín lịch' }).waitFor();
    expect(await page.title()).toBe('Thông báo — KếtNối');
    expect(pageErrors).toEqual([]);
  });

  it('a brokered chat names the staff member and their office; on a phone the message box stays above the navigation', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, pageErrors } = await as('thach-den-hong-nhung', viewport);
      await page.goto('/chat');
      await page.getByTestId('conversation').filter({ hasText: 'Happy Mart' }).click();
      const heading = page.getByRole('heading', { level: 2 }).filter({ hasText: 'Happy Mart' });
      await heading.waitFor();
      expect(await heading.textContent()).toContain('Hoàng Minh Tuấn (Sở KH&CN Lạng Sơn) (Cán bộ tỉnh · Lạng Sơn)');
      expect(await page.getByText('(hồ sơ không xem được)').count()).toBe(0);
      const box = page.getByRole('textbox', { name: 'Tin nhắn' });
      for (let i = 1; i <= 8; i++) {
        await box.fill(`Em gửi bổ sung giấy tờ, phần ${i}.`);
        await page.getByRole('button', { name: 'Gửi', exact: true }).click();
      }
      await page.getByText('Em gửi bổ sung giấy tờ, phần 8.').last().waitFor();
      const composer = (await box.boundingBox())!;
      // On a phone the open conversation has the bottom bar's room (no bar there): the box is on screen either way.
      expect(await page.locator('.bottomnav').count()).toBe(0);
      expect(composer.y + composer.height).toBeLessThanOrEqual((viewport === PHONE ? PHONE : DESKTOP).height);
      await screenshot(page, `chat-brokered-${viewport === PHONE ? 'phone' : 'desktop'}`);
      expect(pageErrors).toEqual([]);
    }
  });

  it('search finds the startups of a merged province by its old name; on a phone results come before filters', async () => {
    const phone = await as('mien-ngo-thuan-anh', PHONE);
    await phone.page.goto('/search?q=quang%20nam');
    const first = phone.page.getByRole('link', { name: /Tây Giang|Đông Giang/ }).first();
    await first.waitFor();
    await phone.page.getByText('“quang nam” nay thuộc Đà Nẵng (từ 1/7/2025): đang tìm theo Đà Nẵng.').waitFor();
    const filters = phone.page.locator('details.search-filters');
    expect(await filters.getAttribute('open')).toBeNull();
    // The first result starts on the first screen, under the search box and the filters' button.
    const topResult = phone.page.locator('.search-results .list > li').first();
    expect((await topResult.boundingBox())!.y).toBeLessThan(PHONE.height / 2);
    const provinces = await phone.page.locator('.search-results .eyebrow').allTextContents();
    expect(provinces.filter((p) => p.includes('ĐÀ NẴNG') || p.includes('Đà Nẵng')).length).toBeGreaterThanOrEqual(4);
    expect(await phone.page.title()).toBe('quang nam — Tìm kiếm — KếtNối');
    await screenshot(phone.page, 'search-old-province-phone');
    await phone.page.getByText('Bộ lọc').click();
    expect(await filters.getAttribute('open')).not.toBeNull();

    const desk = await as('mien-ngo-thuan-anh', DESKTOP);
    await desk.page.goto('/search?q=mat%20ong');
    await desk.page.getByRole('group', { name: 'Tỉnh, thành phố' }).waitFor();
    expect(await desk.page.locator('details.search-filters').getAttribute('open')).not.toBeNull();
    await screenshot(desk.page, 'search-filters-desktop');
    expect([...phone.pageErrors, ...desk.pageErrors]).toEqual([]);
  });

  it('a founder moves her call with the expert to another time on a phone; the expert sees it without reloading', async () => {
    const expert = await as('can-bo-shtt-lang-son', DESKTOP);
    await expert.page.goto('/consultations');
    const expertCard = expert.page.getByTestId('consultation').filter({ hasText: 'Mật ong chanh rừng' });
    await expertCard.waitFor();

    const founder = await as('mat-ong-chi-lang', PHONE);
    await founder.page.goto('/consultations');
    const card = founder.page.getByTestId('consultation').filter({ hasText: 'Hoàng Thị Thanh' });
    await card.getByRole('button', { name: 'Đổi giờ' }).click();
    const day = aheadOn(3, 1); // a Wednesday, next week
    await card.getByLabel(/Giờ bắt đầu mới/).fill(`${day}T14:30`);
    await scrollToTop(card);
    await screenshot(founder.page, 'consultation-reschedule-phone');
    await card.getByRole('button', { name: 'Lưu giờ mới' }).click();
    const [y, m, d] = day.split('-');
    // The call keeps its 45 minutes.
    const moved = `14:30 ${d}/${m}/${y} – 15:15`;
    await card.getByText(moved).waitFor();
    expect(await card.getByRole('button', { name: 'Lưu giờ mới' }).count()).toBe(0);

    // The expert's open page follows the notification that arrives over the socket.
    await expertCard.getByText(moved).waitFor();
    expect([...founder.pageErrors, ...expert.pageErrors]).toEqual([]);
  });

  it('a booking starts at the resource’s next opening, refuses a Sunday, and says when a double booking overlaps', async () => {
    const { page, pageErrors } = await as('tumany', PHONE);
    const form = async (resource: string) => {
      await page.goto('/consultations');
      await page.getByRole('button', { name: 'Đặt lịch mới' }).click();
      await page.getByRole('button', { name: /Không gian làm việc chung/ }).click();
      await page.getByLabel('Nguồn lực đặt').selectOption(resource);
    };
    await form('Phòng họp nhỏ');
    const start = await page.getByLabel('Bắt đầu').inputValue();
    const minutes = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16));
    expect(minutes).toBeGreaterThanOrEqual(7 * 60 + 30);
    expect(minutes).toBeLessThan(17 * 60);
    expect(await page.getByText('Giờ mở cửa: T2–T6 07:30–11:30, 13:30–17:00').count()).toBe(1);

    const sunday = aheadOn(7);
    await page.getByLabel('Bắt đầu').fill(`${sunday}T09:00`);
    await page.getByLabel('Kết thúc').fill(`${sunday}T10:00`);
    await page.getByRole('button', { name: 'Đặt chỗ' }).click();
    await page.getByText('Phòng họp nhỏ chỉ nhận đặt chỗ trong giờ mở cửa', { exact: false }).waitFor();
    await scrollToTop(page.getByRole('heading', { name: /Đặt chỗ tại/ }));
    await screenshot(page, 'booking-opening-hours-phone');

    const monday = aheadOn(1);
    for (const attempt of [1, 2]) {
      if (attempt === 2) await form('Hội trường tầng 2');
      else await page.getByLabel('Nguồn lực đặt').selectOption('Hội trường tầng 2');
      await page.getByLabel('Bắt đầu').fill(`${monday}T08:00`);
      await page.getByLabel('Kết thúc').fill(`${monday}T11:00`);
      await page.getByRole('button', { name: 'Đặt chỗ' }).click();
      if (attempt === 1) await page.getByTestId('consultation').filter({ hasText: 'Hội trường tầng 2' }).first().waitFor();
    }
    const [y, m, d] = monday.split('-');
    await page
      .getByRole('alert')
      .filter({ hasText: `Hội trường tầng 2 đã kín lịch từ 08:00 ${d}/${m}/${y} đến 11:00 ${d}/${m}/${y}.` })
      .waitFor();
    await screenshot(page, 'booking-double-phone');
    expect(pageErrors).toEqual([]);
  });

  it('money reads “50tr” as fifty million and refuses what it cannot read', async () => {
    const { page, pageErrors } = await as('clb-dau-tu-lang-son', DESKTOP);
    await page.goto('/profile');
    await page.getByLabel(/^Tối thiểu/).fill('50tr');
    await page.getByText(/^= 50\.000\.000\s₫$/).waitFor();
    await page.getByLabel(/^Tối đa/).fill('năm chục triệu');
    await page.getByText('Không đọc được số tiền này', { exact: false }).first().waitFor();
    await scrollToTop(page.getByRole('group', { name: /Quy mô đầu tư/ }));
    await screenshot(page, 'money-field-desktop');
    expect(pageErrors).toEqual([]);
  });

  it('reports say what each figure counts, mark a bad period, and draw charts that read', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, pageErrors } = await as(STAFF_LANG_SON, viewport);
      await page.goto('/staff/reports');
      const table = page.getByRole('table', { name: 'Lời giới thiệu theo trạng thái' });
      await table.waitFor();
      expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Trạng thái', 'Chuyển sang trong kỳ', 'Cuối kỳ']);
      await page.getByText('Lời giới thiệu được gửi trong kỳ').waitFor();
      await page.getByRole('img', { name: /trên 5 sao$/ }).waitFor();
      expect(await page.title()).toBe('Báo cáo — KếtNối');
      if (viewport === DESKTOP) {
        await screenshot(page, 'staff-reports-labels-desktop');
        await scrollToTop(table);
        await screenshot(page, 'staff-reports-status-desktop');
        await page.getByLabel('Đến ngày').fill('2020-01-01');
        await page.getByText('Ngày kết thúc phải từ ngày bắt đầu trở đi.').waitFor();
        expect(await page.getByText('Vui lòng kiểm tra lại các ô được đánh dấu.').count()).toBe(0);
      } else {
        await scrollToTop(page.locator('figcaption', { hasText: 'Nhu cầu theo nhóm' }));
        await screenshot(page, 'staff-reports-charts-phone');
      }
      expect(pageErrors).toEqual([]);
    }
  });

  it('staff see stale needs in the queue, and verifying without a note marks the note', async () => {
    const staff = await as(STAFF_LANG_SON, DESKTOP);
    const { page, pageErrors } = staff;
    await page.goto('/staff');
    const stale = page.locator('.queue__section').filter({ has: page.getByRole('heading', { name: /Nhu cầu chưa có ai nhận/ }) });
    await stale.getByRole('listitem').first().waitFor();
    await scrollToTop(stale);
    await screenshot(page, 'staff-stale-needs-desktop');
    expect(pageErrors).toEqual([]);

    // The demo's newly joined Lạng Sơn trainer waits on the staff's verification page.
    await page.goto('/staff/verify');
    await page.getByRole('link', { name: 'Hoàng Văn Tùng – Bán hàng trực tuyến cho nông sản' }).waitFor();
    await verifyWithoutNote(staff);
  });

  async function verifyWithoutNote({ page, pageErrors }: OpenPage) {
    const row = page
      .locator('li.list__item')
      .filter({ has: page.getByRole('button', { name: 'Xác minh', exact: true }) })
      .first();
    await row.getByRole('button', { name: 'Xác minh', exact: true }).click();
    const note = row.getByLabel('Ghi chú (số chứng chỉ…)');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await row.getByText('Ghi rõ đã kiểm tra gì', { exact: false }).waitFor();
    expect(await page.getByText('Vui lòng kiểm tra lại các ô được đánh dấu.').count()).toBe(0);
    await scrollToTop(row);
    await screenshot(page, 'verify-note-marked-desktop');
    expect(pageErrors).toEqual([]);
  }

  it('a founder edits a need, withdraws it and reopens it', async () => {
    const { page, pageErrors } = await as('mien-ngo-thuan-anh', PHONE);
    await page.goto('/needs');
    await page.getByRole('link', { name: 'Cải tiến máy sấy miến ngô' }).click();
    await page.getByRole('button', { name: 'Sửa nhu cầu' }).click();
    const title = page.getByLabel(/Tóm tắt nhu cầu/);
    await title.fill('Cải tiến máy sấy để sợi miến không gãy');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cải tiến máy sấy để sợi miến không gãy' }).waitFor();
    await page.getByRole('button', { name: 'Rút nhu cầu' }).click();
    await page.getByRole('heading', { name: 'Rút nhu cầu này?' }).waitFor();
    await screenshot(page, 'need-withdraw-phone');
    await page.getByRole('button', { name: 'Rút nhu cầu' }).click();
    await page.getByRole('button', { name: 'Mở lại nhu cầu' }).waitFor();
    await page.getByText('Đã đóng').first().waitFor();
    await page.getByRole('button', { name: 'Mở lại nhu cầu' }).click();
    await page.getByRole('button', { name: 'Rút nhu cầu' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('admins find accounts, suspend one (it cannot sign in), lift it, mail a reset link; the audit log reads in words', async () => {
    const { page, pageErrors } = await as('admin', DESKTOP);
    await page.goto('/admin');
    await page.getByLabel('Tìm theo tên hoặc email').fill('cho phien');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = page.getByTestId('user').filter({ hasText: 'cho-phien-so@demo.ketnoi.vn' });
    await row.waitFor();
    expect(await page.getByTestId('user').count()).toBe(1);
    await row.getByRole('button', { name: 'Tạm khoá' }).click();
    await row.getByLabel('Lý do (lưu trong nhật ký hệ thống)').fill('Kiểm tra thông tin doanh nghiệp');
    await row.getByRole('button', { name: 'Xác nhận tạm khoá' }).click();
    await row.getByText('Đang tạm khoá').waitFor();
    expect(await page.title()).toBe('Tài khoản — KếtNối');
    await screenshot(page, 'admin-users-desktop');

    const refused = await as(null, PHONE);
    await refused.page.goto('/signin');
    await refused.page.getByLabel('Email').fill(demo('cho-phien-so'));
    await refused.page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await refused.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await refused.page.getByText('Tài khoản này đang bị tạm khoá. Hãy liên hệ quản trị viên KếtNối.').waitFor();

    await row.getByRole('button', { name: 'Mở khoá' }).click();
    await row.getByText('Đang hoạt động').waitFor();
    await row.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
    await row.getByText(`Đã gửi liên kết đặt lại mật khẩu tới ${demo('cho-phien-so')}.`, { exact: false }).waitFor();

    const log = page.getByTestId('audit-entry');
    await log.filter({ hasText: 'Tạm khoá tài khoản' }).first().waitFor();
    await log.filter({ hasText: 'Gửi liên kết đặt lại mật khẩu' }).first().waitFor();
    for (const text of await log.allTextContents()) expect(text).not.toMatch(/status_changed|account\.|profile\.verified|\bpending\b/);
    await scrollToTop(page.getByRole('heading', { name: 'Nhật ký hệ thống' }));
    await screenshot(page, 'admin-audit-desktop');

    const phone = await as('admin', PHONE);
    await phone.page.goto('/admin');
    await phone.page.getByTestId('user').first().waitFor();
    await screenshot(phone.page, 'admin-users-phone');
    expect([...pageErrors, ...refused.pageErrors, ...phone.pageErrors]).toEqual([]);
  });
});
