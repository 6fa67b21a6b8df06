// Issue 14 item 20: an investor's top suggestion could not be contacted while that startup's own
// request to the investor was waiting. A second request answers 409 naming the existing intro (to
// whoever may open it), match lists carry the live intro with each candidate, and the intro list
// filters by the other side.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { adminEnv, member, staffOf } from '../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../test/helpers/testApp.js';

let startup: Member;
let investor: Member;
const introsCollection = () => t.app.store.collection({ name: 'intros' });

const t = useTestApp({ env: adminEnv });
const admin = useAdmin(t);
beforeAll(async () => {
  startup = await member(t, 'startup', { name: 'XứLạng IoT', sectors: ['agri_food_ocop'], stage: 'prototype' });
  investor = await member(t, 'investor');
});

const matchFor = async (m: Member, id: string) => {
  const res = await m.client.get(`/api/matches?for=${m.profile.id}&kind=startup&limit=50`);
  expect(res.status).toBe(200);
  return (res.body.items as { profile: { id: string }; connection?: Record<string, unknown> }[]).find((i) => i.profile.id === id);
};

describe('asking again where an intro already exists', () => {
  it('answers 409 naming the waiting request, which the investor can then accept', async () => {
    const asked = await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Xin gặp anh chị.' });
    expect(asked.status).toBe(201);
    const before = await introsCollection().countDocuments();

    const again = await investor.client.post('/api/intros', { toProfileId: startup.profile.id, message: 'Chúng tôi muốn tìm hiểu.' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'intro_exists', introId: asked.body.id, status: 'pending' },
    });
    expect(await introsCollection().countDocuments()).toBe(before);
    // The same from the requester's side.
    const twice = await startup.client.post('/api/intros', { toProfileId: investor.profile.id, message: 'Nhắc lại.' });
    expect(twice.body.error.details).toMatchObject({ introId: asked.body.id });

    expect(await matchFor(investor, startup.profile.id)).toMatchObject({
      connection: { introId: asked.body.id, status: 'pending', direction: 'incoming', awaitingYou: true },
    });
    const listed = await investor.client.get(`/api/intros?with=${startup.profile.id}`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([asked.body.id]);

    const accepted = await investor.client.post(`/api/intros/${again.body.error.details.introId}/accept`);
    expect(accepted.status).toBe(200);
    const connection = (await matchFor(investor, startup.profile.id))?.connection;
    expect(connection).toMatchObject({ status: 'accepted', direction: 'incoming', awaitingYou: false });
    expect(connection?.conversationId).toBe(accepted.body.conversationId);
  });

  it('does not name the intro to staff who may not open it', async () => {
    const farInvestor = await member(t, 'investor', { name: 'Quỹ Hà Nội', province: 'ha-noi' });
    const asked = await startup.client.post('/api/intros', { toProfileId: farInvestor.profile.id, message: 'Xin gặp quỹ.' });
    expect(asked.status).toBe(201);
    const staffHaNoi = await staffOf(t, admin, 'ha-noi');
    const brokered = await staffHaNoi.post('/api/intros', {
      fromProfileId: startup.profile.id,
      toProfileId: farInvestor.profile.id,
      message: 'Sở giới thiệu hai bên.',
    });
    expect(brokered.status).toBe(409);
    expect(brokered.body.error.details).toEqual({ reason: 'intro_exists', status: 'pending' });
    const staffLangSon = await staffOf(t, admin, 'lang-son');
    const own = await staffLangSon.post('/api/intros', {
      fromProfileId: startup.profile.id,
      toProfileId: farInvestor.profile.id,
      message: 'Sở giới thiệu hai bên.',
    });
    expect(own.body.error.details).toMatchObject({ introId: asked.body.id });
  });

  it('shows no connection to staff asking on a profile’s behalf, nor where none is live', async () => {
    const staffLangSon = await staffOf(t, admin, 'lang-son');
    const res = await staffLangSon.get(`/api/matches?for=${investor.profile.id}&kind=startup&limit=50`);
    expect(res.body.items.some((i: { connection?: unknown }) => i.connection)).toBe(false);
    const fresh = await member(t, 'investor', { name: 'Nhà đầu tư mới' });
    expect((await matchFor(fresh, startup.profile.id))?.connection).toBeUndefined();
  });

  it('shows a request still waiting for staff to its target as waiting, and lets only its requester read it', async () => {
    const staffLangSon = await staffOf(t, admin, 'lang-son');
    expect((await staffLangSon.put('/api/staff/policy', { staffApprovalKinds: ['investor'] })).status).toBe(200);
    try {
      const waiting = await member(t, 'investor', { name: 'Quỹ chờ duyệt' });
      const asked = await startup.client.post('/api/intros', { toProfileId: waiting.profile.id, message: 'Xin gặp quỹ.' });
      expect(asked.body.status).toBe('pending_staff');
      const again = await waiting.client.post('/api/intros', { toProfileId: startup.profile.id, message: 'Chúng tôi muốn gặp.' });
      expect(again.status).toBe(409);
      expect(again.body.error.details).toEqual({ reason: 'intro_exists', status: 'pending_staff' });
      // Its card says a request waits for staff, so the investor does not ask again (issue 14 item 20),
      // without naming it: the request itself is not the investor's to read until staff approve it.
      expect((await matchFor(waiting, startup.profile.id))?.connection).toMatchObject({
        status: 'pending_staff',
        direction: 'incoming',
        awaitingYou: false,
      });
      expect((await waiting.client.get(`/api/intros/${asked.body.id}`)).status).toBe(404);
      expect((await startup.client.get(`/api/intros?with=${waiting.profile.id}`)).body.items).toMatchObject([{ id: asked.body.id }]);
      expect((await waiting.client.get(`/api/intros?with=${startup.profile.id}`)).body.items).toEqual([]);
    } finally {
      await staffLangSon.put('/api/staff/policy', { staffApprovalKinds: [] });
    }
  });
});
