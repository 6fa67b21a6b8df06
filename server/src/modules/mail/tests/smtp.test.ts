// Mail through a real SMTP peer (smtp-server, parsed with mailparser): what arrives, in which
// language, with which links, headers and attachments; password reset end to end; one-tap links
// (GET changes nothing, POST acts once); one-click unsubscribe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member } from '../../../../test/helpers/fixtures.js';
import { header, queueTicketMail } from '../../../../test/helpers/mailbox.js';
import { SmtpPeer, type ReceivedMail } from '../../../../test/helpers/smtpPeer.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import { startTestApp } from '../../../../test/helpers/testApp.js';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';
import { JOBS } from '../../../jobs/index.js';

let peer: SmtpPeer;
let t: TestApp;
const clock = new ManualClock('2026-03-02T01:00:00.000Z');

beforeAll(async () => {
  peer = await new SmtpPeer({ auth: { user: 'ketnoi', pass: 'relay secret/1' } }).start();
  t = await startTestApp({ env: { SMTP_URL: peer.url, MAIL_FROM: 'KếtNối <no-reply@ketnoi.test>' }, clock, startJobs: false });
});
afterAll(async () => {
  await t.close();
  await peer.stop();
});

const deliver = () => t.app.container.jobs.run(JOBS.mailDelivery);
async function nextMail(): Promise<ReceivedMail> {
  const before = peer.received.length;
  await deliver();
  return (await peer.waitFor(before + 1))[before]!;
}

function expectUnsubscribeHeaders(mail: ReceivedMail) {
  expect(header(mail, 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/localhost:\d+\/api\/mail\/unsubscribe\/[\w-]+\.[\w-]+>$/);
  expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
}

describe('password reset by mail', () => {
  it('mails a single-use link in the account language and ends every other session on confirm', async () => {
    const lan = t.client();
    const user = await lan.register({ name: 'Nguyễn Thị Lan' });
    const phone = t.client();
    await phone.login(user.email, user.password);

    const known = await t.client().post('/api/auth/password-reset', { email: user.email.toUpperCase() });
    const unknown = await t.client().post('/api/auth/password-reset', { email: 'nobody.here@example.vn' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);

    const mail = await nextMail();
    await deliver();
    expect(peer.received).toHaveLength(1); // nothing for the unknown address
    expect(mail.envelopeTo).toEqual([user.email]);
    expect(mail.parsed.from?.value).toEqual([{ name: 'KếtNối', address: 'no-reply@ketnoi.test' }]);
    expect(mail.parsed.subject).toBe('Đặt lại mật khẩu KếtNối');
    expect(mail.messageId).toMatch(/^<[\w-]+@ketnoi\.test>$/);
    expect(mail.parsed.text).toContain('Xin chào Nguyễn Thị Lan');
    expect(mail.parsed.html).toContain('<a href="http://localhost:');
    expect(header(mail, 'content-language')).toBe('Content-Language: vi');
    // A reset goes out even with mail off: no unsubscribe it would not honour.
    expect(header(mail, 'list-unsubscribe')).toBeUndefined();
    expect(mail.parsed.text).not.toContain('/api/mail/unsubscribe/');
    const token = /\/reset-password\?token=([\w-]+)/.exec(mail.parsed.text ?? '')?.[1];
    expect(token).toBeDefined();
    // Handlebars escapes `=` in attribute values as &#x3D;, which every HTML reader decodes.
    expect(mail.parsed.html).toContain(`/reset-password?token&#x3D;${token}"`);

    const weak = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'short' });
    expect(weak.status).toBe(400);
    const fresh = t.client();
    const confirmed = await fresh.post('/api/auth/password-reset/confirm', { token, password: 'mat-khau-moi-rat-dai' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user).toMatchObject({ id: user.id, email: user.email });
    expect((await fresh.get('/api/auth/me')).status).toBe(200);
    expect((await lan.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: user.email, password: 'mat-khau-moi-rat-dai' })).status).toBe(200);

    const again = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'mat-khau-khac-rat-dai' });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid_token');
    const forged = await t.client().post('/api/auth/password-reset/confirm', { token: 'x'.repeat(43), password: 'mat-khau-khac-rat-dai' });
    expect(forged.body.error.code).toBe('invalid_token');
  });

  it('writes in English when the account chose it, expires links after 60 minutes, sends at most 5 an hour', async () => {
    const c = t.client();
    const user = await c.register({ name: 'Lan Nguyen' });
    expect((await c.get('/api/me/notification-settings')).body).toEqual({ email: 'instant', language: 'vi' });
    expect((await c.put('/api/me/notification-settings', { language: 'en' })).body).toEqual({ email: 'instant', language: 'en' });
    expect((await c.put('/api/me/notification-settings', { language: 'fr' })).status).toBe(400);
    expect((await c.put('/api/me/notification-settings', { email: 'off', extra: 1 })).status).toBe(400);

    await t.client().post('/api/auth/password-reset', { email: user.email });
    const mail = await nextMail();
    expect(mail.parsed.subject).toBe('Reset your KếtNối password');
    expect(mail.parsed.text).toContain('Hello Lan Nguyen');
    expect(header(mail, 'content-language')).toBe('Content-Language: en');
    const token = /token=([\w-]+)/.exec(mail.parsed.text ?? '')![1]!;
    clock.advance(61 * 60_000);
    const late = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'mat-khau-moi-rat-dai' });
    expect(late.body.error.code).toBe('invalid_token');

    for (let i = 0; i < 7; i++) expect((await t.client().post('/api/auth/password-reset', { email: user.email })).status).toBe(202);
    const queued = await t.app.container.modules.mail.outbox.find({
      userId: user.id,
      kind: 'password.reset',
      createdAt: { $gte: clock.now().toISOString() },
    });
    expect(queued).toHaveLength(5);
    await deliver();
  });
});

