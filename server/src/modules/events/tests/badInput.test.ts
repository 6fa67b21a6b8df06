// Refusals: each answers the contract's status and code with a clear message, and leaves
// everything as it was (counters, registrations, meetings, notifications).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { ManualClock } from '../../../lib/clock.js';
import { START, eventsApp, ok, refusedLeaving, startupDay } from './helpers.js';

let t: TestApp;
let clock: ManualClock;
let admin: TestClient;
let staff: TestClient;
let a: Member, b: Member, c: Member, outsider: Member;
let eventId: string;

beforeAll(async () => {
  ({ t, clock, admin } = await eventsApp());
  staff = await staffOf(t, admin, 'lang-son');
  [a, b, c, outsider] = await Promise.all([member(t, 'startup'), member(t, 'investor'), member(t, 'startup'), member(t, 'expert')]);
  eventId = ok(
    await staff.post('/api/events', startupDay({ capacity: 2, status: 'published', registration: { opensAt: '2026-03-03T00:00:00Z' } })),
    201,
  ).id;
}, 60_000);
afterAll(() => t?.close());

const path = (suffix = '') => `/api/events/${eventId}${suffix}`;
const state = async () => {
  const event = ok(await staff.get(path()));
  const regs = ok(await staff.get(path('/registrations?limit=100'))).items;
  const meetings = ok(await staff.get(path('/meetings?limit=100'))).items;
  const notices = async (m: Member) => ok(await m.client.get('/api/notifications')).items.length;
  return {
    event: { registered: event.registered, waitlisted: event.waitlisted, checkedIn: event.checkedIn, updatedAt: event.updatedAt },
    regs: regs.map((r: any) => [r.profileId, r.status, r.checkedInAt]),
    meetings: meetings.map((m: any) => [m.id, m.status, m.slot]),
    notices: [await notices(a), await notices(b), await notices(c)],
  };
};
const refused = refusedLeaving(state);

describe('registration refusals', () => {
  it('refuses before the window opens, then registers', async () => {
    await refused(a.client.post(path('/registrations'), {}), 409, 'conflict', /opens at 2026-03-03T00:00:00.000Z/);
    clock.set('2026-03-03T01:00:00.000Z');
    ok(await a.client.post(path('/registrations'), { seeks: ['funding'] }), 201);
    ok(await b.client.post(path('/registrations'), {}), 201);
  });

  it('refuses registering twice, also while waitlisted', async () => {
    const error = await refused(a.client.post(path('/registrations'), {}), 409, 'conflict', /Already registered/);
    expect(error.details.status).toBe('registered');
    ok(await c.client.post(path('/registrations'), {}), 201);
    await refused(c.client.post(path('/registrations'), {}), 409, 'conflict', /Already on the waitlist/);
  });

  it('refuses a profile-less user, someone else’s profile, and unknown fields', async () => {
    const bare = t.client();
    await bare.register({ role: 'startup' });
    await refused(bare.post(path('/registrations'), {}), 409, 'conflict', /Create your profile/);
    await refused(a.client.post(path('/registrations'), { profileId: b.profile.id }), 403, 'forbidden');
    await refused(outsider.client.post(path('/registrations'), { seeks: ['funding'], extra: 1 }), 400, 'validation_failed');
    await refused(outsider.client.post(path('/registrations'), { seeks: ['not-a-category'] }), 400, 'validation_failed');
    await refused(staff.post(path('/registrations'), {}), 400, 'validation_failed', /Name the profile/);
  });

  it('refuses events that are not published and windows that closed', async () => {
    const draft = ok(await staff.post('/api/events', startupDay({ title: 'Bản nháp' })), 201).id;
    const local = await member(t, 'startup', { name: 'Na sấy Chi Lăng' });
    await refused(
      staff.post(`/api/events/${draft}/registrations`, { profileId: local.profile.id }),
      409,
      'conflict',
      /this event is draft/,
    );
    // Not shown to them, but what they are told is the contract's "not published" all the same.
    await refused(outsider.client.post(`/api/events/${draft}/registrations`, {}), 409, 'conflict', /not open|draft/);
    expect((await outsider.client.get(`/api/events/${draft}`)).status).toBe(404);
    expect((await staff.get(`/api/events/${draft}`)).body.registered).toBe(0);
    const closed = ok(
      await staff.post(
        '/api/events',
        startupDay({ title: 'Đã đóng đăng ký', status: 'published', registration: { closesAt: '2026-03-02T05:00:00Z' } }),
      ),
      201,
    ).id;
    clock.set('2026-03-02T06:00:00.000Z');
    await refused(outsider.client.post(`/api/events/${closed}/registrations`, {}), 409, 'conflict', /has closed/);
    ok(await staff.patch(`/api/events/${closed}`, { status: 'cancelled' }));
    await refused(outsider.client.post(`/api/events/${closed}/registrations`, {}), 409, 'conflict', /this event is cancelled/);
    clock.set('2026-03-03T01:00:00.000Z');
  });

  it('refuses cancelling what is not there', async () => {
    await refused(outsider.client.delete(path('/registrations/me')), 404, 'not_found');
  });
});

