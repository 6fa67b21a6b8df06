// Accepting places each meeting in the earliest free slot, one at a time; that can leave
// meetings without a slot that a whole re-plan places. Six people in a ring, two slots, three
// tables: accepted in the order AB, DE, BC, EF, CD, FA, the last two find no slot where both are
// free; the organiser's re-plan places all six and tells the people whose meetings moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import { type LiveClient, liveClient } from '../../../../test/helpers/sockets.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let staff: TestClient;
let people: Member[];
let watchers: LiveClient[];
let eventId: string;

beforeAll(async () => {
  const app = await eventsApp();
  t = app.t;
  staff = await staffOf(t, app.admin, 'lang-son');
  eventId = ok(
    await staff.post(
      '/api/events',
      startupDay({
        status: 'published',
        capacity: 10,
        meetings: { slotMinutes: 30, tables: 3, from: '2026-03-28T13:00:00+07:00', to: '2026-03-28T14:00:00+07:00', maxPerParticipant: 2 },
      }),
    ),
    201,
  ).id;
  people = [];
  for (const name of ['A', 'B', 'C', 'D', 'E', 'F']) {
    const m = await member(t, name < 'D' ? 'startup' : 'expert', { name: `Người ${name}`, province: 'lang-son' });
    ok(await m.client.post(`/api/events/${eventId}/registrations`, {}), 201);
    people.push(m);
  }
  watchers = await Promise.all(people.map((p) => liveClient(t.url, p.client)));
}, 60_000);
afterAll(async () => {
  for (const w of watchers ?? []) w.close();
  await t?.close();
});

const ring = [
  [0, 1],
  [3, 4],
  [1, 2],
  [4, 5],
  [2, 3],
  [5, 0],
] as const;

describe('re-planning an event', () => {
  it('places the meetings the accept-time rule could not', async () => {
    const ids: string[] = [];
    const slots: (string | null)[] = [];
    for (const [from, to] of ring) {
      const id = ok(await people[from]!.client.post(`/api/events/${eventId}/meetings`, { withProfileId: people[to]!.profile.id }), 201).id;
      const accepted = ok(await people[to]!.client.post(`/api/events/${eventId}/meetings/${id}/accept`));
      ids.push(id);
      slots.push(accepted.slot?.startsAt ?? null);
    }
    expect(slots.filter((s) => s === null)).toHaveLength(2);

    const moved = watchers[2]!.next('meeting:updated', (p: any) => p.meeting.id === ids[4] && p.meeting.slot !== null);
    const plan = ok(await staff.post(`/api/events/${eventId}/schedule`));
    expect(plan.scheduled).toBe(6);
    expect(plan.unscheduled).toEqual([]);
    expect(plan.moved).toBeGreaterThanOrEqual(2);
    expect((await moved).meeting.slot).not.toBeNull();

    const all = ok(await staff.get(`/api/events/${eventId}/meetings?status=accepted`)).items;
    const taken = new Set<string>();
    for (const m of all) {
      expect(m.slot).not.toBeNull();
      for (const key of [`table ${m.slot.table}`, m.requesterId, m.inviteeId]) {
        expect(taken.has(`${m.slot.startsAt} ${key}`)).toBe(false);
        taken.add(`${m.slot.startsAt} ${key}`);
      }
    }
    // Each person's agenda now holds both of their meetings, one per slot.
    for (const p of people) {
      const agenda = ok(await p.client.get(`/api/events/${eventId}/agenda`));
      expect(agenda.meetings.map((m: any) => m.slot.startsAt)).toEqual(['2026-03-28T06:00:00.000Z', '2026-03-28T06:30:00.000Z']);
    }
    // A second re-plan has nothing left to improve.
    expect(ok(await staff.post(`/api/events/${eventId}/schedule`))).toEqual({ scheduled: 6, unscheduled: [], moved: 0 });
  });
});
