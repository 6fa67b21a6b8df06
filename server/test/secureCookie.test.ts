// The session cookie is Secure behind TLS (API.md "Conventions"): a trusted proxy says so with
// X-Forwarded-Proto, whether or not PUBLIC_ORIGIN is configured; an untrusted header changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';

const running: TestApp[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

async function sessionCookie(env: Record<string, string>, headers: Record<string, string>) {
  const t = await startTestApp({ env });
  running.push(t);
  const user = await t.client().register({ role: 'startup' });
  const res = await t.client().post('/api/auth/login', { email: user.email, password: user.password }, { headers });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kn.sid='));
  expect(cookie).toBeDefined();
  return cookie!.split(';').map((part) => part.trim().toLowerCase());
}

describe('the session cookie behind a TLS-terminating proxy', () => {
  it('is Secure, HttpOnly and SameSite=Lax when a trusted proxy forwards https (no PUBLIC_ORIGIN set)', async () => {
    const attributes = await sessionCookie({ TRUST_PROXY: '1' }, { 'x-forwarded-proto': 'https' });
    expect(attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax']));
  });

  it('is not Secure over plain http, nor when the header comes from an untrusted client', async () => {
    expect(await sessionCookie({ TRUST_PROXY: '1' }, { 'x-forwarded-proto': 'http' })).not.toContain('secure');
    expect(await sessionCookie({ TRUST_PROXY: '0' }, { 'x-forwarded-proto': 'https' })).not.toContain('secure');
  });
});
