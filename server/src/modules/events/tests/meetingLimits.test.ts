// One participant cannot flood the others of an event with meeting requests: at most
// MAX_OPEN_MEETING_REQUESTS waiting (409), MAX_MEETING_REQUESTS_PER_PERSON to the same person
// (409: asking and cancelling in a loop), MAX_MEETING_REQUESTS_PER_DAY a day (429 with
// Retry-After). Each refusal stores nothing and tells the person asked nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type ManualClock } from '../../../lib/clock.js';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import { MAX_MEETING_REQUESTS_PER_DAY, MAX_MEETING_REQUESTS_PER_PERSON, MAX_OPEN_MEETING_REQUESTS } from '../meetingLimits.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let clock: ManualClock;
let eventId: string;
let registrants: Member[];
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;
const PEOPLE = MAX_MEETING_REQUESTS_PER_DAY / MAX_MEETING_REQUESTS_PER_PERSON + 1;

beforeAll(async () => {
  const started = await eventsApp();
  ({ t, clock } = started);
  const staff = await staffOf(t, started.admin, 'lang-son');
  eventId = ok(await staff.post('/api/events', startupDay({ capacity: 40, status: 'published' })), 201).id;
  registrants = [];
  for (let i = 0; i <= Math.max(PEOPLE, MAX_OPEN_MEETING_REQUESTS) + 2; i++) {
    const m = await member(t, i % 2 ? 'expert' : 'investor', { name: `Người tham dự ${i}` });
    ok(await m.client.post(path('/registrations'), {}), 201);
    registrants.push(m);
  }
}, 120_000);
afterAll(() => t?.close());

const ask = (from: Member, to: Member) => from.client.post(path('/meetings'), { withProfileId: to.profile.id, message: 'Gặp nhau nhé' });
const cancel = async (by: Member, id: string) => ok(await by.client.post(path(`/meetings/${id}/cancel`), {}));
const sentBy = async (m: Member) =>
  ok(await m.client.get(path('/meetings?limit=100'))).items.filter((x: { requesterId: string }) => x.requesterId === m.profile.id);
const meetingNotices = async (m: Member) =>
  ok(await m.client.get('/api/notifications?limit=100')).items.filter((n: { type: string }) => n.type.startsWith('meeting.')).length;

describe('meeting requests from one participant', () => {
  it(`at most ${MAX_OPEN_MEETING_REQUESTS} waiting for an answer (409); a cancelled one makes room`, async () => {
    const [sender, ...others] = registrants;
    for (const to of others.slice(0, MAX_OPEN_MEETING_REQUESTS)) ok(await ask(sender!, to), 201);
    const next = others[MAX_OPEN_MEETING_REQUESTS]!;
    const refused = await ask(sender!, next);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'too_many_pending', limit: MAX_OPEN_MEETING_REQUESTS },
    });
    expect(await sentBy(sender!)).toHaveLength(MAX_OPEN_MEETING_REQUESTS);
    expect(await meetingNotices(next)).toBe(0);

    const [oldest] = await sentBy(sender!);
    await cancel(sender!, oldest.id);
    ok(await ask(sender!, next), 201);
    expect(await meetingNotices(next)).toBe(1);
    for (const m of await sentBy(sender!)) if (m.status === 'requested') await cancel(sender!, m.id);
  });

  it(`asks the same person at most ${MAX_MEETING_REQUESTS_PER_PERSON} times: no ask-and-cancel loop (409)`, async () => {
    const [, sender, victim] = registrants;
    for (let i = 0; i < MAX_MEETING_REQUESTS_PER_PERSON; i++) await cancel(sender!, ok(await ask(sender!, victim!), 201).id);
    const before = await meetingNotices(victim!);
    const refused = await ask(sender!, victim!);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ limit: MAX_MEETING_REQUESTS_PER_PERSON });
    expect(await meetingNotices(victim!)).toBe(before);
    expect(await sentBy(sender!)).toHaveLength(MAX_MEETING_REQUESTS_PER_PERSON);
  });

  it(`sends at most ${MAX_MEETING_REQUESTS_PER_DAY} a day, cancelled ones included (429 with Retry-After)`, async () => {
    const sender = registrants[registrants.length - 1]!;
    const others = registrants.slice(0, PEOPLE);
    const start = clock.now().getTime();
    for (const to of others.slice(0, PEOPLE - 1)) {
      for (let i = 0; i < MAX_MEETING_REQUESTS_PER_PERSON; i++) {
        await cancel(sender, ok(await ask(sender, to), 201).id);
        clock.advance(60_000);
      }
    }
    const last = others[PEOPLE - 1]!;
    const refused = await ask(sender, last);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    // The first request of the day is a day old at start + DAY.
    const wait = Math.ceil((start + DAY_MS - clock.now().getTime()) / 1000);
    expect(refused.headers.get('retry-after')).toBe(String(wait));
    expect(await sentBy(sender)).toHaveLength(MAX_MEETING_REQUESTS_PER_DAY);

    clock.advance((wait - 1) * 1000);
    expect((await ask(sender, last)).status).toBe(429);
    clock.advance(1000);
    ok(await ask(sender, last), 201);
  });
});
