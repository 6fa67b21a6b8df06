import { describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { adminEnv, member, staffOf } from '../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../test/helpers/signedIn.js';
import { liveClientForTest } from '../../../test/helpers/sockets.js';
import { startTestApp, useTestApp } from '../../../test/helpers/testApp.js';
import { DAY_MS, ManualClock } from '../../lib/clock.js';

const introsCollection = () => t.app.store.collection({ name: 'intros' });

const t = useTestApp({ env: adminEnv });
const admin = useAdmin(t);

const ask = (from: Member, to: Member, extra: Record<string, unknown> = {}) =>
  from.client.post('/api/intros', { toProfileId: to.profile.id, message: 'Xin được kết nối.', ...extra });

describe('asking for introductions', () => {
  it('refuses bad requests with the contract codes and stores nothing', async () => {
    const s = await member(t, 'startup');
    const other = await member(t, 'startup', { name: 'Startup khác' });
    const e = await member(t, 'expert');
    const before = await introsCollection().countDocuments();
    expect((await s.client.post('/api/intros', { toProfileId: e.profile.id })).status).toBe(400);
    expect((await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'x', extra: true })).status).toBe(400);
    expect((await s.client.post('/api/intros', { toProfileId: 'nobody', message: 'x' })).status).toBe(404);
    expect((await ask(s, s)).status).toBe(409);
    expect((await ask(s, other)).status).toBe(403);
    const foreignNeed = (await other.client.post('/api/needs', { title: 'Gọi vốn', category: 'funding' })).body;
    expect((await ask(s, e, { needId: foreignNeed.id })).status).toBe(404);
    const closed = (await s.client.post('/api/needs', { title: 'Đã xong', category: 'legal' })).body;
    await s.client.patch(`/api/needs/${closed.id}`, { status: 'closed' });
    const closedRes = await ask(s, e, { needId: closed.id });
    expect(closedRes.status).toBe(409);
    expect(closedRes.body.error.code).toBe('conflict');
    expect(await introsCollection().countDocuments()).toBe(before);
    const anonymous = await t.client().post('/api/intros', { toProfileId: e.profile.id, message: 'x' });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a second open intro between the same pair, and a declared conflict of interest', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    expect((await ask(s, e)).status).toBe(201);
    const dup = await ask(e, s);
    expect(dup.status).toBe(409);
    const e2 = await member(t, 'expert');
    await t.app.container.modules.conflicts.repository.collection.insertOne({
      _id: `conflict-${e2.profile.id}`,
      profileId: e2.profile.id,
      otherProfileId: s.profile.id,
      reason: 'Người thân',
      declaredBy: 'staff',
      declaredProvince: 'lang-son',
      createdAt: new Date().toISOString(),
    });
    expect((await ask(s, e2)).status).toBe(409);
  });

  it('allows at most 5 outgoing pending requests per startup', async () => {
    const s = await member(t, 'startup');
    const experts = await Promise.all(Array.from({ length: 6 }, (_, i) => member(t, 'expert', { name: `Chuyên gia ${i}` })));
    for (const e of experts.slice(0, 5)) expect((await ask(s, e)).status).toBe(201);
    const sixth = await ask(s, experts[5]!);
    expect(sixth.status).toBe(409);
    expect(sixth.body.error.details).toEqual({ reason: 'too_many_pending', limit: 5 });
    expect(await introsCollection().countDocuments({ fromProfileId: s.profile.id })).toBe(5);
    // Withdrawing one frees a slot.
    const mine = (await s.client.get('/api/intros?box=outgoing')).body.items;
    expect(mine).toHaveLength(5);
    expect((await s.client.post(`/api/intros/${mine[0].id}/withdraw`)).body.status).toBe('withdrawn');
    expect((await ask(s, experts[5]!)).status).toBe(201);
  });
  it('keeps the limit when one startup sends many requests at once', async () => {
    const s = await member(t, 'startup');
    const experts = await Promise.all(Array.from({ length: 8 }, (_, i) => member(t, 'expert', { name: `Chuyên gia song song ${i}` })));
    const answers = await Promise.all(experts.map((e) => ask(s, e)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 201, 201, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409))
      expect(refused.body.error.details).toEqual({ reason: 'too_many_pending', limit: 5 });
    const stored = await introsCollection().find({ fromProfileId: s.profile.id });
    expect(stored.map((i) => i._id).sort()).toEqual(
      answers
        .filter((a) => a.status === 201)
        .map((a) => a.body.id)
        .sort(),
    );
  });
});

