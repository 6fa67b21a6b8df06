// Parallel requests: registrations never exceed capacity (the rest wait, in one queue), one
// profile never holds two registrations, one pair never two open requests, and concurrent
// accepts never put a person or a table in two meetings at once nor anyone over the maximum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let staff: TestClient;
let people: Member[];

beforeAll(async () => {
  const app = await eventsApp();
  t = app.t;
  staff = await staffOf(t, app.admin, 'lang-son');
  people = [];
  for (let i = 0; i < 16; i++) people.push(await member(t, i % 2 ? 'investor' : 'startup', { name: `Người tham dự ${i + 1}` }));
}, 120_000);
afterAll(() => t?.close());

const event = async (overrides: Record<string, unknown>) =>
  ok(await staff.post('/api/events', startupDay({ status: 'published', ...overrides })), 201).id as string;

describe('parallel registrations', () => {
  it('fill the capacity exactly and queue the rest, with distinct codes', async () => {
    const id = await event({ capacity: 5, meetings: undefined });
    const answers = await Promise.all(people.map((p) => p.client.post(`/api/events/${id}/registrations`, {})));
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 201));
    const statuses = answers.map((a) => a.body.status);
    expect(statuses.filter((s) => s === 'registered')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(11);
    expect(new Set(answers.map((a) => a.body.code)).size).toBe(16);
    expect(ok(await t.client().get(`/api/events/${id}`))).toMatchObject({ registered: 5, waitlisted: 11 });
    const positions = answers.filter((a) => a.body.status === 'waitlisted').map((a) => a.body.waitlistPosition);
    expect(positions.sort((x, y) => x - y)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    // Three leave at once: exactly the first three of the queue move up.
    const leaving = answers
      .filter((a) => a.body.status === 'registered')
      .slice(0, 3)
      .map((a) => a.body.profileId);
    const firstInQueue = answers
      .filter((a) => a.body.waitlistPosition !== null && a.body.waitlistPosition <= 3)
      .map((a) => a.body.profileId);
    await Promise.all(
      people.filter((p) => leaving.includes(p.profile.id)).map((p) => p.client.delete(`/api/events/${id}/registrations/me`)),
    );
    const registered = ok(await staff.get(`/api/events/${id}/registrations?status=registered&limit=100`)).items.map(
      (r: any) => r.profileId,
    );
    expect(registered).toHaveLength(5);
    expect(registered).toEqual(expect.arrayContaining(firstInQueue));
    expect(ok(await t.client().get(`/api/events/${id}`))).toMatchObject({ registered: 5, waitlisted: 8 });
  });

  it('let one registration of a profile through when it asks twice at once', async () => {
    const id = await event({ capacity: 10, meetings: undefined });
    const twice = await Promise.all([0, 1, 2].map(() => people[0]!.client.post(`/api/events/${id}/registrations`, {})));
    expect(twice.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(ok(await t.client().get(`/api/events/${id}`)).registered).toBe(1);
  });
});

describe('parallel meetings', () => {
  it('one open request per pair, whoever asks first', async () => {
    const id = await event({ capacity: 20 });
    await Promise.all(people.slice(0, 2).map((p) => p.client.post(`/api/events/${id}/registrations`, {})));
    const [a, b] = people;
    const both = await Promise.all([
      a!.client.post(`/api/events/${id}/meetings`, { withProfileId: b!.profile.id }),
      b!.client.post(`/api/events/${id}/meetings`, { withProfileId: a!.profile.id }),
      a!.client.post(`/api/events/${id}/meetings`, { withProfileId: b!.profile.id }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('concurrent accepts never double-book a person or a table and respect the maximum', async () => {
    // 4 slots × 2 tables, at most 3 meetings each; 16 people, everyone asks two others.
    const id = await event({
      capacity: 20,
      meetings: { slotMinutes: 30, tables: 2, from: '2026-03-28T13:00:00+07:00', to: '2026-03-28T15:00:00+07:00', maxPerParticipant: 3 },
    });
    await Promise.all(people.map((p) => p.client.post(`/api/events/${id}/registrations`, {})));
    const requests: { id: string; invitee: Member }[] = [];
    for (let i = 0; i < people.length; i++) {
      for (const step of [1, 3]) {
        const invitee = people[(i + step) % people.length]!;
        const res = await people[i]!.client.post(`/api/events/${id}/meetings`, { withProfileId: invitee.profile.id });
        if (res.status === 201) requests.push({ id: res.body.id, invitee });
      }
    }
    expect(requests.length).toBe(32);
    const answers = await Promise.all(requests.map((r) => r.invitee.client.post(`/api/events/${id}/meetings/${r.id}/accept`)));
    expect(answers.every((a) => a.status === 200 || (a.status === 409 && /accepted meetings/.test(a.body.error.message)))).toBe(true);
    const accepted = ok(await staff.get(`/api/events/${id}/meetings?status=accepted&limit=100`)).items;
    expect(accepted.length).toBe(answers.filter((a) => a.status === 200).length);
    const load = new Map<string, number>();
    const taken = new Set<string>();
    let placed = 0;
    for (const m of accepted) {
      for (const p of [m.requesterId, m.inviteeId]) load.set(p, (load.get(p) ?? 0) + 1);
      if (!m.slot) continue;
      placed++;
      for (const key of [`table ${m.slot.table}`, m.requesterId, m.inviteeId]) {
        expect(taken.has(`${m.slot.startsAt} ${key}`), `${key} twice at ${m.slot.startsAt}`).toBe(false);
        taken.add(`${m.slot.startsAt} ${key}`);
      }
    }
    expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
    // 8 cells in the grid: every one is used, and the rest wait without a slot.
    expect(placed).toBe(8);
    const plan = ok(await staff.post(`/api/events/${id}/schedule`));
    expect(plan.scheduled).toBe(8);
    expect(plan.unscheduled).toHaveLength(accepted.length - 8);
  });
});
