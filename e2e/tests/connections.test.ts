// Issue 14 items 19–21 in a real browser, on the demo dataset, as the people who tripped over them:
//   an expert opens the need of an accepted intro that is now in progress (item 19);
//   an investor's top suggestion is a startup whose request waits for the investor: the card says
//     so, staff approve it, and the investor answers it on the card and gets the conversation (item 20);
//   the consultation they schedule (at a working hour, not 20:00) cannot be completed before it
//     starts, and the page says why (items 21–22).
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, screenshot, scrollToTop } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import { DEMO_PASSWORD, signIn, STAFF_LANG_SON } from '../lib/flows.js';

const demo = (key: string) => `${key}@demo.ketnoi.vn`;
const IOT = 'XứLạng IoT – thiết bị điều khiển qua Internet';

describe('connections: the need behind an intro, a waiting request on a suggestion, an outcome too early', () => {
  const pages = useBrowser();

  it('item 19: the expert opens the need of an accepted intro once it is in progress', async () => {
    const expert = await pages.open(PHONE);
    await signIn(expert.page, demo('can-bo-shtt-lang-son'), DEMO_PASSWORD);
    await expert.page.goto('/intros');
    const card = expert.page.locator('[data-testid="intro"][data-status="accepted"]').filter({ hasText: 'Mật ong chanh rừng' });
    await card.getByRole('link', { name: 'Về nhu cầu' }).click();
    await expert.page.waitForURL('**/needs/*');
    const heading = expert.page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/nhãn hiệu/i);
    await expert.page.getByText('Đang xử lý').first().waitFor();
    expect(await expert.page.getByText('Không tìm thấy').count()).toBe(0);
    // Connected over it: the conversation, not another request.
    await expert.page.getByRole('link', { name: 'Nhắn tin' }).waitFor();
    expect(await expert.page.getByRole('button', { name: 'Xin giới thiệu' }).count()).toBe(0);
    expect(await expert.page.title()).toBe('Nhu cầu — KếtNối');
    await screenshot(expert.page, 'expert-need-in-progress-phone');
    expect(expert.pageErrors).toEqual([]);
  });

  it('item 20: a waiting request from the top suggestion is answered on its card', async () => {
    const investor = await pages.open(PHONE);
    await signIn(investor.page, demo('clb-dau-tu-lang-son'), DEMO_PASSWORD);
    await investor.page.goto('/suggestions');
    const card = investor.page.getByTestId('match').filter({ has: investor.page.getByRole('heading', { name: IOT }) });
    // Lạng Sơn has staff approve intros to investors first: the card says so instead of offering a second request.
    await card.getByText(`Đã có lời đề nghị giữa bạn và ${IOT}, đang chờ cán bộ tỉnh duyệt.`).waitFor();
    expect(await card.getByRole('button', { name: 'Xin giới thiệu' }).count()).toBe(0);

    const staff = await pages.open(DESKTOP);
    await signIn(staff.page, STAFF_LANG_SON, DEMO_PASSWORD);
    const waiting = staff.page.locator('[data-testid="intro"][data-status="pending_staff"]').filter({ hasText: 'XứLạng IoT' });
    await waiting.getByRole('button', { name: 'Duyệt', exact: true }).click();
    // Approved, it leaves the staff queue and waits for the investor.
    await waiting.waitFor({ state: 'detached' });

    await investor.page.reload();
    await card.getByText(`${IOT} đã gửi lời đề nghị kết nối tới bạn. Hãy trả lời:`).waitFor();
    await card.getByText('cần vốn mồi để sản xuất thử 100 bộ', { exact: false }).waitFor();
    await scrollToTop(card.getByText(`${IOT} đã gửi lời đề nghị kết nối tới bạn. Hãy trả lời:`));
    await screenshot(investor.page, 'investor-suggestion-answer-phone');

    await card.getByRole('button', { name: 'Đồng ý kết nối' }).click();
    await card.getByRole('link', { name: 'Nhắn tin' }).waitFor();
    await card.getByText(`Bạn và ${IOT} đã kết nối.`).waitFor();
    await scrollToTop(card.getByText(`Bạn và ${IOT} đã kết nối.`));
    await screenshot(investor.page, 'investor-suggestion-connected-phone');
    expect(investor.pageErrors).toEqual([]);
    expect(staff.pageErrors).toEqual([]);
  });

  it('items 21–22: a meeting proposed at a working hour cannot be completed before it starts, and says why', async () => {
    const investor = await pages.open(PHONE);
    await signIn(investor.page, demo('clb-dau-tu-lang-son'), DEMO_PASSWORD);
    await investor.page.goto('/suggestions');
    const card = investor.page.getByTestId('match').filter({ has: investor.page.getByRole('heading', { name: IOT }) });
    await card.getByRole('link', { name: 'Đặt lịch tư vấn' }).click();
    await investor.page.getByRole('heading', { name: 'Đặt lịch tư vấn' }).waitFor();
    const start = await investor.page.getByLabel('Bắt đầu').inputValue();
    const [hour, minute] = start.slice(11).split(':').map(Number) as [number, number];
    expect(hour * 60 + minute).toBeGreaterThanOrEqual(8 * 60);
    expect(hour * 60 + minute).toBeLessThan(17 * 60);
    // A weekday (noon of that Vietnam date, read in UTC, is the same date).
    expect([0, 6]).not.toContain(new Date(`${start.slice(0, 10)}T12:00:00+07:00`).getUTCDay());
    await investor.page.getByRole('button', { name: 'Đặt lịch', exact: true }).click();

    const consultation = investor.page.getByTestId('consultation').filter({ hasText: 'XứLạng IoT' });
    await consultation.waitFor();
    const complete = consultation.getByRole('button', { name: 'Ghi nhận kết quả' });
    expect(await complete.isDisabled()).toBe(true);
    await consultation.getByText('Có thể ghi nhận kết quả sau khi buổi bắt đầu', { exact: false }).waitFor();
    await scrollToTop(consultation);
    await screenshot(investor.page, 'consultation-not-started-phone');
    expect(investor.pageErrors).toEqual([]);
  });
});
