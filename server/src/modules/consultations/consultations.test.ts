import { describe, expect, it } from 'vitest';
import { adminClient, adminEnv, member, staffOf } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { ManualClock } from '../../lib/clock.js';

const DAY = 86_400_000;
/** Business time (July 2025, before the real clock so sessions stay valid); outcomes once the meeting has started. */
const clock = new ManualClock('2025-06-25T00:00:00Z');
const happened = (startsAt: string) => {
  if (clock.now().toISOString() < startsAt) clock.set(new Date(Date.parse(startsAt) + 60_000));
};
const at = (days: number, hours = 9) => new Date(Date.UTC(2025, 6, 1 + days, hours)).toISOString();

const t = useTestApp({ env: adminEnv, clock });

async function connected(helperKind: 'expert' | 'provider', helperProfile: Record<string, unknown> = {}, needCategory?: string) {
  const s = await member(t, 'startup');
  const h = await member(t, helperKind, helperProfile);
  const needId = needCategory ? (await s.client.post('/api/needs', { title: 'Nhu cầu', category: needCategory })).body.id : undefined;
  const intro = (await s.client.post('/api/intros', { toProfileId: h.profile.id, message: 'Xin chào', ...(needId ? { needId } : {}) }))
    .body;
  await h.client.post(`/api/intros/${intro.id}/accept`);
  return { s, h, introId: intro.id as string, needId };
}

describe('scheduling consultations', () => {
  it('needs an accepted intro, a future start and a duration', async () => {
    const s = await member(t, 'startup');
    const e = await member(t, 'expert');
    const pending = (await s.client.post('/api/intros', { toProfileId: e.profile.id, message: 'x' })).body;
    const notYet = await s.client.post('/api/consultations', { introId: pending.id, startsAt: at(1), durationMinutes: 60, mode: 'online' });
    expect(notYet.status).toBe(409);
    await e.client.post(`/api/intros/${pending.id}/accept`);
    expect(
      (
        await s.client.post('/api/consultations', {
          introId: pending.id,
          startsAt: '2020-01-01T00:00:00Z',
          durationMinutes: 60,
          mode: 'online',
        })
      ).status,
    ).toBe(400);
    expect((await s.client.post('/api/consultations', { introId: pending.id, startsAt: at(1), mode: 'online' })).status).toBe(400);
    expect(
      (await s.client.post('/api/consultations', { introId: pending.id, startsAt: 'tomorrow', durationMinutes: 60, mode: 'online' }))
        .status,
    ).toBe(400);
    expect(
      (await s.client.post('/api/consultations', { introId: pending.id, startsAt: at(1), durationMinutes: 60, mode: 'by pigeon' })).status,
    ).toBe(400);
    const outsider = await member(t, 'expert', { name: 'Người ngoài' });
    expect(
      (await outsider.client.post('/api/consultations', { introId: pending.id, startsAt: at(1), durationMinutes: 60, mode: 'online' }))
        .status,
    ).toBe(404);
    const ok = await s.client.post('/api/consultations', {
      introId: pending.id,
      startsAt: at(1),
      durationMinutes: 45,
      mode: 'onsite',
      location: 'Sở KH&CN',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ endsAt: new Date(Date.parse(at(1)) + 45 * 60_000).toISOString(), location: 'Sở KH&CN' });
  });

  it('never lets an expert hold overlapping consultations, nor more than their capacity', async () => {
    const first = await connected('expert', { capacity: 2 });
    const book = (introId: string, startsAt: string, minutes = 60) =>
      first.h.client.post('/api/consultations', { introId, startsAt, durationMinutes: minutes, mode: 'online' });
    expect((await book(first.introId, at(2, 9))).status).toBe(201);
    // A second startup connected to the same expert.
    const s2 = await member(t, 'startup', { name: 'Startup thứ hai' });
    const intro2 = (await s2.client.post('/api/intros', { toProfileId: first.h.profile.id, message: 'x' })).body;
    await first.h.client.post(`/api/intros/${intro2.id}/accept`);
    const clash = await book(intro2.id, at(2, 9).replace('09:00', '09:30'));
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.overlapsWith).toHaveLength(1);
    expect((await book(intro2.id, at(2, 10))).status).toBe(201); // back to back is fine
    const third = await book(first.introId, at(5, 9));
    expect(third.status).toBe(409);
    expect(third.body.error.details).toEqual({ reason: 'at_capacity', active: 2, capacity: 2 });
  });

  it('books a provider resource over days; two bookings of one resource never overlap', async () => {
    const a = await connected('provider', {}, 'workspace');
    const b = await connected('provider');
    // b's provider is a different provider; make a second startup connect to a's provider.
    const s2 = await member(t, 'startup', { name: 'Tumany' });
    const intro2 = (await s2.client.post('/api/intros', { toProfileId: a.h.profile.id, message: 'Mượn hội trường' })).body;
    await a.h.client.post(`/api/intros/${intro2.id}/accept`);
    /** The second startup asks for `resource` from day `from` to day `to` of July. */
    const askFor = (from: number, to: number, resource: string, mode = 'onsite') =>
      s2.client.post('/api/consultations', { introId: intro2.id, startsAt: at(from), endsAt: at(to), resource, mode });

    const tenDays = await a.s.client.post('/api/consultations', {
      introId: a.introId,
      startsAt: at(10),
      endsAt: new Date(Date.parse(at(10)) + 10 * DAY).toISOString(),
      resource: 'hội trường',
      mode: 'onsite',
    });
    expect(tenDays.status).toBe(201);
    expect(tenDays.body).toMatchObject({ resource: 'Hội trường', durationMinutes: 10 * 24 * 60 });
    expect((await a.s.client.get(`/api/needs/${a.needId}`)).body.status).toBe('in_progress');

    const overlap = await askFor(15, 16, 'Hội trường');
    expect(overlap.status).toBe(409);
    const otherRoom = await askFor(15, 16, 'Văn phòng chia sẻ');
    expect(otherRoom.status).toBe(201);
    const unknown = await askFor(40, 41, 'Sân bay');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('resource');
    const online = await askFor(40, 41, 'Hội trường', 'online');
    expect(online.status).toBe(400);

    happened(tenDays.body.startsAt);
    const done = await a.h.client.post(`/api/consultations/${tenDays.body.id}/complete`, {
      outcome: { tags: ['workspace_granted'], note: '10 ngày hội trường' },
    });
    expect(done.body).toMatchObject({ status: 'completed', outcome: { tags: ['workspace_granted'] } });
    expect(b.introId).toBeTruthy();
  });
});

