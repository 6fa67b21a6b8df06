// The main journey of the product in a real browser, three people at once:
//   B, an expert in Lạng Sơn (desktop), signs up and waits on the intro inbox;
//   A, a honey cooperative in Lạng Sơn (phone), signs up, writes a need in plain words, confirms
//     the suggested category, sees ranked experts with reasons and asks B for an introduction;
//   B sees the request arrive live and accepts; both chat live (typing, read state);
//   C, the Lạng Sơn staff officer (desktop), sees the province report change.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, screenshot, scrollToTop } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import {
  DEMO_PASSWORD,
  fillSignUp,
  markDocument,
  numberIn,
  saveNewProfile,
  signIn,
  STAFF_LANG_SON,
  stillSamePage,
  submitSignUp,
  type NewAccount,
} from '../lib/flows.js';

const TRADEMARK = 'Đăng ký nhãn hiệu, sở hữu trí tuệ';

const expert: NewAccount = {
  role: 'expert',
  name: 'Lương Thị Ngọc Ánh',
  email: 'ngoc-anh.shtt@example.vn',
  password: 'nhan-hieu-tap-the-2025',
  provinceName: 'Lạng Sơn',
};
const expertHeadline = 'Luật sư sở hữu trí tuệ, 8 năm đăng ký nhãn hiệu tập thể cho hợp tác xã';

const founder: NewAccount = {
  role: 'startup',
  name: 'Chu Văn Bình',
  email: 'binh.htx-huu-lien@example.vn',
  password: 'mat-ong-rung-huu-lien',
  provinceName: 'Lạng Sơn',
};
const cooperative = 'HTX Mật ong rừng Hữu Liên';
const needTitle = 'Đăng ký nhãn hiệu cho mật ong rừng của hợp tác xã';
const needText =
  'Hợp tác xã có 30 hộ nuôi ong ở xã Hữu Liên. Chúng tôi muốn bảo hộ tên "Mật ong rừng Hữu Liên" trước khi đưa vào siêu thị, nhưng chưa biết hồ sơ cần những gì và nộp ở đâu.';
const introMessage = 'Chào chị, hợp tác xã cần hướng dẫn làm hồ sơ nhãn hiệu tập thể cho mật ong rừng. Mong được chị giúp.';
const firstMessage = 'Chào chị Ánh, em gửi trước ảnh nhãn hiện tại và danh sách xã viên ạ.';
const reply = 'Chào anh Bình, chị đã nhận. Thứ Năm mình gọi video 30 phút nhé.';

interface ReportFigures {
  requested: number;
  accepted: number;
  trademarkOpen: number;
}

/** The staff reports page, read as the officer sees it (the funnel list and the chart's table). */
async function readReport(page: Page): Promise<ReportFigures> {
  await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor();
  const funnelItem = (label: string) => page.getByRole('listitem').filter({ hasText: new RegExp(`^${label}:`) });
  await funnelItem('Đề nghị giới thiệu').waitFor();
  const trademarkRow = page.getByRole('table', { name: 'Nhu cầu theo nhóm' }).getByRole('row', { name: new RegExp(`^${TRADEMARK}`) });
  return {
    requested: await numberIn(funnelItem('Đề nghị giới thiệu')),
    accepted: await numberIn(funnelItem('Được đồng ý')),
    trademarkOpen: await numberIn(trademarkRow.getByRole('cell').first()),
  };
}

