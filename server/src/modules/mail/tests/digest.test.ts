// The account's language (set at registration, changed in the notification settings) and the
// daily digest: someone who chose `daily` gets no instant notification mail, and at 07:00 Vietnam
// time one mail with the day's notifications, their one-tap links and calendar files.
import { describe, expect, it } from 'vitest';
import { member } from '../../../../test/helpers/fixtures.js';
import { calendarsOf, languageOf, only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { HOUR_MS, ManualClock } from '../../../lib/clock.js';
import { JOBS } from '../../../jobs/index.js';

// 08:00 in Vietnam on Monday 2 March 2026.
const clock = new ManualClock('2026-03-02T01:00:00.000Z');

const { t, mailbox } = useMailApp({ clock });

describe('the account language', () => {
  it('is set at registration (Vietnamese by default), shown on the user and changed by the settings', async () => {
    const en = t.client();
    const user = await en.register({ language: 'en' });
    expect(user.language).toBe('en');
    expect((await en.get('/api/me/notification-settings')).body).toEqual({ email: 'instant', language: 'en' });
    const vi = t.client();
    expect((await vi.register()).language).toBe('vi');

    const bad = await t.client().post('/api/auth/register', {
      email: 'fr@example.vn',
      password: 'mat-khau-rat-manh',
      role: 'startup',
      name: 'Pierre',
      province: 'lang-son',
      language: 'fr',
    });
    expect(bad.status).toBe(400);
    expect((await t.client().post('/api/auth/login', { email: 'fr@example.vn', password: 'mat-khau-rat-manh' })).status).toBe(401);

    expect((await en.put('/api/me/notification-settings', { language: 'vi' })).body).toEqual({ email: 'instant', language: 'vi' });
    expect((await en.get('/api/auth/me')).body.user.language).toBe('vi');
    expect((await en.put('/api/me/notification-settings', { language: 'de' })).status).toBe(400);
    expect((await en.get('/api/auth/me')).body.user.language).toBe('vi');
  });
});

describe('the daily digest', () => {
  it('keeps the notification mails of a daily reader for one mail at 07:00 Vietnam time', async () => {
    const e = await member(t, 'expert', { name: 'Luật sư Bình' }, { language: 'en' });
    expect((await e.client.put('/api/me/notification-settings', { email: 'daily' })).body).toEqual({ email: 'daily', language: 'en' });
    const s1 = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
    const s2 = await member(t, 'startup', { name: 'Thạch đen Tràng Định' });
    await mailbox.fresh();

    const first = (await s1.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin gặp.' })).body;
    const accepted = (await e.client.post(`/api/intros/${first.id}/accept`)).body;
    await s1.client.post(`/api/conversations/${accepted.conversationId}/messages`, { body: 'Chào anh.', clientId: 'd-1' });
    await waitForDigestItems(e.user.id, 2); // the awaiting mail and the message
    const startsAt = new Date(clock.now().getTime() + 30 * HOUR_MS).toISOString();
    await s1.client.post('/api/consultations', { introId: first.id, startsAt, durationMinutes: 60, mode: 'online' });
    const second = (await s2.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin tư vấn.' })).body;

    const instant = await mailbox.fresh();
    expect(instant.filter((m) => m.envelopeTo.includes(e.user.email))).toHaveLength(0);
    only(instant, s1.user.email, 'intro.accepted'); // others still get theirs at once
    only(instant, s1.user.email, 'consultation.scheduled');
    expect(await mailbox.queuedFor(e.user.id)).toHaveLength(0);

    clock.set('2026-03-02T23:59:00.000Z'); // 06:59 in Vietnam
    await t.app.container.jobs.run(JOBS.mailDigest);
    expect(await mailbox.fresh()).toHaveLength(0);

    clock.set('2026-03-03T00:00:00.000Z'); // 07:00
    await t.app.container.jobs.run(JOBS.mailDigest);
    await t.app.container.jobs.run(JOBS.mailDigest);
    const digests = await mailbox.fresh();
    expect(digests).toHaveLength(1);
    const digest = only(digests, e.user.email, 'digest.daily');
    expect(languageOf(digest)).toBe('en');
    // Dated by the morning it is sent: it covers the 24 hours to 07:00, which span two days.
    expect(digest.parsed.subject).toBe('KếtNối: 4 notifications, morning digest of Tuesday, 3 March 2026');
    const text = digest.parsed.text ?? '';
    expect(text).toContain('• New introduction request from Mật ong Chi Lăng');
    expect(text).toContain('• New message from Mật ong Chi Lăng');
    expect(text).toContain('• Scheduled: Your consultation with Mật ong Chi Lăng');
    expect(text).toContain('• New introduction request from Thạch đen Tràng Định');
    expect(text).toMatch(new RegExp(`/chat/${accepted.conversationId}`));
    expect(calendarsOf(digest).map((c) => c.props.SUMMARY)).toEqual(['Consultation with Mật ong Chi Lăng']);

    // The one-tap links of the day's requests work from the digest.
    const acceptSecond = [...text.matchAll(/Accept: http:\/\/\S+(\/api\/mail\/actions\/[\w-]+)/g)].map((m) => m[1]!);
    expect(acceptSecond).toHaveLength(2);
    // Each request's buttons: accept outlined in green, decline in red (never alike).
    const html = String(digest.parsed.html);
    expect(html.match(/class="kn-outline" style="[^"]*color:#0b5c4a[^"]*">Accept</g)).toHaveLength(2);
    expect(html.match(/class="kn-no" style="[^"]*color:#b42318[^"]*">Decline</g)).toHaveLength(2);
    expect((await t.client().post(acceptSecond[0]!)).status).toBe(409); // the first was accepted in the app
    expect((await t.client().post(acceptSecond[1]!)).body.result).toEqual({ introId: second.id, status: 'accepted' });

    // What comes after 07:00 waits for the next morning.
    await mailbox.fresh();
    await s1.client.post(`/api/conversations/${accepted.conversationId}/messages`, { body: 'Cảm ơn anh.', clientId: 'd-2' });
    await waitForDigestItems(e.user.id, 1);
    await t.app.container.jobs.run(JOBS.mailDigest);
    expect(await mailbox.fresh()).toHaveLength(0);
    clock.set('2026-03-04T00:05:00.000Z');
    await t.app.container.jobs.run(JOBS.mailDigest);
    expect(only(await mailbox.fresh(), e.user.email, 'digest.daily').parsed.subject).toBe(
      'KếtNối: 1 notification, morning digest of Wednesday, 4 March 2026',
    );
  });

  it('sends nothing when the reader turned mail off before 07:00', async () => {
    const e = await member(t, 'expert');
    await e.client.put('/api/me/notification-settings', { email: 'daily' });
    const s = await member(t, 'startup');
    await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin gặp.' });
    await waitForDigestItems(e.user.id, 1);
    await e.client.put('/api/me/notification-settings', { email: 'off' });
    clock.set('2026-03-05T00:00:00.000Z');
    await t.app.container.jobs.run(JOBS.mailDigest);
    expect((await mailbox.fresh()).filter((m) => m.envelopeTo.includes(e.user.email))).toHaveLength(0);
    expect(await t.app.container.modules.mail.digestItems.count({ userId: e.user.id })).toBe(0);
  });
});

/** Digest items are written by the cause's transaction, or for messages just after it (the subscriber). */
async function waitForDigestItems(userId: string, count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await t.app.container.modules.mail.digestItems.count({ userId })) >= count) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`expected ${count} digest items`);
}
