// Issue 14 items 21–22: what a refused booking or outcome tells the person. A provider's resource
// has opening hours (a booking outside them is refused, naming the field); a double booking says
// what it overlaps and when; an outcome before the meeting names why.
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { member } from '../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../test/helpers/testApp.js';
import { ManualClock } from '../../lib/clock.js';

// Business time in the past of the real clock (sessions stay valid); 2025-07-07 is a Monday.
const clock = new ManualClock('2025-07-01T00:00:00Z');
const vn = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();
const consultations = () => t.app.store.collection({ name: 'consultations' });

const hall = {
  name: 'Hội trường tầng 2',
  kind: 'hall',
  capacity: 120,
  openingHours: [
    { days: ['fri', 'mon', 'tue', 'wed', 'thu'], opens: '07:30', closes: '17:00' },
    { days: ['sat'], opens: '08:00', closes: '11:30' },
  ],
};

async function connect(helper: Member): Promise<{ s: Member; introId: string }> {
  const s = await member(t, 'startup');
  const intro = (await s.client.post('/api/intros', { toProfileId: helper.profile.id, message: 'Xin được làm việc.' })).body;
  expect((await helper.client.post(`/api/intros/${intro.id}/accept`)).status).toBe(200);
  return { s, introId: intro.id };
}

/** `booker`'s startup asks for the hall from `date` `from` to `endDate` `to` (Vietnam time). */
const bookHall = ({ s, introId }: { s: Member; introId: string }, date: string, from: string, to: string, endDate = date) =>
  s.client.post('/api/consultations', { introId, startsAt: vn(date, from), endsAt: vn(endDate, to), resource: hall.name, mode: 'onsite' });

/** The startup asks for an online meeting of `durationMinutes` from `date` `time` (Vietnam time). */
const bookOnline = ({ s, introId }: { s: Member; introId: string }, date: string, time: string, durationMinutes: number) =>
  s.client.post('/api/consultations', { introId, startsAt: vn(date, time), durationMinutes, mode: 'online' });

const t = useTestApp({ clock });

