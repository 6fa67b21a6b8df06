// The audit log over HTTP: every accountable act leaves an entry (actor, role, action, target,
// province, details), admins filter and page through it, and nothing can change it.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, member, type Member } from '../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { DAY_MS, ManualClock } from '../../lib/clock.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
let staffUser: { id: string };
let startup: Member;
let expert: Member;
let investor: Member;

/**
 * The entries matching the query, read once: an entry is written in the transaction of its cause,
 * so it is there as soon as the request that caused it has been answered.
 */
const entries = async (query: string, n: number) => {
  const items = (await admin.get(`/api/admin/audit?limit=100&${query}`)).body.items as any[];
  expect(items).toHaveLength(n);
  return items;
};

const t = useTestApp({ clock, env: { ...adminEnv, INTRO_EXPIRY_DAYS: '7' } });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');
beforeAll(async () => {
  staffUser = (await staff.get('/api/auth/me')).body.user;
  startup = await member(t, 'startup');
  expert = await member(t, 'expert', { province: 'lang-son' });
  investor = await member(t, 'investor');
});

describe('what the audit log records', () => {
  it('who introduced whom, and who changed an intro status', async () => {
    const intro = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin tư vấn' })).body;
    await expert.client.post(`/api/intros/${intro.id}/accept`);
    const log = await entries(`targetId=${intro.id}`, 2);
    expect(log.map((e) => [e.action, e.actorId, e.actorRole])).toEqual([
      ['intro.status_changed', expert.user.id, 'expert'],
      ['intro.created', startup.user.id, 'startup'],
    ]);
    expect(log[1]).toMatchObject({
      targetType: 'intro',
      province: 'lang-son',
      details: { fromProfileId: startup.profile.id, toProfileId: expert.profile.id, brokered: false, status: 'pending' },
    });
    expect(log[0].details).toEqual({ from: 'pending', to: 'accepted', via: 'accept' });

    const brokered = (
      await staff.post('/api/intros', { fromProfileId: startup.profile.id, toProfileId: investor.profile.id, message: 'Giới thiệu' })
    ).body;
    const [created] = await entries(`targetId=${brokered.id}`, 1);
    expect(created).toMatchObject({
      action: 'intro.created',
      actorId: staffUser.id,
      actorRole: 'staff',
      actorName: 'Cán bộ lang-son',
      details: { brokered: true },
    });
  });

  it('expiry by the system', async () => {
    const intro = (
      await startup.client.post('/api/intros', {
        toProfileId: (await member(t, 'expert', { name: 'Chuyên gia bận' })).profile.id,
        message: 'x',
      })
    ).body;
    clock.advance(8 * DAY_MS);
    await t.app.container.modules.intros.service.expireDue();
    const log = await entries(`targetId=${intro.id}&action=intro.status_changed`, 1);
    expect(log[0]).toMatchObject({ actorId: 'system', actorRole: 'system', details: { from: 'pending', to: 'expired' } });
  });

  it('need status changes, verification, policy, weights and conflicts', async () => {
    const need = (await startup.client.post('/api/needs', { title: 'Mã vạch', category: 'standards' })).body;
    await startup.client.patch(`/api/needs/${need.id}`, { status: 'resolved' });
    expect((await entries(`targetId=${need.id}`, 1))[0]).toMatchObject({
      action: 'need.status_changed',
      actorRole: 'startup',
      details: { from: 'open', to: 'resolved' },
    });

    await staff.post('/api/staff/verifications', { profileId: expert.profile.id, verified: true, checked: ['Chứng chỉ hành nghề số 42'] });
    const verification = await entries(`targetId=${expert.profile.id}`, 2);
    expect(verification.map((e) => e.action).sort()).toEqual(['profile.verified', 'verification.recorded']);
    expect(verification.find((e) => e.action === 'verification.recorded').details).toMatchObject({
      verified: true,
      checked: ['Chứng chỉ hành nghề số 42'],
    });

    await staff.put('/api/staff/policy', { sharing: 'region', staleNeedDays: 10 });
    const [policy] = await entries('action=policy.changed', 1);
    expect(policy).toMatchObject({
      actorId: staffUser.id,
      targetType: 'province',
      targetId: 'lang-son',
      details: { changes: { sharing: { from: 'all', to: 'region' }, staleNeedDays: { from: 14, to: 10 } } },
    });

    await staff.put('/api/admin/weights?province=lang-son', { weights: { geography: 8 } });
    const [weights] = await entries('action=weights.changed', 1);
    expect(weights).toMatchObject({ actorId: staffUser.id, targetId: 'lang-son', details: { from: {}, to: { geography: 8 } } });

    const conflict = (
      await staff.post('/api/staff/conflicts', { profileId: startup.profile.id, otherProfileId: investor.profile.id, reason: 'Cổ đông' })
    ).body;
    await staff.delete(`/api/staff/conflicts/${conflict.id}`);
    const log = await entries(`targetId=${conflict.id}`, 2);
    expect(log.map((e) => e.action)).toEqual(['conflict.removed', 'conflict.declared']);
    expect(log[1].details).toMatchObject({ profileId: startup.profile.id, otherProfileId: investor.profile.id, reason: 'Cổ đông' });
  });

  it('accounts created by an admin (not self-registration)', async () => {
    const created = await entries('action=account.created', 1);
    expect(created[0]).toMatchObject({ actorRole: 'admin', targetType: 'user', province: 'lang-son', details: { role: 'staff' } });
    expect(created).toHaveLength(1);
  });
});

