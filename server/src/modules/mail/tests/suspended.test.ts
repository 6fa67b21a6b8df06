// Links mailed to an account that an administrator suspends afterwards, through a real SMTP peer:
// a suspended account may not act through a mail any more than it may sign in. The password
// reset and the one-tap answers are refused (403, reason account_suspended), change nothing, and
// the links still work once the suspension is lifted.
import { describe, expect, it } from 'vitest';
import { adminEnv, member } from '../../../../test/helpers/fixtures.js';
import { actionPaths, only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { useAdmin } from '../../../../test/helpers/signedIn.js';

const { t, mailbox } = useMailApp({ env: adminEnv });
const admin = useAdmin(t);
const html = { headers: { accept: 'text/html' } };

const suspend = async (userId: string) => expect((await admin.post(`/api/admin/users/${userId}/suspend`, {})).status).toBe(200);
const unsuspend = async (userId: string) => expect((await admin.post(`/api/admin/users/${userId}/unsuspend`)).status).toBe(200);

describe('a password reset link of an account suspended since', () => {
  it('is refused as sign-in is, starts no session, keeps the password, and works once the suspension is lifted', async () => {
    const lan = await member(t, 'startup', { name: 'Mật ong Chi Lăng' });
    await mailbox.fresh();
    await t.client().post('/api/auth/password-reset', { email: lan.user.email });
    const mail = only(await mailbox.fresh(), lan.user.email, 'password.reset');
    const token = /\/reset-password\?token=([\w-]+)/.exec(mail.parsed.text ?? '')![1]!;
    await suspend(lan.user.id);

    const browser = t.client();
    const refused = await browser.post('/api/auth/password-reset/confirm', { token, password: 'mat-khau-moi-rat-dai' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', details: { reason: 'account_suspended' } });
    expect((await browser.get('/api/auth/me')).status).toBe(401);

    await unsuspend(lan.user.id);
    expect((await t.client().post('/api/auth/login', { email: lan.user.email, password: 'mat-khau-moi-rat-dai' })).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: lan.user.email, password: lan.user.password })).status).toBe(200);
    const confirmed = await browser.post('/api/auth/password-reset/confirm', { token, password: 'mat-khau-moi-rat-dai' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user.id).toBe(lan.user.id);
    expect((await browser.get('/api/auth/me')).body.user.id).toBe(lan.user.id);
  });
});

describe('one-tap answers of an account suspended since', () => {
  it('show and do nothing (a page in a browser), leave the intro pending, and work once the suspension is lifted', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert', { name: 'Luật sư Bình' });
    await mailbox.fresh();
    const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin được tư vấn nhãn hiệu.' })).body;
    const [accept] = actionPaths(only(await mailbox.fresh(), e.user.email, 'intro.awaiting'));
    await suspend(e.user.id);

    const shown = await t.client().get(accept!);
    expect(shown.status).toBe(403);
    expect(shown.body.error.details).toEqual({ reason: 'account_suspended' });
    const page = await t.client().get(accept!, html);
    expect(page.status).toBe(403);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('Tài khoản này đang bị tạm khoá');
    expect(page.text).not.toContain('<form');

    const done = await t.client().post(accept!);
    expect(done.status).toBe(403);
    expect(done.body.error.details).toEqual({ reason: 'account_suspended' });
    expect((await t.client().post(accept!, undefined, html)).text).toContain('Tài khoản này đang bị tạm khoá');
    const seen = await s.client.get(`/api/intros/${intro.id}`);
    expect(seen.body).toMatchObject({ status: 'pending', acceptedBy: [] });
    expect(seen.body.conversationId).toBeUndefined();

    await unsuspend(e.user.id);
    const later = await t.client().post(accept!);
    expect(later.status).toBe(200);
    expect(later.body.result).toEqual({ introId: intro.id, status: 'accepted' });
  });
});
