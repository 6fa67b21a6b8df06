// Once an event is over its registrations are a record (who came, who did not: the events report
// counts them). Leaving afterwards is refused: it would erase a no-show and, worse, hand the freed
// place to the waitlist and tell that person, by notification and mail, they have a place at an
// event that has already happened. Nor is a meeting request accepted afterwards (it would be
// placed in a slot of the past, and both sides mailed about it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { ManualClock } from '../../../lib/clock.js';
import { eventsApp, ok, refusedLeaving, startupDay } from './helpers.js';

let t: TestApp;
let clock: ManualClock;
let staff: TestClient;
let came: Member, noShow: Member, waiting: Member;
let eventId: string;
let meetingsEvent: string, requestId: string;
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;

beforeAll(async () => {
  let admin: TestClient;
  ({ t, clock, admin } = await eventsApp());
  staff = await staffOf(t, admin, 'lang-son');
  [came, noShow, waiting] = await Promise.all([member(t, 'startup'), member(t, 'investor'), member(t, 'expert')]);
  eventId = ok(await staff.post('/api/events', startupDay({ capacity: 2, meetings: undefined, status: 'published' })), 201).id;
  for (const m of [came, noShow, waiting]) ok(await m.client.post(path('/registrations'), {}), 201);
  meetingsEvent = ok(await staff.post('/api/events', startupDay({ title: 'Có gặp 1-1', status: 'published' })), 201).id;
  for (const m of [came, waiting]) ok(await m.client.post(`/api/events/${meetingsEvent}/registrations`, {}), 201);
  requestId = ok(await came.client.post(`/api/events/${meetingsEvent}/meetings`, { withProfileId: waiting.profile.id }), 201).id;
  // The day: one of the two comes; the event ends at 17:00 (10:00 UTC).
  clock.set('2026-03-28T02:00:00.000Z');
  const registrations = ok(await staff.get(path('/registrations'))).items;
  const ticket = registrations.find((r: any) => r.profileId === came.profile.id).code;
  ok(await staff.post(path('/checkin'), { code: ticket }));
  clock.set('2026-03-29T02:00:00.000Z');
}, 60_000);
afterAll(() => t?.close());

const state = async () => ({
  event: (({ registered, waitlisted, checkedIn }) => ({ registered, waitlisted, checkedIn }))(ok(await staff.get(path()))),
  registrations: ok(await staff.get(path('/registrations'))).items.map((r: any) => [r.profileId, r.status]),
  waitingTold: ok(await waiting.client.get('/api/notifications')).items.map((n: any) => n.type),
});
const refused = refusedLeaving(state);

describe('registrations after the event', () => {
  it('refuses a no-show leaving the event afterwards; the waitlist is not told of a place', async () => {
    await refused(noShow.client.delete(path('/registrations/me')), 409, 'conflict', /is over/);
    const after = await state();
    expect(after.event).toEqual({ registered: 2, waitlisted: 1, checkedIn: 1 });
    expect(after.waitingTold).not.toContain('event.registration_promoted');
  });

  it('refuses an organiser cancelling a place afterwards as well', async () => {
    const registrations = ok(await staff.get(path('/registrations'))).items;
    const id = registrations.find((r: any) => r.profileId === noShow.profile.id).id;
    await refused(staff.delete(path(`/registrations/${id}`)), 409, 'conflict', /is over/);
  });

  it('refuses accepting a meeting request after the event: it stays a request, the requester is not told', async () => {
    const meetings = `/api/events/${meetingsEvent}/meetings`;
    const answer = await waiting.client.post(`${meetings}/${requestId}/accept`, {});
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toMatch(/is over/);
    expect(ok(await staff.get(meetings)).items.map((m: any) => [m.id, m.status, m.slot])).toEqual([[requestId, 'requested', null]]);
    expect(ok(await came.client.get('/api/notifications')).items.map((n: any) => n.type)).not.toContain('meeting.accepted');
  });

  it('keeps the no-show in the report', async () => {
    ok(await staff.patch(path(), { status: 'completed' }));
    const report = ok(await staff.get('/api/reports/events?from=2026-03-01&to=2026-04-01'));
    // This event: two places (one came), one waiting; the meetings event the same day: two places, nobody checked in.
    expect(report).toMatchObject({ registrations: 4, waitlisted: 1, checkedIn: 1, noShowRate: 0.75 });
  });
});