describe('meeting refusals', () => {
  it('refuses meeting oneself, a non-registrant, a waitlisted person, and asking while waitlisted', async () => {
    await refused(a.client.post(path('/meetings'), { withProfileId: a.profile.id }), 400, 'validation_failed', /yourself/);
    await refused(a.client.post(path('/meetings'), { withProfileId: outsider.profile.id }), 409, 'conflict', /not registered/);
    await refused(a.client.post(path('/meetings'), { withProfileId: c.profile.id }), 409, 'conflict', /not registered/);
    await refused(c.client.post(path('/meetings'), { withProfileId: a.profile.id }), 409, 'conflict', /waitlist/);
    await refused(outsider.client.post(path('/meetings'), { withProfileId: a.profile.id }), 409, 'conflict', /Register/);
  });

  it('refuses answers from the wrong side and repeated answers', async () => {
    const m = ok(await a.client.post(path('/meetings'), { withProfileId: b.profile.id }), 201).id;
    await refused(a.client.post(path(`/meetings/${m}/accept`)), 403, 'forbidden');
    await refused(a.client.post(path(`/meetings/${m}/decline`), {}), 403, 'forbidden');
    await refused(outsider.client.post(path(`/meetings/${m}/cancel`)), 404, 'not_found');
    ok(await b.client.post(path(`/meetings/${m}/accept`)));
    await refused(b.client.post(path(`/meetings/${m}/accept`)), 409, 'invalid_transition');
    await refused(b.client.post(path(`/meetings/${m}/decline`), {}), 409, 'invalid_transition');
    await refused(a.client.post(path('/meetings'), { withProfileId: b.profile.id }), 409, 'conflict', /already have/);
  });

  it('refuses leaving after check-in and checking in with an unknown code', async () => {
    const mine = ok(await a.client.get(path())).myRegistration;
    ok(await staff.post(path('/checkin'), { code: mine.code }));
    await refused(a.client.delete(path('/registrations/me')), 409, 'conflict', /checked in/);
    await refused(staff.post(path('/checkin'), { code: 'AAAAAA' }), 404, 'not_found');
    await refused(staff.post(path('/checkin'), { code: '' }), 400, 'validation_failed');
  });
});

