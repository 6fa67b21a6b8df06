// Demo accounts share a published password (docs/DEMO.md). A deployment must never get them by
// accident (NODE_ENV=production loads them only with DEMO_DATA=1), and never with staff or admin
// rights once a real administrator is configured.
import { DEMO_PASSWORD, demoDataset, demoEmail } from '@ketnoi/seeds';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, adminClient, adminEnv } from './helpers/fixtures.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const demoLogin = (app: TestApp, key: string) => app.client().post('/api/auth/login', { email: demoEmail(key), password: DEMO_PASSWORD });

describe('demo data in production', () => {
  it.each([
    ['unset', undefined],
    ['empty', ''],
  ])('is not loaded when DEMO_DATA is %s', async (_, value) => {
    t = await startTestApp({ env: { NODE_ENV: 'production', DEMO_DATA: value } });
    expect((await demoLogin(t, 'admin')).status).toBe(401);
    expect((await demoLogin(t, 'mat-ong-chi-lang')).status).toBe(401);
    expect((await t.client().get('/api/search?q=mat%20ong')).body.items).toEqual([]);
    expect(t.app.banner().join('\n')).not.toContain('Demo data loaded');
  });

  it('is loaded when DEMO_DATA=1 asks for it', async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production', DEMO_DATA: '1' } });
    expect((await demoLogin(t, 'mat-ong-chi-lang')).body.user.role).toBe('startup');
  });
});

describe('demo data with ADMIN_EMAIL set', () => {
  it('leaves out the demo staff and admin: no account with the published password moderates or administers', async () => {
    t = await startTestApp({ env: { DEMO_DATA: '1', ...adminEnv } });
    const privileged = demoDataset.users.filter((u) => u.role === 'staff' || u.role === 'admin');
    expect(privileged.map((u) => u.role)).toContain('admin');
    for (const seed of privileged) {
      const res = await t.client().post('/api/auth/login', { email: seed.email, password: DEMO_PASSWORD });
      expect(res.status, seed.email).toBe(401);
    }
    // Every other demo account is there, and none of them is staff or admin.
    for (const seed of demoDataset.users.filter((u) => !privileged.includes(u))) {
      const res = await t.client().post('/api/auth/login', { email: seed.email, password: DEMO_PASSWORD });
      expect(res.status, seed.email).toBe(200);
      expect(['startup', 'expert', 'investor', 'provider']).toContain(res.body.user.role);
    }
    // The configured admin is the one admin, and the demo's history still loaded.
    const admin = await adminClient(t);
    expect((await admin.get('/api/auth/me')).body.user).toMatchObject({ email: ADMIN.email, role: 'admin' });
    const honey = t.client();
    await honey.login(demoEmail('mat-ong-chi-lang'), DEMO_PASSWORD);
    expect((await honey.get('/api/conversations')).body.items).toHaveLength(1);
    const banner = t.app.banner().join('\n');
    expect(banner).toContain(`Admin: ${ADMIN.email}`);
    expect(banner).not.toContain(demoEmail('admin'));
    expect(banner).not.toContain(demoEmail('staff-lang-son'));
  });
});