describe('opening hours of a provider’s resources', () => {
  it('are kept in the profile, days in week order', async () => {
    const provider = await member(t, 'provider', { resources: [hall] });
    expect(provider.profile.resources[0].openingHours).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '17:00' },
      { days: ['sat'], opens: '08:00', closes: '11:30' },
    ]);
    expect((await t.client().get(`/api/profiles/${provider.profile.id}`)).body.resources[0].openingHours).toHaveLength(2);
  });

  it('refuse nonsense with the field named', async () => {
    const provider = await member(t, 'provider');
    for (const [openingHours, path] of [
      [[{ days: ['mon'], opens: '17:00', closes: '08:00' }], 'resources.0.openingHours.0.closes'],
      [[{ days: ['monday'], opens: '08:00', closes: '17:00' }], 'resources.0.openingHours.0.days.0'],
      [[{ days: [], opens: '08:00', closes: '17:00' }], 'resources.0.openingHours.0.days'],
      [[{ days: ['mon'], opens: '8h', closes: '17:00' }], 'resources.0.openingHours.0.opens'],
    ] as const) {
      const res = await provider.client.put('/api/profiles/me', {
        name: provider.profile.name,
        province: 'lang-son',
        offerings: ['workspace'],
        resources: [{ ...hall, openingHours }],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
  });

  it('refuse a booking outside them, naming startsAt, and store nothing', async () => {
    const provider = await member(t, 'provider', { resources: [hall] });
    const booker = await connect(provider);
    const { s, introId } = booker;
    const before = await consultations().countDocuments();
    for (const [startsAt, endsAt] of [
      [vn('2025-07-07', '20:00'), vn('2025-07-07', '21:00')], // Monday evening
      [vn('2025-07-06', '09:00'), vn('2025-07-06', '10:00')], // Sunday
      [vn('2025-07-12', '10:00'), vn('2025-07-12', '12:00')], // Saturday past closing
    ]) {
      const res = await s.client.post('/api/consultations', { introId, startsAt, endsAt, resource: hall.name, mode: 'onsite' });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([{ path: 'startsAt', message: expect.any(String), code: 'outside_opening_hours' }]);
    }
    expect(await consultations().countDocuments()).toBe(before);
    const inside = await bookHall(booker, '2025-07-07', '08:00', '17:00', '2025-07-11');
    expect(inside.status).toBe(201);
  });

  it('hold for a booking moved to another time, which then stays where it was', async () => {
    const provider = await member(t, 'provider', { resources: [hall] });
    const booker = await connect(provider);
    const { s } = booker;
    const booking = (await bookHall(booker, '2025-07-14', '09:00', '11:00')).body;
    const evening = await provider.client.post(`/api/consultations/${booking.id}/reschedule`, { startsAt: vn('2025-07-15', '19:00') });
    expect(evening.status).toBe(400);
    expect(evening.body.error.details).toEqual([{ path: 'startsAt', message: expect.any(String), code: 'outside_opening_hours' }]);
    expect((await s.client.get(`/api/consultations/${booking.id}`)).body).toMatchObject({
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
    });
    const morning = await s.client.post(`/api/consultations/${booking.id}/reschedule`, { startsAt: vn('2025-07-15', '08:00') });
    expect(morning.status).toBe(200);
    expect(morning.body).toMatchObject({ startsAt: vn('2025-07-15', '08:00'), endsAt: vn('2025-07-15', '10:00') });
  });
});

describe('a refused booking says what it overlaps and when', () => {
  it('names the resource and the busy time of a double booking (never who booked it)', async () => {
    const provider = await member(t, 'provider', { resources: [hall] });
    const first = await connect(provider);
    const booked = await bookHall(first, '2025-07-08', '08:00', '12:00');
    expect(booked.status).toBe(201);
    const second = await connect(provider);
    const clash = await bookHall(second, '2025-07-08', '10:00', '15:00');
    expect(clash.status).toBe(409);
    expect(clash.body.error.details).toEqual({
      reason: 'resource_booked',
      resource: hall.name,
      capacity: 1,
      busy: [{ startsAt: booked.body.startsAt, endsAt: booked.body.endsAt }],
      overlapsWith: [booked.body.id],
    });
  });

  it('says when the expert is busy', async () => {
    const expert = await member(t, 'expert');
    const first = await connect(expert);
    const held = await bookOnline(first, '2025-07-09', '14:00', 60);
    const second = await connect(expert);
    const clash = await bookOnline(second, '2025-07-09', '14:30', 30);
    expect(clash.status).toBe(409);
    expect(clash.body.error.details).toMatchObject({
      reason: 'expert_busy',
      busy: [{ startsAt: held.body.startsAt, endsAt: held.body.endsAt }],
    });
  });

  it('names why an outcome cannot be recorded before the meeting', async () => {
    const expert = await member(t, 'expert');
    const c = (await bookOnline(await connect(expert), '2025-07-10', '09:00', 60)).body;
    const early = await expert.client.post(`/api/consultations/${c.id}/complete`, { outcome: { tags: ['other'] } });
    expect(early.status).toBe(409);
    expect(early.body.error.details).toEqual({ reason: 'not_started', startsAt: c.startsAt });
  });
});

describe('a resource of several units (desks, shelf slots, booths, machines)', () => {
  const shelf = { name: 'Kệ đặc sản vùng miền', kind: 'shelf_space', capacity: 2 };
  const dryer = { name: 'Máy sấy lạnh', kind: 'equipment' };
  const book = ({ s, introId }: { s: Member; introId: string }, resource: string, from: string, to: string) =>
    s.client.post('/api/consultations', { introId, startsAt: vn(from, '08:00'), endsAt: vn(to, '17:00'), resource, mode: 'onsite' });

  it('takes up to `capacity` bookings at once, counting only what overlaps at the same moment', async () => {
    const provider = await member(t, 'provider', { offerings: ['distribution'], resources: [shelf, hall] });
    const [a, b, c, d] = [await connect(provider), await connect(provider), await connect(provider), await connect(provider)];
    const early = await book(a, shelf.name, '2025-07-02', '2025-07-10');
    const late = await book(b, shelf.name, '2025-07-20', '2025-07-30');
    // Both overlap July, but never each other: one slot stays free all month.
    const month = await book(c, shelf.name, '2025-07-02', '2025-07-31');
    expect([early.status, late.status, month.status]).toEqual([201, 201, 201]);

    const full = await book(d, shelf.name, '2025-07-05', '2025-07-06');
    expect(full.status).toBe(409);
    expect(full.body.error.details).toEqual({
      reason: 'resource_booked',
      resource: shelf.name,
      capacity: 2,
      busy: [{ startsAt: early.body.startsAt, endsAt: early.body.endsAt }],
      overlapsWith: expect.arrayContaining([early.body.id, month.body.id]),
    });
    // Between the two short bookings one slot is free again.
    expect((await book(d, shelf.name, '2025-07-12', '2025-07-18')).status).toBe(201);

    // Cancelling frees a slot.
    expect((await a.s.client.post(`/api/consultations/${early.body.id}/cancel`, { reason: 'Đổi kế hoạch' })).status).toBe(200);
    const freed = await book(d, shelf.name, '2025-07-05', '2025-07-06');
    expect(freed.status).toBe(201);
    const mine = (await provider.client.get('/api/consultations?status=scheduled&limit=100')).body.items;
    expect(mine.filter((x: { resource?: string }) => x.resource === shelf.name)).toHaveLength(4);
  });

  it('still books a room whole, whatever it seats, and a resource without a capacity once at a time', async () => {
    const provider = await member(t, 'provider', { resources: [hall, dryer] });
    const [a, b] = [await connect(provider), await connect(provider)];
    expect((await bookHall(a, '2025-07-21', '08:00', '10:00')).status).toBe(201);
    expect((await bookHall(b, '2025-07-21', '09:00', '11:00')).body.error.details).toMatchObject({
      reason: 'resource_booked',
      capacity: 1,
    });
    expect((await book(a, dryer.name, '2025-07-22', '2025-07-23')).status).toBe(201);
    expect((await book(b, dryer.name, '2025-07-23', '2025-07-24')).status).toBe(409);
  });
});
