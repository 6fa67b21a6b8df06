// Who hears what of an event (API.md "Events … Realtime"): `event:updated` goes to the registered
// and the waitlisted when the time, venue (or online) or status changes, never for other edits nor
// to people who left, outsiders or the organiser's staff; `meeting:new` to the invitee alone.
import { EventUpdatedEvent, MeetingEvent } from '@ketnoi/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import { type LiveClient, liveClient } from '../../../../test/helpers/sockets.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let staff: TestClient;
let eventId: string;
let people: Record<'first' | 'second' | 'promoted' | 'waiting' | 'leaver' | 'outsider', Member>;
let seats: Record<string, LiveClient>;

beforeAll(async () => {
  const app = await eventsApp();
  t = app.t;
  staff = await staffOf(t, app.admin, 'lang-son');
  eventId = ok(await staff.post('/api/events', startupDay({ status: 'published', capacity: 3 })), 201).id;
  const kinds = {
    first: 'startup',
    second: 'expert',
    leaver: 'startup',
    promoted: 'startup',
    waiting: 'startup',
    outsider: 'startup',
  } as const;
  people = {} as typeof people;
  for (const [who, kind] of Object.entries(kinds))
    people[who as keyof typeof people] = await member(t, kind, { name: who, province: 'lang-son' });
  const status = async (who: keyof typeof people) => ok(await people[who].client.get(`/api/events/${eventId}`)).myRegistration?.status;
  for (const who of ['first', 'second', 'leaver', 'promoted'] as const)
    ok(await people[who].client.post(`/api/events/${eventId}/registrations`, {}), 201);
  // The leaver's place goes to the first on the waitlist; the next to come waits.
  expect((await people.leaver.client.delete(`/api/events/${eventId}/registrations/me`)).status).toBe(204);
  ok(await people.waiting.client.post(`/api/events/${eventId}/registrations`, {}), 201);
  expect([await status('promoted'), await status('waiting'), await status('leaver')]).toEqual(['registered', 'waitlisted', 'cancelled']);
  seats = {};
  for (const [who, m] of Object.entries(people)) seats[who] = await liveClient(t.url, m.client);
  seats.staff = await liveClient(t.url, staff);
}, 60_000);
afterAll(async () => {
  for (const live of Object.values(seats ?? {})) live.close();
  await t?.close();
});

/** What each seat received of `event` and no step took with next(): nothing, once each recipient took theirs. */
const leftOver = (event: string) => Object.fromEntries(Object.entries(seats).map(([who, live]) => [who, live.received(event).length]));
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const nothing = { first: 0, second: 0, promoted: 0, waiting: 0, leaver: 0, outsider: 0, staff: 0 };
const registrants = ['first', 'second', 'promoted', 'waiting'] as const;

describe('event:updated', () => {
  it('is not sent for a new title, description or capacity', async () => {
    ok(await staff.patch(`/api/events/${eventId}`, { title: 'Ngày hội Khởi nghiệp (đổi tên)', description: 'Mô tả mới' }));
    await settle();
    expect(leftOver('event:updated')).toEqual(nothing);
  });

  it('reaches the registered and the waitlisted when the venue, online or time changes', async () => {
    const changes = [
      { venue: { name: 'Nhà văn hoá tỉnh', address: 'Thành phố Lạng Sơn' } },
      { online: true },
      { startsAt: '2026-03-28T09:00:00+07:00' },
    ];
    for (const change of changes) {
      ok(await staff.patch(`/api/events/${eventId}`, change));
      for (const who of registrants) {
        const { event } = EventUpdatedEvent.parse(await seats[who]!.next('event:updated'));
        expect(event).toMatchObject({ id: eventId, ...(change.online ? { online: true } : {}) });
        expect(event).not.toHaveProperty('myRegistration');
      }
    }
    await settle();
    expect(leftOver('event:updated')).toEqual(nothing);
  });

  it('sends meeting:new to the invitee alone', async () => {
    const meeting = ok(
      await people.first.client.post(`/api/events/${eventId}/meetings`, { withProfileId: people.second.profile.id, message: 'Gặp nhé' }),
      201,
    );
    const { meeting: pushed } = MeetingEvent.parse(await seats.second!.next('meeting:new'));
    expect(pushed).toMatchObject({ id: meeting.id, status: 'requested', requesterId: people.first.profile.id });
    await settle();
    expect(leftOver('meeting:new')).toEqual(nothing);
  });

  it('tells the registered and the waitlisted of a cancellation, nobody else', async () => {
    ok(await staff.patch(`/api/events/${eventId}`, { status: 'cancelled' }));
    for (const who of registrants)
      expect((await seats[who]!.next('event:updated')).event).toMatchObject({ id: eventId, status: 'cancelled' });
    await settle();
    expect(leftOver('event:updated')).toEqual(nothing);
  });
});
