import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
import { startTestApp, useTestApp } from '../../../test/helpers/testApp.js';
import { TestClient } from '../../../test/helpers/testClient.js';
import type { UserDoc } from './repository.js';

const ADMIN = { email: 'admin@ketnoi.test', password: 'admin-password-123' };

const usersCollection = () => t.app.store.collection<UserDoc>({ name: 'users' });

const t = useTestApp({
  env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' },
});

describe('register → login → me → logout', () => {
  it('registers, stores an argon2id hash, sets a safe session cookie, and answers me', async () => {
    const c = t.client();
    const res = await c.post('/api/auth/register', {
      email: '  Lan.Nguyen@Example.VN ',
      password: 'mat-ong-chanh-rung',
      role: 'startup',
      name: 'Nguyễn Thị Lan',
      province: 'lang-son',
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.user).sort()).toEqual(['createdAt', 'email', 'id', 'language', 'name', 'province', 'role']);
    expect(res.body.user).toMatchObject({ email: 'lan.nguyen@example.vn', role: 'startup', name: 'Nguyễn Thị Lan', province: 'lang-son' });
    const cookie = res.headers.getSetCookie().find((h) => h.startsWith('kn.sid='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const stored = await usersCollection().findOne({ email: 'lan.nguyen@example.vn' });
    expect(stored).not.toBeNull();
    expect(stored!._id).toBe(res.body.user.id);
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored)).not.toContain('mat-ong-chanh-rung');

    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: res.body.user, profile: null });
  });

  it('issues a new session id at login and the old one stops working', async () => {
    const c = t.client();
    const user = await c.register({ role: 'expert' });
    const before = c.cookies.get('kn.sid');
    const stale = new TestClient(t.url);
    stale.cookies.set('kn.sid', before!);

    await c.login(user.email, user.password);
    const after = c.cookies.get('kn.sid');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect((await c.get('/api/auth/me')).body.user.id).toBe(user.id);
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });

  it('logs out: 204, the session is destroyed server-side, and replaying the cookie fails', async () => {
    const c = t.client();
    const user = await c.register();
    const cookie = c.cookies.get('kn.sid')!;
    const sessions = t.app.store.collection({ name: 'sessions' });
    expect(await sessions.countDocuments({ userId: user.id })).toBe(1);

    const out = await c.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(await sessions.countDocuments({ userId: user.id })).toBe(0);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    const replay = new TestClient(t.url);
    replay.cookies.set('kn.sid', cookie);
    const res = await replay.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('answers GET /api/auth/session with nulls for a visitor and the same as /me when signed in', async () => {
    const visitor = t.client();
    const anonymous = await visitor.get('/api/auth/session');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ user: null, profile: null });
    const c = t.client();
    const user = await c.register({ role: 'investor' });
    const session = await c.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual((await c.get('/api/auth/me')).body);
    expect(session.body.user.id).toBe(user.id);
    await c.post('/api/auth/logout');
    expect((await c.get('/api/auth/session')).body).toEqual({ user: null, profile: null });
  });

  it('maps legacy province names to the current unit', async () => {
    const a = await t.client().register({ province: 'Quảng Nam' });
    const b = await t.client().register({ province: 'ha-giang' });
    const c = await t.client().register({ province: 'Bà Rịa - Vũng Tàu' });
    expect([a.province, b.province, c.province]).toEqual(['da-nang', 'tuyen-quang', 'tp-ho-chi-minh']);
    expect((await usersCollection().findOne({ _id: a.id }))!.province).toBe('da-nang');
  });
});

describe('Vietnamese passwords', () => {
  // Phone keyboards type precomposed letters; Unikey's "Unicode tổ hợp" and macOS type combining marks.
  const composed = 'mật khẩu của tôi';
  const decomposed = composed.normalize('NFD');

  it('lets a password typed with combining marks sign in to one typed precomposed, and back', async () => {
    expect(decomposed).not.toBe(composed);
    const a = await t.client().register({ password: composed });
    const b = await t.client().register({ password: decomposed });
    for (const [user, typed] of [
      [a, decomposed],
      [a, composed],
      [b, composed],
      [b, decomposed],
    ] as const) {
      const res = await t.client().post('/api/auth/login', { email: user.email, password: typed });
      expect(res.status).toBe(200);
      expect(res.body.user.id).toBe(user.id);
    }
    expect((await t.client().post('/api/auth/login', { email: a.email, password: 'mat khau cua toi' })).status).toBe(401);
  });

  it('counts the 10 characters in letters, not code points', async () => {
    const nine = 'ậậậ ếếế ờ'.normalize('NFD');
    expect(nine.length).toBeGreaterThan(10);
    const res = await t.client().post('/api/auth/register', {
      email: 'chin.ky.tu@example.vn',
      password: nine,
      role: 'startup',
      name: 'Chín ký tự',
      province: 'lang-son',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'password' })]);
    expect(await usersCollection().findOne({ email: 'chin.ky.tu@example.vn' })).toBeNull();
  });

  it('still signs in a password hashed as typed before passwords were normalised', async () => {
    const user = await t.client().register();
    // What the hasher stored before: the decomposed characters themselves.
    const asTyped = await argon2.hash(decomposed, { type: argon2.argon2id, memoryCost: 8192, timeCost: 1, parallelism: 1 });
    await usersCollection().updateOne({ _id: user.id }, { $set: { passwordHash: asTyped } });
    const res = await t.client().post('/api/auth/login', { email: user.email, password: decomposed });
    expect(res.status).toBe(200);
  });
});