describe('reading the audit log', () => {
  it('filters by actor, action, province and period, and pages newest first', async () => {
    const byStaff = (await admin.get(`/api/admin/audit?limit=100&actorId=${staffUser.id}`)).body.items as any[];
    expect(byStaff.length).toBeGreaterThan(0);
    expect(byStaff.every((e) => e.actorId === staffUser.id)).toBe(true);
    const all = (await admin.get('/api/admin/audit?limit=100')).body.items as any[];
    const times = all.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const page1 = (await admin.get('/api/admin/audit?limit=3')).body;
    const page2 = (await admin.get(`/api/admin/audit?limit=3&cursor=${page1.nextCursor}`)).body;
    expect([...page1.items, ...page2.items].map((e: any) => e.id)).toEqual(all.slice(0, 6).map((e) => e.id));
    // The first day (2 March, Vietnam time) holds the intros; the expiry happened on 10 March.
    const firstDay = (await admin.get('/api/admin/audit?limit=100&from=2026-03-02&to=2026-03-03')).body.items as any[];
    expect(firstDay.length).toBeGreaterThan(0);
    expect(firstDay.every((e) => e.at < '2026-03-02T17:00:00.000Z')).toBe(true);
    expect(firstDay.some((e) => e.actorId === 'system')).toBe(false);
    expect((await admin.get('/api/admin/audit?province=ha-noi')).body.items).toEqual([]);
    expect((await admin.get('/api/admin/audit?action=deleted')).status).toBe(400);
  });

  it('is for admins only and cannot be changed through the API', async () => {
    expect((await staff.get('/api/admin/audit')).status).toBe(403);
    expect((await startup.client.get('/api/admin/audit')).status).toBe(403);
    const before = (await admin.get('/api/admin/audit?limit=100')).body.items as any[];
    const id = before[0].id;
    for (const [method, path] of [
      ['PUT', `/api/admin/audit/${id}`],
      ['PATCH', `/api/admin/audit/${id}`],
      ['DELETE', `/api/admin/audit/${id}`],
      ['DELETE', '/api/admin/audit'],
      ['PUT', '/api/admin/audit'],
      ['POST', '/api/admin/audit'],
    ] as const) {
      const res = await admin.request(method, path, { body: { action: 'policy.changed', actorId: 'someone-else' } });
      expect(res.status).toBe(404);
    }
    expect((await admin.get('/api/admin/audit?limit=100')).body.items).toEqual(before);
  });
});
