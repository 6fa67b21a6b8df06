// Reaching a founder who is not looking at the conversation, and getting back into an account:
//   a founder of the demo honey cooperative sits on her home page on a phone; the trademark expert
//   who helps her replies from a desk; the founder sees an alert and the unread count without a
//   reload and follows the alert to the conversation;
//   then she signs out, has forgotten her password, asks for a reset link, and the mail the server
//   wrote (DATA_DIR/mail, no SMTP in this run) brings her to a page where a new password signs her
//   in; meanwhile the expert's next message reaches her, signed out, by mail, and that mail's
//   one-click unsubscribe link turns notification mails off, as the notification settings page
//   (reached from the account menu) then shows. The reset mail offers no unsubscribe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import { DEMO_PASSWORD, markDocument, signIn, stillSamePage } from '../lib/flows.js';
import { linkIn, Mailbox } from '../lib/mailbox.js';

const FOUNDER = 'mat-ong-chi-lang@demo.ketnoi.vn'; // Hoàng Văn Lâm, Mật ong chanh rừng Chi Lăng
const EXPERT = 'can-bo-shtt-lang-son@demo.ketnoi.vn'; // Hoàng Thị Thanh, who filed their trademark
const EXPERT_NAME = 'Hoàng Thị Thanh – Hỗ trợ sở hữu trí tuệ';
const COOPERATIVE = 'Mật ong chanh rừng Chi Lăng';
const NEW_PASSWORD = 'chanh-rung-chi-lang-2026';
const reply = 'Anh Lâm ơi, Cục vừa ra thông báo hợp lệ hình thức cho đơn nhãn hiệu rồi nhé.';
const followUp = 'Anh nhớ gửi em bản gốc giấy ủy quyền nhé.';

/** The unread count the bottom bar shows on "Tin nhắn" (0 when there is no badge). */
async function unreadOnPhone(page: Page): Promise<number> {
  const badge = page.getByRole('navigation', { name: 'Lối tắt' }).getByTestId('nav-count-chat');
  return (await badge.isVisible()) ? Number(await badge.textContent()) : 0;
}

/** POST /api/auth/password-reset and the confirm, as a script (no browser): puts the demo password back. */
async function resetOverHttp(baseUrl: string, mailbox: Mailbox, password: string): Promise<void> {
  mailbox.markRead();
  const asked = await fetch(`${baseUrl}/api/auth/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: FOUNDER }),
  });
  expect(asked.status).toBe(202);
  const link = new URL(linkIn(await mailbox.next(FOUNDER, 'password.reset'), '/reset-password'), baseUrl);
  const confirmed = await fetch(`${baseUrl}/api/auth/password-reset/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: link.searchParams.get('token'), password }),
  });
  expect(confirmed.status).toBe(200);
}