describe('bad credentials and bad input', () => {
  it('answers 401 with the same message for a wrong password and an unknown email', async () => {
    const c = t.client();
    const user = await c.register();
    const wrong = await t.client().post('/api/auth/login', { email: user.email, password: 'not-the-password' });
    const unknown = await t.client().post('/api/auth/login', { email: 'nobody@example.vn', password: 'whatever-123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.body.error.code).toBe('unauthenticated');
  });

  it('refuses a duplicate email (any case) with 409 and stores nothing', async () => {
    const c = t.client();
    const user = await c.register();
    const count = await usersCollection().countDocuments();
    const dup = await t.client().post('/api/auth/register', {
      email: user.email.toUpperCase(),
      password: 'another-password',
      role: 'investor',
      name: 'Someone',
      province: 'ha-noi',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('conflict');
    expect(await usersCollection().countDocuments()).toBe(count);
  });

  it.each([
    ['missing fields', { email: 'a@b.vn' }, ['password', 'role', 'name', 'province']],
    ['wrong types', { email: 42, password: true, role: 'startup', name: ['x'], province: 'lang-son' }, ['email', 'password', 'name']],
    [
      'an operator object where a string belongs',
      { email: { $ne: '' }, password: 'long-enough-pass', role: 'startup', name: 'X', province: 'lang-son' },
      ['email'],
    ],
    [
      'an unknown field',
      { email: 'u@b.vn', password: 'long-enough-pass', role: 'startup', name: 'X', province: 'lang-son', isAdmin: true },
      ['(root)'],
    ],
    ['a short password', { email: 'v@b.vn', password: 'short', role: 'startup', name: 'X', province: 'lang-son' }, ['password']],
    [
      'a password of spaces alone',
      { email: 'v@b.vn', password: ' '.repeat(12), role: 'startup', name: 'X', province: 'lang-son' },
      ['password'],
    ],
    ['an unknown role', { email: 'w@b.vn', password: 'long-enough-pass', role: 'wizard', name: 'X', province: 'lang-son' }, ['role']],
    [
      'an unknown province',
      { email: 'x@b.vn', password: 'long-enough-pass', role: 'startup', name: 'X', province: 'atlantis' },
      ['province'],
    ],
    ['a bad email', { email: 'not-an-email', password: 'long-enough-pass', role: 'startup', name: 'X', province: 'lang-son' }, ['email']],
  ])('rejects %s with 400 validation_failed naming each field, storing nothing', async (_label, body, fields) => {
    const count = await usersCollection().countDocuments();
    const res = await t.client().post('/api/auth/register', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = (res.body.error.details as { path: string }[]).map((d) => d.path);
    for (const field of fields) expect(paths).toContain(field);
    expect(await usersCollection().countDocuments()).toBe(count);
  });

  it('refuses self-registration as staff or admin with 403', async () => {
    for (const role of ['staff', 'admin']) {
      const res = await t
        .client()
        .post('/api/auth/register', { email: `${role}@b.vn`, password: 'long-enough-pass', role, name: 'X', province: 'lang-son' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await usersCollection().findOne({ email: `${role}@b.vn` })).toBeNull();
    }
  });

  it('answers malformed JSON with 400 and a 2 MB body with 413', async () => {
    const bad = await t.client().request('POST', '/api/auth/register', { raw: '{"email": "a@b.vn", ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation_failed', message: 'The request body is not valid JSON.' });
    // JSON, but not an object: told so rather than that it is not JSON.
    for (const raw of ['null', '"a@b.vn"', '42', 'true']) {
      const scalar = await t.client().request('POST', '/api/auth/register', { raw });
      expect(scalar.status).toBe(400);
      expect(scalar.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: '(body)', message: 'expected an object' }] });
    }
    const huge = await t.client().post('/api/auth/register', {
      email: 'big@b.vn',
      password: 'x'.repeat(2 * 1024 * 1024),
      role: 'startup',
      name: 'X',
      province: 'lang-son',
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    expect(await usersCollection().findOne({ email: 'big@b.vn' })).toBeNull();
  });

  it('refuses state-changing requests from a foreign Origin but accepts same-origin ones', async () => {
    const body = { email: 'origin@b.vn', password: 'long-enough-pass', role: 'startup', name: 'X', province: 'lang-son' };
    const foreign = await t.client().post('/api/auth/register', body, { headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('forbidden');
    expect(await usersCollection().findOne({ email: 'origin@b.vn' })).toBeNull();
    const same = await t.client().post('/api/auth/register', body, { headers: { origin: t.url } });
    expect(same.status).toBe(201);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.client().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('answers OPTIONS with the methods of the path, and with a JSON 404 where there is no endpoint', async () => {
    const needs = await t.client().request('OPTIONS', '/api/needs');
    expect(needs.status).toBe(200);
    expect(needs.headers.get('allow')!.split(/,\s*/).sort()).toEqual(['GET', 'HEAD', 'POST']);
    const one = await t.client().request('OPTIONS', '/api/intros/some-id/accept');
    expect(one.headers.get('allow')).toBe('POST');
    const unknown = await t.client().request('OPTIONS', '/api/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { code: 'not_found', message: 'Endpoint OPTIONS /api/nope not found.' } });
  });
});

describe('admin accounts', () => {
  it('creates the ADMIN_EMAIL admin at boot and lets it create staff', async () => {
    const admin = t.client();
    const me = await admin.login(ADMIN.email, ADMIN.password);
    expect(me.role).toBe('admin');

    const res = await admin.post('/api/admin/users', {
      email: 'staff.ls@ketnoi.test',
      password: 'staff-password-1',
      role: 'staff',
      name: 'Cán bộ Lạng Sơn',
      province: 'Lạng Sơn',
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ role: 'staff', province: 'lang-son' });
    const staff = t.client();
    expect((await staff.login('staff.ls@ketnoi.test', 'staff-password-1')).role).toBe('staff');

    const noProvince = await admin.post('/api/admin/users', {
      email: 'staff2@ketnoi.test',
      password: 'staff-password-1',
      role: 'staff',
      name: 'X',
    });
    expect(noProvince.status).toBe(400);
    expect(await usersCollection().findOne({ email: 'staff2@ketnoi.test' })).toBeNull();
  });

  it('refuses non-admins (403) and anonymous callers (401)', async () => {
    const body = { email: 'x-admin@ketnoi.test', password: 'long-enough-pass', role: 'admin', name: 'X' };
    const startup = t.client();
    await startup.register();
    expect((await startup.post('/api/admin/users', body)).status).toBe(403);
    expect((await t.client().post('/api/admin/users', body)).status).toBe(401);
    expect(await usersCollection().findOne({ email: 'x-admin@ketnoi.test' })).toBeNull();
  });
});

describe('sessions and accounts survive a restart', () => {
  it('keeps accounts and sessions in the store', async () => {
    const first = await startTestApp();
    const c = first.client();
    const user = await c.register({ role: 'provider', province: 'phu-tho' });
    const dataDir = first.dataDir;
    await first.app.close();

    const second = await startTestApp({ dataDir });
    try {
      const resumed = new TestClient(second.url);
      resumed.cookies.set('kn.sid', c.cookies.get('kn.sid')!);
      expect((await resumed.get('/api/auth/me')).body.user.id).toBe(user.id);
      await second.client().login(user.email, user.password);
    } finally {
      await second.close();
    }
  });
});

describe('request bodies', () => {
  it('accepts a bodiless POST on an endpoint whose body is optional, and refuses a non-JSON body', async () => {
    const c = t.client();
    await c.register();
    expect((await c.request('POST', '/api/auth/logout', { headers: { 'content-length': '0' } })).status).toBe(204);
    const form = await t
      .client()
      .request('POST', '/api/auth/login', { raw: 'email=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(400);
    expect(form.body.error.code).toBe('validation_failed');
  });
});

describe('session restore', () => {
  it('treats a session whose account no longer exists as signed out', async () => {
    const c = t.client();
    const user = await c.register();
    expect((await c.get('/api/auth/me')).status).toBe(200);
    await usersCollection().deleteOne({ _id: user.id });
    const res = await c.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});