describe('one-tap intro answers', () => {
  it('GET shows what will happen and changes nothing; POST accepts once', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin được tư vấn <nhãn hiệu>.' })).body;
    // Asking queued the mail to the expert in the same transaction.
    const mail = await nextMail();
    expect(mail.envelopeTo).toEqual([e.user.email]);
    expect(mail.parsed.subject).toBe(`Đề nghị giới thiệu mới từ ${s.profile.name}`);
    expect(mail.parsed.html).toContain('Xin được tư vấn &lt;nhãn hiệu&gt;.');
    expect(mail.parsed.text).toContain('"Xin được tư vấn <nhãn hiệu>."');
    expectUnsubscribeHeaders(mail);
    const accept = /Đồng ý: (\S+)/.exec(mail.parsed.text ?? '')![1]!;
    const decline = /Từ chối: (\S+)/.exec(mail.parsed.text ?? '')![1]!;
    expect(mail.parsed.html).toContain(`href="${accept}"`);
    const acceptPath = new URL(accept).pathname;

    for (let i = 0; i < 2; i++) {
      const shown = await t.client().get(acceptPath);
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({
        purpose: 'intro.accept',
        details: { introId: intro.id, status: 'pending', fromName: s.profile.name },
      });
    }
    const page = await t.client().get(acceptPath, { headers: { accept: 'text/html' } });
    expect(page.text).toContain(`<form method="post" action="${acceptPath}">`);
    expect((await e.client.get(`/api/intros/${intro.id}`)).body.status).toBe('pending');

    const done = await t.client().post(acceptPath);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ purpose: 'intro.accept', done: true, result: { introId: intro.id, status: 'accepted' } });
    expect((await e.client.get(`/api/intros/${intro.id}`)).body.status).toBe('accepted');
    const twice = await t.client().post(acceptPath);
    expect(twice.status).toBe(400);
    expect(twice.body.error.code).toBe('invalid_token');
    // The decline link of the same mail: the intro is answered, so it fails and stays unused.
    const conflicting = await t.client().post(new URL(decline).pathname);
    expect(conflicting.status).toBe(409);
    expect((await t.client().get(new URL(decline).pathname)).status).toBe(200);
    // The acceptance told the startup.
    expect((await nextMail()).envelopeTo).toEqual([s.user.email]);
  });
});

describe('event registration mail', () => {
  it('carries the ticket code and an .ics attachment', async () => {
    const c = t.client();
    const user = await c.register({ name: 'Hoàng Minh' });
    await c.put('/api/me/notification-settings', { language: 'en' });
    await t.app.container.modules.mail.service.enqueue('event.registration_confirmed', user.id, {
      eventId: 'ev-42',
      title: 'Ngày hội khởi nghiệp Lạng Sơn',
      startsAt: '2026-04-10T01:30:00.000Z',
      endsAt: '2026-04-10T04:00:00.000Z',
      location: 'Hội trường Sở KH&CN',
      ticketCode: 'KN-7Q4F',
    });
    const mail = await nextMail();
    expect(mail.parsed.subject).toBe('Registration confirmed: Ngày hội khởi nghiệp Lạng Sơn');
    expect(mail.parsed.text).toContain('Ticket code: KN-7Q4F');
    expect(mail.parsed.text).toContain('8:30'); // 01:30 UTC is 08:30 in Vietnam
    expect(mail.parsed.html).toContain('Hội trường Sở KH&amp;CN');
    expect(mail.parsed.attachments).toHaveLength(1);
    const ics = mail.parsed.attachments[0]!;
    expect(ics.contentType).toBe('text/calendar');
    const calendar = ics.content.toString('utf8');
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain('UID:event-ev-42@ketnoi');
    expect(calendar).toContain('DTSTART:20260410T013000Z');
    expect(calendar).toContain('SUMMARY:Ngày hội khởi nghiệp Lạng Sơn');
  });
});

describe('one-click unsubscribe', () => {
  it('turns notification mails off (RFC 8058 POST), while password resets still go out', async () => {
    const c = t.client();
    const user = await c.register({ name: 'Đỗ Hà' });
    await queueTicketMail(t, user.id, 1);
    const mail = await nextMail();
    const unsubscribe = /<([^>]+)>/.exec(header(mail, 'list-unsubscribe')!)![1]!;
    const path = new URL(unsubscribe).pathname;
    expect((await t.client().get(path)).body).toMatchObject({ email: 'instant' });
    expect((await c.get('/api/me/notification-settings')).body.email).toBe('instant');
    const oneClick = await t.client().request('POST', path, {
      raw: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);
    expect((await c.get('/api/me/notification-settings')).body.email).toBe('off');
    expect((await t.client().post(`${path.slice(0, -3)}abc`)).body.error.code).toBe('invalid_token');

    const skipped = await queueTicketMail(t, user.id, 2);
    expect(skipped).toBeNull();
    await t.client().post('/api/auth/password-reset', { email: user.email });
    expect((await nextMail()).parsed.subject).toBe('Đặt lại mật khẩu KếtNối');
  });
});

describe('health', () => {
  it('reports the SMTP transport and an empty queue', async () => {
    clock.advance(DAY_MS);
    await deliver();
    const health = await t.client().get('/api/health');
    expect(health.body.mail).toEqual({ transport: 'smtp', ok: true, queued: 0, failing: 0, failed: 0 });
    expect(health.body.status).toBe('ok');
  });
});