describe('bookings made at the same moment', () => {
  /** `n` startups, each with an accepted intro to one helper. */
  async function helperWithClients(kind: 'expert' | 'provider', n: number, helperProfile: Record<string, unknown> = {}) {
    const h = await member(t, kind, helperProfile);
    const intros: string[] = [];
    for (let i = 0; i < n; i++) {
      const s = await member(t, 'startup', { name: `Startup song song ${i}` });
      const intro = (await s.client.post('/api/intros', { toProfileId: h.profile.id, message: 'Xin gặp' })).body;
      await h.client.post(`/api/intros/${intro.id}/accept`);
      intros.push(intro.id as string);
    }
    return { h, intros };
  }
  const scheduled = async (h: Awaited<ReturnType<typeof member>>) =>
    (await h.client.get('/api/consultations?status=scheduled')).body.items as { id: string; startsAt: string }[];

  it('gives one overlapping slot of an expert to exactly one of them', async () => {
    const { h, intros } = await helperWithClients('expert', 5, { capacity: 10 });
    const answers = await Promise.all(
      intros.map((introId, i) =>
        h.client.post('/api/consultations', {
          introId,
          startsAt: at(60, 9).replace('09:00', `09:${10 + i}`),
          durationMinutes: 60,
          mode: 'online',
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const mine = await scheduled(h);
    expect(mine.map((c) => c.id)).toEqual([answers.find((a) => a.status === 201)!.body.id]);
  });

  it('never schedules an expert past capacity', async () => {
    const { h, intros } = await helperWithClients('expert', 4, { capacity: 2 });
    const answers = await Promise.all(
      intros.map((introId, i) =>
        h.client.post('/api/consultations', { introId, startsAt: at(70 + i), durationMinutes: 60, mode: 'online' }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 409, 409]);
    expect(await scheduled(h)).toHaveLength(2);
  });

  it('books one resource of a provider once for overlapping days', async () => {
    const { h, intros } = await helperWithClients('provider', 4);
    const answers = await Promise.all(
      intros.map((introId, i) =>
        h.client.post('/api/consultations', { introId, startsAt: at(80 + i), endsAt: at(90), resource: 'Hội trường', mode: 'onsite' }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    const booked = await scheduled(h);
    expect(booked.map((c) => c.id)).toEqual([answers.find((a) => a.status === 201)!.body.id]);
  });
});

describe('completing, cancelling and rating', () => {
  it('enforces who may do what, and in which order', async () => {
    const { s, h, introId, needId } = await connected('expert', {}, 'standards');
    const c = (await h.client.post('/api/consultations', { introId, startsAt: at(20), durationMinutes: 60, mode: 'online' })).body;

    expect((await s.client.post(`/api/consultations/${c.id}/feedback`, { rating: 5 })).status).toBe(409);
    expect((await s.client.post(`/api/consultations/${c.id}/complete`, { outcome: { tags: ['label_compliant'] } })).status).toBe(403);
    const early = await h.client.post(`/api/consultations/${c.id}/complete`, { outcome: { tags: ['label_compliant'] } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/not started/);
    expect((await h.client.get(`/api/consultations/${c.id}`)).body.status).toBe('scheduled');
    happened(c.startsAt);
    expect((await h.client.post(`/api/consultations/${c.id}/complete`, { outcome: { tags: [] } })).status).toBe(400);
    expect((await h.client.post(`/api/consultations/${c.id}/complete`, { outcome: { tags: ['made_up'] } })).status).toBe(400);
    expect(
      (await h.client.post(`/api/consultations/${c.id}/complete`, { outcome: { tags: ['label_compliant', 'standard_certified'] } })).status,
    ).toBe(200);
    const twice = await h.client.post(`/api/consultations/${c.id}/complete`, { outcome: { tags: ['other'] } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('invalid_transition');
    expect((await s.client.post(`/api/consultations/${c.id}/cancel`)).status).toBe(409);

    expect((await h.client.post(`/api/consultations/${c.id}/feedback`, { rating: 5 })).status).toBe(403);
    expect((await s.client.post(`/api/consultations/${c.id}/feedback`, { rating: 6 })).status).toBe(400);
    expect((await s.client.post(`/api/consultations/${c.id}/feedback`, { rating: 4 })).status).toBe(200);
    expect((await s.client.post(`/api/consultations/${c.id}/feedback`, { rating: 5 })).status).toBe(409);
    // No `resolved` flag: the need waits for the startup's confirmation.
    expect((await s.client.get(`/api/needs/${needId}`)).body.status).toBe('in_progress');
    expect((await s.client.post(`/api/consultations/${c.id}/confirm`)).status).toBe(200);
    expect((await s.client.get(`/api/needs/${needId}`)).body.status).toBe('resolved');
  });

  it('cancels from either side and frees the slot', async () => {
    const { s, h, introId } = await connected('expert', { capacity: 1 });
    const c = (await s.client.post('/api/consultations', { introId, startsAt: at(30), durationMinutes: 60, mode: 'online' })).body;
    expect((await s.client.post('/api/consultations', { introId, startsAt: at(31), durationMinutes: 60, mode: 'online' })).status).toBe(
      409,
    );
    const cancelled = await h.client.post(`/api/consultations/${c.id}/cancel`, { reason: 'Ốm' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Ốm' });
    expect((await s.client.post('/api/consultations', { introId, startsAt: at(31), durationMinutes: 60, mode: 'online' })).status).toBe(
      201,
    );
  });

  it('lists consultations for each side and for staff of the province', async () => {
    const { s, h, introId } = await connected('expert');
    const c = (await s.client.post('/api/consultations', { introId, startsAt: at(50), durationMinutes: 30, mode: 'online' })).body;
    expect((await s.client.get('/api/consultations')).body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await h.client.get('/api/consultations?status=scheduled')).body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await h.client.get('/api/consultations?status=completed')).body.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    const staff = await staffOf(t, await adminClient(t), 'lang-son');
    expect((await staff.get('/api/consultations')).body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    const outsider = await member(t, 'startup', { name: 'Ngoài' });
    expect((await outsider.client.get(`/api/consultations/${c.id}`)).status).toBe(404);
  });

  it('carries both sides’ summaries, so a list needs no request per consultation', async () => {
    const { s, h, introId } = await connected('expert', { name: 'Chuyên gia Hạnh', headline: 'Sở hữu trí tuệ' });
    const c = (await s.client.post('/api/consultations', { introId, startsAt: at(60), durationMinutes: 30, mode: 'online' })).body;
    const startup = { id: s.profile.id, kind: 'startup', name: s.profile.name, headline: s.profile.headline, province: s.profile.province };
    const helper = { id: h.profile.id, kind: 'expert', name: 'Chuyên gia Hạnh', headline: 'Sở hữu trí tuệ', province: h.profile.province };
    expect(c).toMatchObject({ startup, helper });
    const listed = (await h.client.get('/api/consultations')).body.items.find((x: { id: string }) => x.id === c.id);
    expect(listed).toMatchObject({ startupId: s.profile.id, helperId: h.profile.id, startup, helper });
    expect((await s.client.get(`/api/consultations/${c.id}`)).body).toMatchObject({ startup, helper });
  });
});
