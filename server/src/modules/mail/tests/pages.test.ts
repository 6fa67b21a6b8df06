// What a phone's browser shows for a one-tap mail link: always a KếtNối page (never raw JSON),
// with a confirm button on GET, a result on POST, and a plain explanation when the link did nothing.
import { describe, expect, it } from 'vitest';
import { member } from '../../../../test/helpers/fixtures.js';
import { queueTicketMail, writtenMailText } from '../../../../test/helpers/mailbox.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';

const t = useTestApp({ env: { SMTP_URL: '' }, startJobs: false });

const html = { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } };

describe('one-tap links opened in a browser', () => {
  it('show a styled page to confirm, a done page, then a used-link page; an answered intro a 409 page', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin được tư vấn nhãn hiệu.' })).body;
    await t.app.container.modules.mail.service.enqueue('intro.awaiting', e.user.id, {
      introId: intro.id,
      fromName: s.profile.name,
      message: 'Xin được tư vấn nhãn hiệu.',
      expiresAt: intro.expiresAt,
    });
    const text = await writtenMailText(t, e.user.email);
    const accept = new URL(/Đồng ý: (\S+)/.exec(text)![1]!).pathname;
    const decline = new URL(/Từ chối: (\S+)/.exec(text)![1]!).pathname;

    const shown = await t.client().get(accept, html);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toMatch(/^text\/html/);
    expect(shown.text).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(shown.text).toContain('<style>');
    // Under the app's no-referrer policy the form would post `Origin: null`, which the CSRF guard refuses.
    expect(shown.headers.get('referrer-policy')).toBe('same-origin');
    expect(shown.text).toContain(`<h1>Đồng ý lời đề nghị giới thiệu của ${s.profile.name}</h1>`);
    expect(shown.text).toContain(`<form method="post" action="${accept}">`);
    expect((await e.client.get(`/api/intros/${intro.id}`)).body.status).toBe('pending');

    const done = await t.client().post(accept, undefined, html);
    expect(done.status).toBe(200);
    expect(done.text).toContain('Xong. Cảm ơn bạn!');
    expect(done.text).toContain('card--done');
    expect(done.text).not.toContain('<form');
    expect((await e.client.get(`/api/intros/${intro.id}`)).body.status).toBe('accepted');

    const spent = await t.client().post(accept, undefined, html);
    expect(spent.status).toBe(400);
    expect(spent.headers.get('content-type')).toMatch(/^text\/html/);
    expect(spent.text).toContain('Liên kết này không còn dùng được');

    // Declining an intro already accepted: the browser gets words, not {"error":…}, and the link stays unused.
    const conflicting = await t.client().post(decline, undefined, html);
    expect(conflicting.status).toBe(409);
    expect(conflicting.headers.get('content-type')).toMatch(/^text\/html/);
    expect(conflicting.text).toContain('Việc này đã được xử lý trước đó');
    expect((await t.client().get(decline)).status).toBe(200);
    // API clients still get the contract's JSON error.
    expect((await t.client().post(decline)).body.error.code).toBe('invalid_transition');
  });

  it('opened after the intro was answered in the app: says so, with no button, and the JSON still shows it', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin được tư vấn bao bì.' })).body;
    const text = await writtenMailText(t, e.user.email);
    const accept = new URL(/Đồng ý: (\S+)/.exec(text)![1]!).pathname;
    const decline = new URL(/Từ chối: (\S+)/.exec(text)![1]!).pathname;
    expect((await t.client().get(decline, html)).text).toContain(`<form method="post" action="${decline}">`);
    expect((await e.client.post(`/api/intros/${intro.id}/accept`)).body.status).toBe('accepted');

    for (const link of [accept, decline]) {
      const shown = await t.client().get(link, html);
      expect(shown.status).toBe(200);
      expect(shown.text).toContain('Việc này đã được xử lý trước đó');
      expect(shown.text).not.toContain('so the link has nothing left to do'); // in the reader's language only
      expect(shown.text).not.toContain('<form');
    }
    const json = await t.client().get(decline);
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ purpose: 'intro.decline', details: { introId: intro.id, status: 'accepted' } });
    expect(json.body.settled).toBeUndefined();
    expect((await e.client.get(`/api/intros/${intro.id}`)).body.status).toBe('accepted');
  });

  it('one-click unsubscribe in a browser turns mail off and points to the settings page', async () => {
    const c = t.client();
    const user = await c.register({ name: 'Đỗ Minh Châu' });
    await queueTicketMail(t, user.id);
    const unsubscribe = new URL(/Ngừng nhận thư thông báo: (\S+)/.exec(await writtenMailText(t, user.email))![1]!).pathname;

    const shown = await t.client().get(unsubscribe, html);
    expect(shown.text).toContain(`<form method="post" action="${unsubscribe}">`);
    expect((await c.get('/api/me/notification-settings')).body.email).toBe('instant');
    const done = await t.client().post(unsubscribe, undefined, html);
    expect(done.status).toBe(200);
    expect(done.text).toMatch(/href="http:\/\/localhost:\d+\/settings\/notifications"/);
    expect((await c.get('/api/me/notification-settings')).body.email).toBe('off');
  });

  it('speak the language of the account the mail went to, even once the link is spent', async () => {
    const s = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
    const e = await member(t, 'expert', { name: 'Lawyer Binh' }, { language: 'en' });
    await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin gặp.' });
    const text = await writtenMailText(t, e.user.email);
    const accept = new URL(/Accept: (\S+)/.exec(text)![1]!).pathname;
    // A Vietnamese phone's browser still gets the English reader's page.
    const vietnamesePhone = { headers: { ...html.headers, 'accept-language': 'vi-VN,vi;q=0.9' } };

    const shown = await t.client().get(accept, vietnamesePhone);
    expect(shown.text).toContain('<html lang="en">');
    expect(shown.text).toContain(`<h1>Accept the introduction request from Mật ong Chi Lăng</h1>`);
    expect(shown.text).toContain('<button type="submit">Confirm</button>');
    expect(shown.text).toContain('Nothing changes until you press the button.');
    expect(shown.text).not.toMatch(/Xác nhận|Chưa có gì thay đổi|Đồng ý/);
    const done = await t.client().post(accept, undefined, vietnamesePhone);
    expect(done.text).toContain('<h1>Done. Thank you!</h1>');
    expect(done.text).not.toContain('Xong');
    const spent = await t.client().post(accept, undefined, vietnamesePhone);
    expect(spent.status).toBe(400);
    expect(spent.text).toContain('<h1>This link is used, expired or unknown.</h1>');

    // A link that names no account: the browser's language, Vietnamese unless it asks for English.
    const unknown = `/api/mail/actions/${'x'.repeat(43)}`;
    const english = await t.client().get(unknown, { headers: { ...html.headers, 'accept-language': 'en-GB,en;q=0.8' } });
    expect(english.status).toBe(400);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('This link is used, expired or unknown.');
    const other = await t.client().get(unknown, { headers: { ...html.headers, 'accept-language': 'fr-FR' } });
    expect(other.text).toContain('<html lang="vi">');
    expect(other.text).toContain('Liên kết này không còn dùng được');
    expect(other.text).not.toContain('This link is used');
  });
});