describe('main journey: need → matches with reasons → live introduction → live chat → staff report', () => {
  const pages = useBrowser();

  it('runs end to end across a phone, a desk and the province office', async () => {
    const staff = await pages.open(DESKTOP);
    const b = await pages.open(DESKTOP);
    const a = await pages.open(PHONE);

    // ── C: the province report before anything happens ──
    await signIn(staff.page, STAFF_LANG_SON, DEMO_PASSWORD);
    await staff.page.getByRole('link', { name: 'Báo cáo' }).click();
    const before = await readReport(staff.page);

    // ── B: a trademark expert in Lạng Sơn signs up and waits on the intro inbox ──
    await b.page.goto('/signup?role=expert');
    await fillSignUp(b.page, expert);
    await submitSignUp(b.page);
    await b.page.getByLabel('Giới thiệu ngắn (một câu)').fill(expertHeadline);
    await b.page.getByRole('button', { name: TRADEMARK }).click();
    await b.page.getByLabel('Cơ quan, tổ chức').fill('Văn phòng luật Ngọc Ánh');
    await b.page.getByLabel('Số năm kinh nghiệm').fill('8');
    await b.page.getByLabel('Số ca tư vấn nhận cùng lúc').fill('2');
    await b.page.getByLabel('+ Thêm tỉnh, thành phố').selectOption({ label: 'Lạng Sơn' });
    await saveNewProfile(b.page);
    await b.page.getByRole('link', { name: 'Giới thiệu', exact: true }).click();
    await b.page.getByRole('heading', { name: 'Lời giới thiệu' }).waitFor();
    await b.page.getByText('Chưa có lời giới thiệu nào gửi đến bạn.').waitFor();
    await markDocument(b.page);

    // ── A: landing → sign-up → profile → need in plain words ──
    await a.page.goto('/');
    await a.page.getByRole('heading', { level: 1, name: 'Kết nối khởi nghiệp với đúng người hỗ trợ' }).waitFor();
    await screenshot(a.page, 'landing-phone');
    await a.page.getByRole('link', { name: 'Đăng ký miễn phí' }).click();
    await fillSignUp(a.page, founder);
    await screenshot(a.page, 'signup-phone');
    await submitSignUp(a.page);
    await a.page.getByLabel('Tên hiển thị').fill(cooperative);
    await a.page.getByLabel('Giới thiệu ngắn (một câu)').fill('Mật ong rừng nguyên chất của 30 hộ nuôi ong xã Hữu Liên, Lạng Sơn');
    await a.page.getByLabel('Xã, phường').fill('Hữu Liên');
    await a.page.getByRole('button', { name: 'Nông sản, thực phẩm & OCOP' }).click();
    await a.page.getByRole('combobox', { name: 'Giai đoạn', exact: true }).selectOption('early_revenue');
    await a.page.getByLabel('Số thành viên').fill('30');
    await a.page.getByRole('button', { name: '+ Thêm sản phẩm' }).click();
    await a.page.getByLabel('Tên sản phẩm 1').fill('Mật ong rừng Hữu Liên');
    await saveNewProfile(a.page);
    await a.page.getByRole('link', { name: 'Tiếp theo: nêu nhu cầu →' }).click();

    await a.page.getByLabel('Tóm tắt nhu cầu').fill(needTitle);
    await a.page.getByLabel('Mô tả chi tiết').fill(needText);
    await a.page.getByRole('button', { name: 'Gửi nhu cầu' }).click();
    await a.page.getByRole('heading', { name: 'Xác nhận nhóm nhu cầu' }).waitFor();
    expect(await a.page.getByTestId('suggested-category').textContent()).toBe(TRADEMARK);
    expect(await a.page.getByRole('radio', { name: new RegExp(TRADEMARK) }).isChecked()).toBe(true);
    await scrollToTop(a.page.getByRole('region', { name: 'Xác nhận nhóm nhu cầu' }));
    await screenshot(a.page, 'need-suggested-category-phone');
    await a.page.getByRole('button', { name: 'Xác nhận' }).click();
    await a.page.getByText(`Đã lưu nhu cầu (nhóm: ${TRADEMARK}).`).waitFor();

    // ── A: "who can help" — ranked experts, each with its reasons; pick B ──
    await a.page.getByRole('link', { name: 'Xem người có thể giúp' }).click();
    await a.page.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    expect(await a.page.getByRole('tab', { name: 'Chuyên gia' }).getAttribute('aria-selected')).toBe('true');
    const cards = a.page.getByTestId('match');
    await cards.first().waitFor();
    const scores = await a.page
      .getByRole('meter', { name: /^Mức phù hợp với/ })
      .evaluateAll((meters) => meters.map((m) => Number(m.getAttribute('aria-valuenow'))));
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    // The top match shows its reasons without a click.
    await cards.first().getByText('Đáp ứng đúng nhu cầu').waitFor();

    const bCard = cards.filter({ has: a.page.getByRole('heading', { name: expert.name }) });
    await bCard.scrollIntoViewIfNeeded();
    const why = bCard.getByRole('button', { name: /^Vì sao phù hợp/ });
    if (await why.isVisible()) await why.click();
    const reasons = bCard.locator('.reason');
    await reasons.first().waitFor();
    expect(await reasons.count()).toBeGreaterThan(2);
    await bCard.getByText('Đáp ứng đúng nhu cầu').waitFor();
    await bCard.getByText('Địa bàn').waitFor();
    const details = await bCard.locator('.reason__detail').allTextContents();
    expect(details.every((d) => d.trim().length > 0)).toBe(true);
    expect(details.join(' ')).toContain('Lạng Sơn'); // same province as the cooperative
    await scrollToTop(bCard);
    await screenshot(a.page, 'matches-with-reasons-phone');

    await bCard.getByRole('button', { name: 'Xin giới thiệu' }).click();
    await bCard.getByLabel(`Lời nhắn gửi ${expert.name}`).fill(introMessage);
    await bCard.getByRole('button', { name: 'Gửi lời đề nghị' }).click();
    await bCard.getByText(`Đã gửi lời đề nghị tới ${expert.name}.`, { exact: false }).waitFor();
    await bCard.getByRole('link', { name: 'Xem các lời đề nghị đã gửi' }).click();
    const outgoing = a.page.getByTestId('intro').filter({ hasText: introMessage });
    await outgoing.waitFor();
    expect(await outgoing.getAttribute('data-status')).toBe('pending');
    await markDocument(a.page);

    // ── B: the request arrives on the open inbox without a reload; accept ──
    const incoming = b.page.getByTestId('intro').filter({ hasText: introMessage });
    await incoming.waitFor();
    expect(await stillSamePage(b.page)).toBe(true);
    await incoming.getByText(cooperative).waitFor();
    await screenshot(b.page, 'intro-inbox-desktop');
    await incoming.getByRole('button', { name: 'Đồng ý kết nối' }).click();
    await b.page.getByTestId('intro').filter({ hasText: introMessage }).and(b.page.locator('[data-status="accepted"]')).waitFor();

    // ── A: the outbox turns "accepted" live; open the conversation ──
    await a.page.locator('[data-testid="intro"][data-status="accepted"]').filter({ hasText: introMessage }).waitFor();
    expect(await stillSamePage(a.page)).toBe(true);
    await outgoing.getByRole('link', { name: 'Nhắn tin', exact: true }).click();
    await a.page.waitForURL('**/chat/*');
    const conversationPath = new URL(a.page.url()).pathname;

    await incoming.getByRole('link', { name: 'Nhắn tin', exact: true }).click();
    await b.page.waitForURL(`**${conversationPath}`);
    await b.page.getByRole('heading', { level: 2, name: cooperative }).waitFor();
    expect(await stillSamePage(b.page)).toBe(true);

    // ── Both chat live: typing, messages both ways, read state ──
    const aComposer = a.page.getByRole('textbox', { name: 'Tin nhắn' });
    await aComposer.pressSequentially('Chào chị Ánh', { delay: 20 });
    await b.page.getByText(`${cooperative} đang soạn tin…`).waitFor();
    await aComposer.fill(firstMessage);
    await aComposer.press('Enter');
    await b.page.getByTestId('message').filter({ hasText: firstMessage }).waitFor();
    expect(await stillSamePage(b.page)).toBe(true);

    const bComposer = b.page.getByRole('textbox', { name: 'Tin nhắn' });
    await bComposer.fill(reply);
    await b.page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await a.page.getByTestId('message').filter({ hasText: reply }).waitFor();
    expect(await stillSamePage(a.page)).toBe(true);
    // B had the thread open when A's message came: A sees it marked as read; and the other way.
    await a.page.getByTestId('message').filter({ hasText: firstMessage }).getByText('đã xem').waitFor();
    await b.page.getByTestId('message').filter({ hasText: reply }).getByText('đã xem').waitFor();
    await screenshot(a.page, 'chat-phone');
    await screenshot(b.page, 'chat-desktop');

    // ── C: the report moved ──
    await staff.page.reload();
    const after = await readReport(staff.page);
    expect(after.requested).toBe(before.requested + 1);
    expect(after.accepted).toBe(before.accepted + 1);
    expect(after.trademarkOpen).toBe(before.trademarkOpen + 1);
    await screenshot(staff.page, 'staff-reports-desktop');

    // ── C: search ignores diacritics, highlights matches and narrows by facet ──
    await staff.page.getByRole('link', { name: 'Tìm kiếm' }).click();
    await staff.page.getByRole('searchbox', { name: 'Từ khoá tìm kiếm' }).fill('dang ky nhan hieu');
    await staff.page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await staff.page.locator('.search-results mark').first().waitFor();
    const kindFacet = staff.page.getByRole('group', { name: 'Loại hồ sơ' });
    const expertOption = kindFacet.getByRole('button', { name: /^Chuyên gia/ });
    const expertCount = Number(await expertOption.locator('.facet__count').textContent());
    expect(expertCount).toBeGreaterThan(0);
    await expertOption.click();
    await staff.page.waitForURL(/kind=expert/);
    await staff.page.getByText(new RegExp(`^${expertCount} kết quả$`)).waitFor();
    const eyebrows = await staff.page.locator('.search-results .result .eyebrow').allTextContents();
    expect(eyebrows.length).toBeGreaterThan(0);
    expect(eyebrows.every((e) => e.startsWith('Chuyên gia ·'))).toBe(true);
    await screenshot(staff.page, 'search-facets-desktop');

    for (const { pageErrors } of pages.opened) expect(pageErrors).toEqual([]);
  });
});
