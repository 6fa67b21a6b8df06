// Sign-in throttling over HTTP, one address: failures per account and per address, and bursts
// sent at once, which take turns instead of all passing the check before any failure counts.
// (Addresses behind a proxy and the Redis counters: test/loginThrottle.test.ts.)
import { describe, expect, it } from 'vitest';
import { startTestApp, useTestApp } from '../../../test/helpers/testApp.js';

const t = useTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' } });

describe('login throttling', () => {
  it('locks an account after repeated failures (429), even for the right password', async () => {
    const c = t.client();
    const user = await c.register();
    for (let i = 0; i < 3; i++) {
      expect((await t.client().post('/api/auth/login', { email: user.email, password: 'wrong-password' })).status).toBe(401);
    }
    const blocked = await t.client().post('/api/auth/login', { email: user.email, password: user.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other accounts are unaffected.
    const other = await t.client().register();
    await t.client().login(other.email, other.password);
  });

  it('lets a burst sent at once guess no more than one attempt after another would', async () => {
    const user = await t.client().register();
    const burst = await Promise.all(
      Array.from({ length: 12 }, () => t.client().post('/api/auth/login', { email: user.email, password: 'wrong-password' })),
    );
    const statuses = burst.map((res) => res.status);
    // The attempts take turns, each judged on the failures before it: three guesses, then waits.
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    const refused = burst.find((res) => res.status === 429)!;
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await t.client().post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(429);
  });

  it('lets the right password in from several tabs at once', async () => {
    const user = await t.client().register();
    const tabs = await Promise.all(
      Array.from({ length: 4 }, () => t.client().post('/api/auth/login', { email: user.email, password: user.password })),
    );
    expect(tabs.map((res) => res.status)).toEqual([200, 200, 200, 200]);
  });

  it('limits failures per address, also when they are sent at once', async () => {
    const burst = await startTestApp({ env: { LOGIN_MAX_FAILURES: '100', LOGIN_MAX_FAILURES_PER_IP: '10' } });
    try {
      const first = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          burst.client().post('/api/auth/login', { email: `nobody${i}@b.vn`, password: 'wrong-password' }),
        ),
      );
      expect(first.filter((res) => res.status === 401).length).toBeLessThanOrEqual(10);
      expect(first.every((res) => res.status === 401 || res.status === 429)).toBe(true);
      const more = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          burst.client().post('/api/auth/login', { email: `else${i}@b.vn`, password: 'wrong-password' }),
        ),
      );
      expect(first.concat(more).filter((res) => res.status === 401).length).toBeLessThanOrEqual(10);
    } finally {
      await burst.close();
    }
  });

  it('limits failures per address', async () => {
    const strict = await startTestApp({ env: { LOGIN_MAX_FAILURES: '100', LOGIN_MAX_FAILURES_PER_IP: '4' } });
    try {
      for (let i = 0; i < 4; i++) {
        const res = await strict.client().post('/api/auth/login', { email: `nobody${i}@b.vn`, password: 'wrong-password' });
        expect(res.status).toBe(401);
      }
      const res = await strict.client().post('/api/auth/login', { email: 'someone-else@b.vn', password: 'wrong-password' });
      expect(res.status).toBe(429);
    } finally {
      await strict.close();
    }
  });
});