describe('a message reaches a founder on another page; a forgotten password is reset by mail', () => {
  let baseUrl: string;
  let mailbox: Mailbox;
  const pages = useBrowser();
  let passwordChanged = false;

  beforeAll(async () => {
    baseUrl = inject('baseUrl');
    mailbox = new Mailbox(inject('dataDir'));
  });
  afterAll(async () => {
    // Other browser tests may sign in as this demo founder: give her the demo password back.
    if (passwordChanged) await resetOverHttp(baseUrl, mailbox, DEMO_PASSWORD);
  });

  it('alerts and counts live, then recovers the account from the mailed link', async () => {
    const founder = await pages.open(PHONE);
    const expert = await pages.open(DESKTOP);
    const f = founder.page;
    const e = expert.page;

    // ── The founder on her home page, phone in hand ──
    await signIn(f, FOUNDER, DEMO_PASSWORD);
    await f.waitForURL('**/home');
    await f.getByRole('heading', { level: 1, name: 'Xin chào, Hoàng Văn Lâm' }).waitFor();
    await f
      .getByRole('navigation', { name: 'Lối tắt' })
      .getByRole('link', { name: /^Tin nhắn/ })
      .waitFor();
    const unreadBefore = await unreadOnPhone(f);
    await markDocument(f);

    // ── The expert replies from her desk ──
    await signIn(e, EXPERT, DEMO_PASSWORD);
    await e
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: /^Tin nhắn/ })
      .click();
    await e.getByTestId('conversation').filter({ hasText: COOPERATIVE }).click();
    await e.getByRole('heading', { level: 2, name: COOPERATIVE }).waitFor();
    const composer = e.getByRole('textbox', { name: 'Tin nhắn' });
    await composer.fill(reply);
    await e.getByRole('button', { name: 'Gửi', exact: true }).click();
    await e.getByTestId('message').filter({ hasText: reply }).waitFor();

    // ── The founder learns it without reloading: an alert naming the expert, and the count ──
    const alert = f.getByRole('status', { name: 'Tin nhắn mới' }).getByTestId('message-toast');
    await alert.filter({ hasText: reply }).waitFor();
    expect(await alert.textContent()).toContain(`Tin nhắn mới từ ${EXPERT_NAME}`);
    await f.getByRole('navigation', { name: 'Lối tắt' }).getByTestId('nav-count-chat').waitFor();
    expect(await unreadOnPhone(f)).toBe(unreadBefore + 1);
    expect(
      await f
        .getByRole('navigation', { name: 'Lối tắt' })
        .getByRole('link', { name: `Tin nhắn ${unreadBefore + 1} chưa đọc` })
        .isVisible(),
    ).toBe(true);
    // The alert never took the focus away from where she was.
    expect(await f.evaluate(() => document.activeElement?.closest('.toast') ?? null)).toBeNull();
    expect(await stillSamePage(f)).toBe(true);
    await screenshot(f, 'message-alert-phone');

    // Following the alert opens the conversation, which reads it: the count goes. On a phone the open
    // conversation has the bottom bar's room; its back arrow leads to the list, under the bar again.
    await alert.getByRole('link', { name: 'Mở cuộc trò chuyện' }).click();
    await f.waitForURL('**/chat/*');
    await f.getByTestId('message').filter({ hasText: reply }).waitFor();
    expect(await f.getByRole('navigation', { name: 'Lối tắt' }).count()).toBe(0);
    await f.getByRole('link', { name: 'Tất cả cuộc trò chuyện' }).click();
    await f.waitForURL('**/chat');
    await f.getByRole('navigation', { name: 'Lối tắt' }).getByRole('link', { name: 'Tin nhắn', exact: true }).waitFor();
    expect(await f.getByTestId('message-toast').count()).toBe(0);
    expect(await stillSamePage(f)).toBe(true);

    // ── Signed out, password forgotten: ask for a link ──
    await f.getByRole('button', { name: 'Tài khoản: Hoàng Văn Lâm' }).click();
    await f.getByRole('button', { name: 'Đăng xuất' }).click();
    // Signed out on the front page (not sent to sign-in by the chat page's guard): the top bar offers to sign in.
    await f.waitForURL((url) => url.pathname === '/' && url.search === '');
    await f.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await f.goto('/signin');
    await f.getByLabel('Email').fill(FOUNDER);
    mailbox.markRead();
    await f.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await f.getByRole('heading', { level: 1, name: 'Quên mật khẩu' }).waitFor();
    expect(await f.getByLabel('Email').inputValue()).toBe(FOUNDER);
    await f.getByRole('button', { name: 'Gửi liên kết đặt lại' }).click();
    await f.getByRole('heading', { level: 1, name: 'Hãy kiểm tra hộp thư' }).waitFor();
    expect(await f.getByRole('status').textContent()).toContain(`Nếu ${FOUNDER} có tài khoản KếtNối`);
    await screenshot(f, 'password-reset-asked-phone');

    // ── The mail the server wrote, and its link ──
    const mail = await mailbox.next(FOUNDER, 'password.reset');
    expect(mail.subject).toBe('Đặt lại mật khẩu KếtNối');
    expect(mail.text).toContain('Xin chào Hoàng Văn Lâm');
    const resetPath = linkIn(mail, '/reset-password');
    expect(resetPath).toMatch(/^\/reset-password\?token=[\w-]{20,}$/);
    // A reset goes out even with mail off: it offers no unsubscribe it would not honour.
    expect(mail.text).not.toContain('/api/mail/unsubscribe/');

    // ── Signed out, she is offline: the expert's next message reaches her by mail ──
    await composer.fill(followUp);
    await e.getByRole('button', { name: 'Gửi', exact: true }).click();
    await e.getByTestId('message').filter({ hasText: followUp }).waitFor();
    const messageMail = await mailbox.next(FOUNDER, 'message.received');
    expect(messageMail.subject).toBe(`Tin nhắn mới từ ${EXPERT_NAME}`);
    expect(messageMail.text).toContain(followUp);

    await f.goto(resetPath);
    await f.getByRole('heading', { level: 1, name: 'Đặt mật khẩu mới' }).waitFor();
    await f.getByLabel(/^Mật khẩu mới/).fill(NEW_PASSWORD);
    await f.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await screenshot(f, 'password-reset-new-phone');
    await f.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    passwordChanged = true;

    // Signed in, on her home page.
    await f.waitForURL('**/home');
    await f.getByRole('heading', { level: 1, name: 'Xin chào, Hoàng Văn Lâm' }).waitFor();
    const oldLogin = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FOUNDER, password: DEMO_PASSWORD }),
    });
    expect(oldLogin.status).toBe(401);

    // The same link a second time explains itself and offers a new one.
    await f.goto(resetPath);
    await f.getByLabel(/^Mật khẩu mới/).fill('mot-mat-khau-khac-nua');
    await f.getByLabel('Nhập lại mật khẩu mới').fill('mot-mat-khau-khac-nua');
    await f.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    await f.getByRole('heading', { level: 1, name: 'Liên kết này không còn dùng được' }).waitFor();
    await f.getByRole('link', { name: 'Gửi cho tôi liên kết mới' }).waitFor();
    await screenshot(f, 'password-reset-used-link-phone');

    // ── Notification settings from the account menu; the mail's one-click unsubscribe ──
    await f.goto('/home');
    await f.getByRole('button', { name: 'Tài khoản: Hoàng Văn Lâm' }).click();
    await f.getByRole('link', { name: 'Cài đặt thông báo' }).click();
    await f.getByRole('heading', { level: 1, name: 'Cài đặt thông báo' }).waitFor();
    expect(await f.getByRole('radio', { name: /^Ngay khi có việc/ }).isChecked()).toBe(true);

    await f.goto(linkIn(messageMail, '/api/mail/unsubscribe/'));
    await f.getByRole('heading', { level: 1, name: 'Ngừng nhận thư thông báo từ KếtNối?' }).waitFor();
    await screenshot(f, 'mail-unsubscribe-phone');
    await f.getByRole('button', { name: /^Ngừng nhận thư/ }).click();
    await f.getByRole('heading', { level: 1, name: 'Bạn sẽ không nhận thư thông báo từ KếtNối nữa.' }).waitFor();
    await screenshot(f, 'mail-unsubscribed-phone');

    await f.goto('/settings/notifications');
    await f.getByRole('heading', { level: 1, name: 'Cài đặt thông báo' }).waitFor();
    expect(await f.getByRole('radio', { name: /^Không gửi thư/ }).isChecked()).toBe(true);
    await f.getByRole('radio', { name: /^Một thư tóm tắt mỗi ngày/ }).check();
    await f.getByRole('button', { name: 'Lưu', exact: true }).click();
    await f.getByText('Đã lưu cài đặt thông báo.').waitFor();
    await screenshot(f, 'notification-settings-phone');

    for (const { pageErrors } of pages.opened) expect(pageErrors).toEqual([]);
  });
});
