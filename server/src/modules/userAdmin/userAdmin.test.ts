// Issue 14 item 22: administrators had no user list with search, suspension and password reset.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { ADMIN, adminClient, adminEnv, member } from '../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../test/helpers/signedIn.js';
import { liveClient } from '../../../test/helpers/sockets.js';
import { startTestApp, useTestApp } from '../../../test/helpers/testApp.js';
import { loadGenerated } from '../../seeding/bulk.js';

let honey: Member;
const STAFF = { email: 'tuan.hoang@langson.test', password: 'staff-password-1' };

const t = useTestApp({ env: adminEnv, startJobs: false });
const admin = useAdmin(t);
beforeAll(async () => {
  await admin.post('/api/admin/users', { ...STAFF, role: 'staff', name: 'Hoàng Minh Tuấn', province: 'lang-son' });
  await admin.post('/api/admin/users', {
    email: 'hang@phutho.test',
    password: 'staff-password-1',
    role: 'staff',
    name: 'Nguyễn Thu Hằng',
    province: 'phu-tho',
  });
  honey = await member(t, 'startup', {}, { name: 'Lâm Văn Hùng', email: 'hung.matong@example.vn' });
});

type Row = { id: string; email: string; name: string; role: string; province: string | null; suspended: boolean; profile: unknown };
const list = async (query: string) => {
  const res = await admin.get(`/api/admin/users?${query}`);
  expect(res.status).toBe(200);
  return res.body as { items: Row[]; nextCursor: string | null };
};

describe('GET /api/admin/users', () => {
  it('finds accounts by part of the name or e-mail, without diacritics, and filters', async () => {
    expect((await list('q=tuan')).items.map((u) => u.email)).toEqual([STAFF.email]);
    expect((await list('q=' + encodeURIComponent('Tuấn hoàng'))).items.map((u) => u.email)).toEqual([STAFF.email]);
    expect((await list('q=matong')).items.map((u) => u.email)).toEqual(['hung.matong@example.vn']);
    expect((await list('q=' + encodeURIComponent('.*'))).items).toEqual([]); // words, never patterns
    expect((await list('role=staff')).items.map((u) => u.name).sort()).toEqual(['Hoàng Minh Tuấn', 'Nguyễn Thu Hằng']);
    expect((await list('role=staff&province=phu-tho')).items.map((u) => u.name)).toEqual(['Nguyễn Thu Hằng']);
    const [hung] = (await list('q=hung')).items;
    expect(hung).toMatchObject({
      role: 'startup',
      province: 'lang-son',
      suspended: false,
      profile: { id: honey.profile.id, kind: 'startup' },
    });
    expect(JSON.stringify(hung)).not.toMatch(/passwordHash|searchKey|\$argon/);
  });

  it('pages newest first and is for administrators only', async () => {
    const first = await list('limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.email).toBe('hung.matong@example.vn');
    const rest = await list(`limit=100&cursor=${first.nextCursor}`);
    expect(rest.items.map((u) => u.email)).toEqual(expect.arrayContaining([ADMIN.email]));
    expect(rest.items.some((u) => first.items.some((f) => f.id === u.id))).toBe(false);
    expect((await honey.client.get('/api/admin/users')).status).toBe(403);
    expect((await admin.get('/api/admin/users?role=king')).status).toBe(400);
  });
});

describe('suspending an account', () => {
  it('ends its sessions and sockets, refuses its sign-in and withholds its profile, until lifted', async () => {
    const socket = await liveClient(t.url, honey.client);
    const closed = new Promise((resolve) => socket.socket.once('disconnect', resolve));
    const searchFor = async () =>
      (await t.client().get(`/api/search?q=${encodeURIComponent('chanh rừng')}`)).body.items.map((i: { id: string }) => i.id);
    expect(await searchFor()).toContain(honey.profile.id);

    const res = await admin.post(`/api/admin/users/${honey.user.id}/suspend`, { reason: 'Thông tin giả mạo' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: honey.user.id, suspended: true, suspendReason: 'Thông tin giả mạo' });
    await closed;
    expect((await honey.client.get('/api/auth/me')).status).toBe(401);
    const again = t.client();
    const refused = await again.post('/api/auth/login', { email: 'hung.matong@example.vn', password: honey.user.password });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details).toEqual({ reason: 'account_suspended' });
    expect((await again.post('/api/auth/login', { email: 'hung.matong@example.vn', password: 'wrong-password-0' })).status).toBe(401);
    expect(await searchFor()).not.toContain(honey.profile.id);
    expect((await t.client().get(`/api/profiles/${honey.profile.id}`)).status).toBe(404);
    expect((await list('suspended=true')).items.map((u) => u.id)).toEqual([honey.user.id]);
    const audit = (await admin.get('/api/admin/audit?action=account.suspended')).body.items;
    expect(audit[0]).toMatchObject({ targetType: 'user', targetId: honey.user.id, details: { reason: 'Thông tin giả mạo' } });

    const lifted = await admin.post(`/api/admin/users/${honey.user.id}/unsuspend`);
    expect(lifted.body).toMatchObject({ suspended: false, suspendReason: null });
    await again.login('hung.matong@example.vn', honey.user.password);
    expect((await again.get('/api/auth/me')).status).toBe(200);
    expect(await searchFor()).toContain(honey.profile.id);
  });

  it('refuses an administrator suspending themselves, and unknown accounts', async () => {
    const me = (await admin.get('/api/auth/me')).body.user;
    expect((await admin.post(`/api/admin/users/${me.id}/suspend`, {})).status).toBe(403);
    expect((await admin.post('/api/admin/users/nobody/suspend', {})).status).toBe(404);
  });
});

describe('sending a password reset link', () => {
  it('queues the reset mail to the account, records it, and stops after the hourly allowance', async () => {
    const staff = (await list('q=tuan')).items[0]!;
    const res = await admin.post(`/api/admin/users/${staff.id}/password-reset`);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ queued: true, email: STAFF.email });
    const [mail] = await t.app.container.modules.mail.outbox.find({ userId: staff.id });
    expect(mail).toMatchObject({ kind: 'password.reset', status: 'queued' });
    const audit = (await admin.get('/api/admin/audit?action=account.password_reset_sent')).body.items;
    expect(audit[0]).toMatchObject({ targetId: staff.id });
    for (let i = 0; i < 4; i++) expect((await admin.post(`/api/admin/users/${staff.id}/password-reset`)).status).toBe(202);
    expect((await admin.post(`/api/admin/users/${staff.id}/password-reset`)).status).toBe(429);
  });
});

describe('accounts loaded by the bulk seeder (npm run seed)', () => {
  it('are found by name like any other', async () => {
    const seeded = await startTestApp({ env: adminEnv, startJobs: false });
    try {
      await loadGenerated(seeded.app.container, { profiles: 3, seed: 11 });
      const {
        items: [someone],
      } = await seeded.app.container.modules.accounts.repository.list({ role: { $ne: 'admin' } }, { limit: 1 });
      const surname = someone!.name.split(' ')[0]!;
      const found = await (await adminClient(seeded)).get(`/api/admin/users?q=${encodeURIComponent(surname)}&limit=100`);
      expect(found.status).toBe(200);
      expect(found.body.items.map((u: Row) => u.email)).toContain(someone!.email);
    } finally {
      await seeded.close();
    }
  });
});
