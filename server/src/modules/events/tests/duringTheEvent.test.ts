// Meetings answered while the event is under way: "placed at once in the earliest slot where both
// people and a table are free" means a slot still to come — one that has begun cannot be met in.
// The same holds when a cancellation frees a slot for a meeting that had none, and for the
// organiser's re-plan, which leaves meetings whose slot has begun where they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { ManualClock } from '../../../lib/clock.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let clock: ManualClock;
let staff: TestClient;
let founder: Member, expert: Member, investor: Member, provider: Member;
let eventId: string;
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;

beforeAll(async () => {
  let admin: TestClient;
  ({ t, clock, admin } = await eventsApp());
  staff = await staffOf(t, admin, 'lang-son');
  [founder, expert, investor, provider] = await Promise.all([
    member(t, 'startup'),
    member(t, 'expert', { province: 'lang-son' }),
    member(t, 'investor'),
    member(t, 'provider'),
  ]);
  // Meetings 13:30–15:00 (Vietnam time): slots at 13:30, 14:00 and 14:30, one table.
  eventId = ok(await staff.post('/api/events', startupDay({ capacity: 10, status: 'published' })), 201).id;
  for (const m of [founder, expert, investor, provider]) ok(await m.client.post(path('/registrations'), {}), 201);
}, 60_000);
afterAll(() => t?.close());

const ask = async (from: Member, to: Member) =>
  ok(await from.client.post(path('/meetings'), { withProfileId: to.profile.id }), 201).id as string;

describe('meetings accepted during the event', () => {
  it('go to the first slot that has not begun, never to one of the past', async () => {
    clock.set('2026-03-28T07:10:00.000Z'); // 14:10: the 13:30 and 14:00 slots have begun
    const first = await ask(founder, expert);
    const placed = ok(await expert.client.post(path(`/meetings/${first}/accept`)));
    expect(placed.slot).toEqual({ startsAt: '2026-03-28T07:30:00.000Z', endsAt: '2026-03-28T08:00:00.000Z', table: 1 });

    // The one table of the last slot is taken: the next meeting waits without a slot.
    const second = await ask(investor, provider);
    expect(ok(await provider.client.post(path(`/meetings/${second}/accept`))).slot).toBeNull();
  });

  it('take a slot freed by a cancellation only if it is still to come', async () => {
    clock.set('2026-03-28T07:30:00.000Z'); // 14:30 exactly: the last slot begins now and may still be given
    const [mine] = ok(await founder.client.get(path('/meetings?status=accepted'))).items;
    ok(await founder.client.post(path(`/meetings/${mine.id}/cancel`), {}));
    const [waiting] = ok(await investor.client.get(path('/meetings?status=accepted'))).items;
    expect(waiting.slot).toEqual({ startsAt: '2026-03-28T07:30:00.000Z', endsAt: '2026-03-28T08:00:00.000Z', table: 1 });

    // Once the last slot has begun, a meeting accepted now has no slot left.
    clock.set('2026-03-28T07:31:00.000Z');
    const late = await ask(founder, provider);
    expect(ok(await provider.client.post(path(`/meetings/${late}/accept`))).slot).toBeNull();
  });

  it('are re-planned by the organiser into slots still to come; meetings whose slot has begun stay as they were', async () => {
    // 14:31: the investor and the provider are meeting at 14:30; the founder's request to the provider has no slot.
    const before = ok(await staff.get(path('/meetings?status=accepted'))).items;
    const waiting = before.find((m: { slot: unknown }) => m.slot === null);
    expect(ok(await staff.post(path('/schedule')))).toEqual({ scheduled: 1, unscheduled: [waiting.id], moved: 0 });
    expect(ok(await staff.get(path('/meetings?status=accepted'))).items).toEqual(before);

    // Back at 14:10 (before the last slot), a re-plan still places nothing in 13:30 or 14:00.
    clock.set('2026-03-28T07:10:00.000Z');
    const plan = ok(await staff.post(path('/schedule')));
    expect(plan.scheduled).toBe(1);
    const slots = ok(await staff.get(path('/meetings?status=accepted'))).items.map(
      (m: { slot: { startsAt: string } | null }) => m.slot?.startsAt,
    );
    expect(slots.filter((at: string | undefined) => at !== undefined && at < '2026-03-28T07:30:00.000Z')).toEqual([]);
  });
});