describe('answering', () => {
  it('lets only the awaited side accept or decline, and only the requester withdraw', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const stranger = await member(t, 'expert', { name: 'Người ngoài' });
    const intro = (await ask(s, e)).body;
    expect((await s.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(403);
    expect((await stranger.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(404);
    expect((await stranger.client.get(`/api/intros/${intro.id}`)).status).toBe(404);
    expect((await e.client.post(`/api/intros/${intro.id}/withdraw`)).status).toBe(403);
    const declined = await e.client.post(`/api/intros/${intro.id}/decline`, { reason: 'Đang quá tải' });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Đang quá tải' });
    const stored = await introsCollection().findOne({ _id: intro.id });
    expect(stored).toMatchObject({ status: 'declined', declinedBy: e.profile.id, declineReason: 'Đang quá tải' });
    expect(typeof (stored as unknown as { declinedAt: string }).declinedAt).toBe('string');
    const late = await e.client.post(`/api/intros/${intro.id}/accept`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid_transition');
    expect((await s.client.post(`/api/intros/${intro.id}/withdraw`)).status).toBe(409);
  });

  it('lists incoming and outgoing boxes', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const intro = (await ask(s, e)).body;
    expect((await e.client.get('/api/intros?box=incoming')).body.items.map((i: { id: string }) => i.id)).toEqual([intro.id]);
    expect((await e.client.get('/api/intros?box=outgoing')).body.items).toEqual([]);
    expect((await s.client.get('/api/intros?box=outgoing&status=pending')).body.items.map((i: { id: string }) => i.id)).toEqual([intro.id]);
    expect((await s.client.get('/api/intros?status=accepted')).body.items).toEqual([]);
    expect((await s.client.get('/api/intros?box=sideways')).status).toBe(400);
  });
});

describe('staff brokering (double opt-in)', () => {
  it('needs both sides to accept; the broker joins the conversation', async () => {
    const s = await member(t, 'startup');
    const p = await member(t, 'provider');
    const staff = await staffOf(t, admin, 'lang-son');
    const sLive = await liveClientForTest(t.url, s.client);
    const pLive = await liveClientForTest(t.url, p.client);
    const brokered = await staff.post('/api/intros', {
      fromProfileId: s.profile.id,
      toProfileId: p.profile.id,
      message: 'Sở giới thiệu hai bên gặp nhau.',
    });
    expect(brokered.status).toBe(201);
    expect(brokered.body).toMatchObject({ status: 'pending', brokeredBy: expect.any(String), awaiting: [s.profile.id, p.profile.id] });
    await sLive.next('intro:new', (x) => x.intro.id === brokered.body.id);
    await pLive.next('intro:new', (x) => x.intro.id === brokered.body.id);

    const first = await s.client.post(`/api/intros/${brokered.body.id}/accept`);
    expect(first.body).toMatchObject({ status: 'pending', acceptedBy: [s.profile.id], awaiting: [p.profile.id] });
    expect((await pLive.next('intro:updated', (x) => x.intro.id === brokered.body.id)).intro.acceptedBy).toEqual([s.profile.id]);
    expect((await s.client.get(`/api/profiles/${p.profile.id}`)).body.contact).toBeUndefined();

    const second = await p.client.post(`/api/intros/${brokered.body.id}/accept`);
    expect(second.body.status).toBe('accepted');
    const conversation = (await staff.get('/api/conversations')).body.items.find(
      (c: { id: string }) => c.id === second.body.conversationId,
    );
    expect(conversation.participants).toHaveLength(3);
    const staffMsg = await staff.post(`/api/conversations/${second.body.conversationId}/messages`, {
      body: 'Chúc hai bên hợp tác tốt.',
      clientId: 'staff-1',
    });
    expect(staffMsg.status).toBe(201);
    await sLive.next('message:new', (x) => x.message.clientId === 'staff-1');
  });

  it('refuses brokering outside the staff member’s province', async () => {
    const s = await member(t, 'startup', { province: 'phu-tho' });
    const e = await member(t, 'expert', { province: 'phu-tho' });
    const staff = await staffOf(t, admin, 'lang-son');
    expect((await staff.post('/api/intros', { fromProfileId: s.profile.id, toProfileId: e.profile.id, message: 'x' })).status).toBe(403);
    expect((await staff.post('/api/intros', { toProfileId: e.profile.id, message: 'x' })).status).toBe(400);
  });
});

describe('provinces that require staff approval (pending_staff)', () => {
  it('routes intros to investors through staff first', async () => {
    await t.app.container.modules.provinces.repository.save('lang-son', {
      staffApprovalKinds: ['investor'],
      updatedBy: 'test',
      updatedAt: new Date().toISOString(),
    });
    const s = await member(t, 'startup');
    const investor = await member(t, 'investor');
    const staffLs = await staffOf(t, admin, 'lang-son');
    const staffPt = await staffOf(t, admin, 'phu-tho');
    const staffLive = await liveClientForTest(t.url, staffLs);
    const investorLive = await liveClientForTest(t.url, investor.client);
    try {
      const intro = (await ask(s, investor)).body;
      expect(intro.status).toBe('pending_staff');
      await staffLive.next('intro:new', (x) => x.intro.id === intro.id);
      expect(investorLive.received('intro:new')).toHaveLength(0);
      expect((await investor.client.post(`/api/intros/${intro.id}/accept`)).body.error.code).toBe('invalid_transition');
      expect((await staffPt.post(`/api/intros/${intro.id}/approve`)).status).toBe(404);

      const approved = await staffLs.post(`/api/intros/${intro.id}/approve`);
      expect(approved.body.status).toBe('pending');
      await investorLive.next('intro:new', (x) => x.intro.id === intro.id && x.intro.status === 'pending');
      expect((await investor.client.post(`/api/intros/${intro.id}/accept`)).body.status).toBe('accepted');

      const other = await member(t, 'investor', { name: 'Quỹ khác' });
      const second = (await ask(s, other)).body;
      const rejected = await staffLs.post(`/api/intros/${second.id}/reject`, { reason: 'Chưa đủ hồ sơ' });
      expect(rejected.body).toMatchObject({ status: 'rejected' });
      expect(rejected.body.history.map((h: { to: string }) => h.to)).toEqual(['pending_staff', 'rejected']);
      // Experts are not affected by the investor rule.
      expect((await ask(s, await member(t, 'expert'))).body.status).toBe('pending');
    } finally {
      await t.app.container.modules.provinces.repository.save('lang-son', { staffApprovalKinds: [] });
    }
  });
});

describe('expiry', () => {
  it('expires unanswered requests after the configured days and tells both sides', async () => {
    const clock = new ManualClock(new Date());
    const app = await startTestApp({ clock, env: { INTRO_EXPIRY_DAYS: '7' } });
    try {
      const s = await member(app, 'startup');
      const e = await member(app, 'expert');
      const intro = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'Xin chào' })).body;
      expect(Date.parse(intro.expiresAt) - Date.parse(intro.createdAt)).toBe(7 * DAY_MS);

      clock.advance(6 * DAY_MS);
      expect(await app.app.container.modules.intros.service.expireDue()).toBe(0);
      clock.advance(1 * DAY_MS + 1000);
      expect(await app.app.container.modules.intros.service.expireDue()).toBe(1);

      const after = (await s.client.get(`/api/intros/${intro.id}`)).body;
      expect(after.status).toBe('expired');
      expect(after.history.at(-1)).toMatchObject({ by: 'system', from: 'pending', to: 'expired' });
      await new Promise((r) => setTimeout(r, 50));
      for (const c of [s.client, e.client]) {
        const types = (await c.get('/api/notifications')).body.items.map((n: { type: string }) => n.type);
        expect(types).toContain('intro.expired');
      }
      expect((await e.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(409);
    } finally {
      await app.close();
    }
  });
});