describe('event refusals', () => {
  it('refuses impossible times on create, and a province that is not the staff member’s', async () => {
    await refused(staff.post('/api/events', startupDay({ endsAt: '2026-03-28T07:00:00+07:00' })), 400, 'validation_failed', /endsAt/);
    const meetingsOutside = startupDay({
      meetings: { slotMinutes: 30, tables: 2, from: '2026-03-28T18:00:00+07:00', to: '2026-03-28T19:00:00+07:00', maxPerParticipant: 2 },
    });
    await refused(staff.post('/api/events', meetingsOutside), 400, 'validation_failed', /meetings/);
    await refused(staff.post('/api/events', startupDay({ province: 'phu-tho' })), 403, 'forbidden');
    await refused(admin.post('/api/events', startupDay()), 400, 'validation_failed', /province/);
    await refused(
      staff.post('/api/events', startupDay({ venue: { name: 'X', providerId: a.profile.id } })),
      400,
      'validation_failed',
      /provider/,
    );
    await refused(a.client.post('/api/events', startupDay()), 403, 'forbidden');
  });

  it('refuses a registration window opening after the event, naming each field where it is', async () => {
    const late = await refused(
      staff.post('/api/events', startupDay({ registration: { opensAt: '2026-03-29T00:00:00Z' } })),
      400,
      'validation_failed',
    );
    expect(late.details).toEqual([
      { path: 'registration.opensAt', message: 'Registration must open before the event ends.', code: 'custom' },
    ]);
    await refused(staff.patch(path(), { registration: { opensAt: '2026-03-28T10:00:00Z' } }), 400, 'validation_failed', /registration/);
    // A zero-minute slot is named as such, without a second, misleading issue about the hours.
    const zero = await refused(
      staff.post('/api/events', startupDay({ meetings: { ...(startupDay().meetings as object), slotMinutes: 0 } })),
      400,
      'validation_failed',
    );
    expect(zero.details.map((d: any) => d.path)).toEqual(['meetings.slotMinutes']);
    // An admin creating an event names the organising province in the body.
    const unnamed = await refused(admin.post('/api/events', startupDay()), 400, 'validation_failed');
    expect(unnamed.details).toEqual([{ path: 'province', message: 'required for admins' }]);
  });

  it('refuses bad patches and leaves the event as it was', async () => {
    await refused(staff.patch(path(), { status: 'draft' }), 409, 'invalid_transition');
    await refused(staff.patch(path(), { endsAt: '2026-03-27T00:00:00Z' }), 400, 'validation_failed', /endsAt/);
    await refused(staff.patch(path(), { capacity: 0 }), 400, 'validation_failed');
    await refused(staff.patch(path(), { meetings: null }), 409, 'conflict', /meeting/);
    await refused(staff.patch(path(), { organizerId: 'x' }), 400, 'validation_failed');
    const cancelled = ok(await staff.post('/api/events', startupDay({ title: 'Sẽ huỷ', status: 'published' })), 201).id;
    ok(await staff.patch(`/api/events/${cancelled}`, { status: 'cancelled' }));
    await refused(staff.patch(`/api/events/${cancelled}`, { title: 'Mới' }), 409, 'conflict', /cancelled/);
    await refused(staff.patch(`/api/events/${cancelled}`, { status: 'published' }), 409, 'invalid_transition');
    // Completing an event still to come would close it for good before anyone came.
    const coming = ok(await staff.post('/api/events', startupDay({ title: 'Còn ba tuần', status: 'published' })), 201);
    expect(Date.parse(coming.startsAt)).toBeGreaterThan(clock.now().getTime());
    const early = await refused(staff.patch(`/api/events/${coming.id}`, { status: 'completed' }), 409, 'conflict', /started/);
    expect(early.details).toEqual({ startsAt: coming.startsAt });
    expect(ok(await staff.get(`/api/events/${coming.id}`))).toMatchObject({ status: 'published', updatedAt: coming.updatedAt });
    // Once over, cancelling would tell those who came that it is off: it is completed instead.
    clock.set(coming.endsAt);
    const late = await refused(staff.patch(`/api/events/${coming.id}`, { status: 'cancelled' }), 409, 'conflict', /over/);
    expect(late.details).toEqual({ endsAt: coming.endsAt });
    expect(ok(await staff.patch(`/api/events/${coming.id}`, { status: 'completed' })).status).toBe('completed');
  });

  it('clears nullable fields with null (merge patch)', async () => {
    const id = ok(await staff.post('/api/events', startupDay({ title: 'Có địa điểm', capacity: 50 })), 201).id;
    const cleared = ok(await staff.patch(`/api/events/${id}`, { venue: null, capacity: null, online: true }));
    expect(cleared).toMatchObject({ venue: null, capacity: null, online: true });
  });

  it('started the clock where the helpers say', () => {
    expect(Date.parse(START)).toBeLessThan(clock.now().getTime());
  });
});
