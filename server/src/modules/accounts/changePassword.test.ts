// POST /api/auth/password: a signed-in person changes their own password. Through HTTP against the
// test app: what changes, what ends, what is refused and that a wrong current password counts as a
// failed sign-in.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { TestClient } from '../../../test/helpers/testClient.js';
import { liveClientForTest } from '../../../test/helpers/sockets.js';
import type { UserDoc } from './repository.js';

// Jobs wait for the test: a queued mail keeps its data until delivered.
const t = useTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' }, startJobs: false });

const NEW = 'mat-ong-chanh-rung-2026';
const storedUser = (id: string) => t.app.store.collection<UserDoc>({ name: 'users' }).findOne({ _id: id });
const changedMails = (userId: string) => t.app.container.modules.mail.outbox.find({ userId, kind: 'password.changed' });
const login = (email: string, password: string) => t.client().post('/api/auth/login', { email, password });

/** A registered account signed in on this client and on a second device. */
async function signedInTwice() {
  const c = t.client();
  const user = await c.register({ name: 'Nguyễn Thị Lan' });
  const phone = t.client();
  await phone.login(user.email, user.password);
  return { c, phone, user };
}

/** What a refused change must leave as it was: the hash, both sessions, and no mail. */
async function expectNothingChanged(user: { id: string; email: string; password: string }, hash: string, clients: TestClient[]) {
  expect((await storedUser(user.id))!.passwordHash).toBe(hash);
  for (const client of clients) expect((await client.get('/api/auth/me')).status).toBe(200);
  expect(await changedMails(user.id)).toEqual([]);
}

describe('changing one’s own password', () => {
  it('sets the new password, ends every other session and its sockets, and keeps this one under a new id', async () => {
    const { c, phone, user } = await signedInTwice();
    const before = (await storedUser(user.id))!;
    const oldCookie = c.cookies.get('kn.sid')!;
    const copy = new TestClient(t.url);
    copy.cookies.set('kn.sid', oldCookie);
    const phoneSocket = await liveClientForTest(t.url, phone);
    const phoneGone = new Promise<string>((resolve) => phoneSocket.socket.once('disconnect', (reason) => resolve(reason)));

    const res = await c.post('/api/auth/password', { currentPassword: user.password, newPassword: NEW });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: { ...(await c.get('/api/auth/me')).body.user } });
    expect(res.body.user).toMatchObject({ id: user.id, email: user.email, name: 'Nguyễn Thị Lan' });

    // This browser continues, under a new session id; the other device, and a copy of the old cookie, are signed out.
    expect(c.cookies.get('kn.sid')).not.toBe(oldCookie);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await copy.get('/api/auth/me')).status).toBe(401);
    expect(await phoneGone).toBe('io server disconnect');
    expect(await t.app.store.collection({ name: 'sessions' }).countDocuments({ userId: user.id })).toBe(1);

    const after = (await storedUser(user.id))!;
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(JSON.stringify(after)).not.toContain(NEW);
    expect((await login(user.email, user.password)).status).toBe(401);
    expect((await login(user.email, NEW)).status).toBe(200);

    const [mail, ...more] = await changedMails(user.id);
    expect(more).toEqual([]);
    expect(mail!.data).toEqual({ at: after.updatedAt });
  });

  it('hashes the new password in NFC and checks the current one as sign-in does', async () => {
    const c = t.client();
    const user = await c.register({ password: 'mật khẩu của tôi' });
    const typedOnMac = 'mật khẩu mới của tôi'.normalize('NFD');
    const res = await c.post('/api/auth/password', { currentPassword: user.password.normalize('NFD'), newPassword: typedOnMac });
    expect(res.status).toBe(200);
    expect((await login(user.email, 'mật khẩu mới của tôi')).status).toBe(200);
    expect((await login(user.email, typedOnMac)).status).toBe(200);
  });

  it('mails the account even when it turned notification mails off', async () => {
    const c = t.client();
    const user = await c.register({ language: 'en' });
    expect((await c.put('/api/me/notification-settings', { email: 'off' })).status).toBe(200);
    expect((await c.post('/api/auth/password', { currentPassword: user.password, newPassword: NEW })).status).toBe(200);
    const mails = await changedMails(user.id);
    expect(mails.map((m) => [m.kind, m.language, m.to])).toEqual([['password.changed', 'en', user.email]]);
  });
});

