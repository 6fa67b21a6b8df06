// The staff queue over HTTP with a manual clock: intros awaiting staff, experts who leave requests
// unanswered, intros stalled past expiry, and open needs without an introduction for N days.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';

const T0 = '2026-03-02T02:00:00.000Z';
const clock = new ManualClock(T0);
let startup: Member;
let investor: Member;
let e1: Member;
let e2: Member;
const needs: Record<string, string> = {};
const intros: Record<string, string> = {};

const at = (days: number) => new Date(Date.parse(T0) + days * DAY_MS).toISOString();
const ids = (items: { id: string }[]) => items.map((i) => i.id);

const t = useTestApp({ clock, env: { ...adminEnv, INTRO_EXPIRY_DAYS: '7' } });
const admin = useAdmin(t);
const staffLS = useStaff(t, admin, 'lang-son');
const staffPT = useStaff(t, admin, 'phu-tho');
beforeAll(async () => {
  expect((await staffLS.put('/api/staff/policy', { staffApprovalKinds: ['investor'] })).status).toBe(200);
  startup = await member(t, 'startup');
  investor = await member(t, 'investor');
  e1 = await member(t, 'expert', { name: 'Chuyên gia Một' });
  e2 = await member(t, 'expert', { name: 'Chuyên gia Hai' });
  for (const [key, category] of [
    ['n1', 'trademark'],
    ['n2', 'standards'],
    ['n3', 'distribution'],
  ] as const) {
    needs[key] = (await startup.client.post('/api/needs', { title: `Nhu cầu ${key}`, category })).body.id;
  }
  intros.toInvestor = (
    await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gặp nhà đầu tư' })
  ).body.id;
  intros.toE1 = (
    await startup.client.post('/api/intros', { toProfileId: e1.profile.id, needId: needs.n2, message: 'Xin tư vấn tiêu chuẩn' })
  ).body.id;
});

describe('GET /api/staff/queue', () => {
  it('lists intros awaiting staff with approve/reject, and nothing else on day 0', async () => {
    const q = (await staffLS.get('/api/staff/queue')).body;
    expect(q.scope).toEqual({ level: 'province', province: 'lang-son', region: null });
    expect(ids(q.pendingStaff)).toEqual([intros.toInvestor]);
    expect(q.pendingStaff[0]).toMatchObject({
      status: 'pending_staff',
      overdue: false,
      actions: ['approve', 'reject'],
      to: { id: investor.profile.id },
    });
    expect(q.staleNeeds).toEqual([]);
    expect(q.stalledIntros).toEqual([]);
    expect(q.unansweredExperts).toEqual([]);
    expect(q.staleNeedDays).toBe(14);
  });

  it('shows an expert who has left a request unanswered for 3 days', async () => {
    clock.set(at(4));
    const q = (await staffLS.get('/api/staff/queue')).body;
    expect(q.unansweredExperts).toEqual([
      {
        profile: expect.objectContaining({ id: e1.profile.id, kind: 'expert' }),
        pending: 1,
        oldestAt: T0,
        introIds: [intros.toE1],
        actions: ['follow_up', 'reassign'],
      },
    ]);
    expect(q.counts).toEqual({ pendingStaff: 1, staleNeeds: 0, stalledIntros: 0, unansweredExperts: 1 });
  });

  it('shows intros pending past expiry, then expired ones after the sweep', async () => {
    clock.set(at(8));
    let q = (await staffLS.get('/api/staff/queue')).body;
    expect(q.stalledIntros.map((i: any) => [i.id, i.stalled, i.actions])).toEqual([
      [intros.toE1, 'past_expiry', ['follow_up', 'reassign']],
    ]);
    expect(q.pendingStaff[0].overdue).toBe(true);
    expect(await t.app.container.modules.intros.service.expireDue()).toBe(2);
    q = (await staffLS.get('/api/staff/queue')).body;
    expect(q.pendingStaff).toEqual([]);
    expect(q.stalledIntros.map((i: any) => i.stalled)).toEqual(['expired', 'expired']);
    expect(ids(q.stalledIntros).sort()).toEqual([intros.toInvestor, intros.toE1].sort());
    expect(q.unansweredExperts).toEqual([]);
  });

  it('lists open needs with no introduction for 14 days (policy), with broker/follow_up', async () => {
    clock.set(at(10));
    intros.toE2 = (
      await startup.client.post('/api/intros', { toProfileId: e2.profile.id, needId: needs.n3, message: 'Xin kết nối phân phối' })
    ).body.id;
    clock.set(at(13));
    expect((await staffLS.get('/api/staff/queue')).body.staleNeeds).toEqual([]);
    clock.set(at(15));
    const q = (await staffLS.get('/api/staff/queue')).body;
    // n1 never had an intro; n2's only intro is 15 days old; n3 had one 5 days ago.
    expect(q.staleNeeds.map((n: any) => [n.id, n.waitingDays, n.lastIntroAt, n.actions])).toEqual(
      [
        [needs.n1, 15, null, ['broker', 'follow_up']],
        [needs.n2, 15, T0, ['broker', 'follow_up']],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(q.staleNeeds[0].startup).toMatchObject({ id: startup.profile.id });
    expect((await staffLS.get('/api/staff/queue?days=16')).body.staleNeeds).toEqual([]);
    expect((await staffLS.put('/api/staff/policy', { staleNeedDays: 30 })).body.staleNeedDays).toBe(30);
    expect((await staffLS.get('/api/staff/queue')).body.staleNeeds).toEqual([]);
    await staffLS.put('/api/staff/policy', { staleNeedDays: 14 });
  });

  it('keeps every province to itself; admins choose one or see all', async () => {
    const other = (await staffPT.get('/api/staff/queue')).body;
    expect(other.counts).toEqual({ pendingStaff: 0, staleNeeds: 0, stalledIntros: 0, unansweredExperts: 0 });
    expect((await staffPT.get('/api/staff/queue?province=lang-son')).status).toBe(403);
    const mine = (await staffLS.get('/api/staff/queue')).body;
    const adminLS = (await admin.get('/api/staff/queue?province=lang-son')).body;
    expect(adminLS.counts).toEqual(mine.counts);
    expect((await admin.get('/api/staff/queue?province=phu-tho')).body.counts.staleNeeds).toBe(0);
    const all = (await admin.get('/api/staff/queue')).body;
    expect(all.scope.level).toBe('national');
    expect(all.counts).toEqual(mine.counts);
    expect((await startup.client.get('/api/staff/queue')).status).toBe(403);
  });
});