describe('refused changes', () => {
  it('refuses a wrong current password with 400 on that field and changes nothing', async () => {
    const { c, phone, user } = await signedInTwice();
    const hash = (await storedUser(user.id))!.passwordHash;
    const res = await c.post('/api/auth/password', { currentPassword: 'not-my-password', newPassword: NEW });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: 'validation_failed',
      message: 'The current password is incorrect.',
      details: [{ path: 'currentPassword', message: 'The current password is incorrect.', code: 'wrong_password' }],
    });
    await expectNothingChanged(user, hash, [c, phone]);
    expect((await login(user.email, NEW)).status).toBe(401);
  });

  it('counts a wrong current password as a failed sign-in of the account', async () => {
    const { c, user } = await signedInTwice();
    for (let i = 0; i < 3; i++)
      expect((await c.post('/api/auth/password', { currentPassword: `guess-number-${i}`, newPassword: NEW })).status).toBe(400);
    // After three failures (LOGIN_MAX_FAILURES), the next attempt waits, even with the right password…
    const blocked = await c.post('/api/auth/password', { currentPassword: user.password, newPassword: NEW });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // …and so does signing in to that account, as after three wrong passwords at the sign-in form.
    expect((await login(user.email, user.password)).status).toBe(429);
    expect((await c.get('/api/auth/me')).status).toBe(200);
  });

  it('is held back by failed sign-ins too, and a right current password starts the count again', async () => {
    const c = t.client();
    const user = await c.register();
    for (let i = 0; i < 2; i++) expect((await login(user.email, 'wrong-password')).status).toBe(401);
    expect((await c.post('/api/auth/password', { currentPassword: user.password, newPassword: NEW })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await login(user.email, 'wrong-password')).status).toBe(401);
    expect((await login(user.email, NEW)).status).toBe(200);

    const other = t.client();
    const locked = await other.register();
    for (let i = 0; i < 3; i++) expect((await login(locked.email, 'wrong-password')).status).toBe(401);
    expect((await other.post('/api/auth/password', { currentPassword: locked.password, newPassword: NEW })).status).toBe(429);
  });

  it('refuses a new password equal to the current one, however its accents were typed', async () => {
    const { c, phone, user } = await signedInTwice();
    const hash = (await storedUser(user.id))!.passwordHash;
    const same = await c.post('/api/auth/password', { currentPassword: user.password, newPassword: user.password });
    expect(same.status).toBe(400);
    expect(same.body.error.code).toBe('validation_failed');
    expect(same.body.error.details).toEqual([
      expect.objectContaining({
        path: 'newPassword',
        message: 'The new password is the same as the current one. Choose a different password.',
      }),
    ]);

    const viet = t.client();
    const accented = await viet.register({ password: 'mật khẩu của tôi' });
    const decomposed = await viet.post('/api/auth/password', {
      currentPassword: accented.password.normalize('NFD'),
      newPassword: accented.password,
    });
    expect(decomposed.status).toBe(400);
    expect(decomposed.body.error.details[0].path).toBe('newPassword');
    await expectNothingChanged(user, hash, [c, phone]);
  });

  it('refuses a new password the sign-up form would refuse, and unknown fields', async () => {
    const { c, phone, user } = await signedInTwice();
    const hash = (await storedUser(user.id))!.passwordHash;
    for (const newPassword of ['ngan-qua', ' '.repeat(12), 'x'.repeat(257)]) {
      const res = await c.post('/api/auth/password', { currentPassword: user.password, newPassword });
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((issue: { path: string }) => issue.path)).toEqual(['newPassword']);
    }
    const missing = await c.post('/api/auth/password', { newPassword: NEW });
    expect(missing.body.error.details.map((issue: { path: string }) => issue.path)).toEqual(['currentPassword']);
    expect((await c.post('/api/auth/password', { currentPassword: user.password, newPassword: NEW, email: 'x@y.vn' })).status).toBe(400);
    await expectNothingChanged(user, hash, [c, phone]);
  });

  it('answers 401 without a session and 403 from a foreign Origin', async () => {
    const anonymous = await t.client().post('/api/auth/password', { currentPassword: 'mat-khau-rat-manh', newPassword: NEW });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');

    const { c, phone, user } = await signedInTwice();
    const hash = (await storedUser(user.id))!.passwordHash;
    const body = { currentPassword: user.password, newPassword: NEW };
    const foreign = await c.post('/api/auth/password', body, { headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('forbidden');
    await expectNothingChanged(user, hash, [c, phone]);
    expect((await c.post('/api/auth/password', body, { headers: { origin: t.url } })).status).toBe(200);
  });
});
