// Registering and cancelling in a loop: each registration mails a ticket to the account's address,
// which nobody has confirmed, so the loop would send that address endless mail. One profile
// registers for one event at most MAX_REGISTRATIONS_PER_EVENT times; the next is 409, stores
// nothing and mails nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import { MAX_REGISTRATIONS_PER_EVENT } from '../registrations.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let eventId: string;
let founder: Member;
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;
const tickets = () =>
  t.app.store.collection({ name: 'mail_outbox' }).countDocuments({ kind: 'event.registration_confirmed', userId: founder.user.id });

beforeAll(async () => {
  const started = await eventsApp();
  t = started.t;
  const staff = await staffOf(t, started.admin, 'lang-son');
  eventId = ok(await staff.post('/api/events', startupDay({ capacity: 50, status: 'published' })), 201).id;
  founder = await member(t, 'startup');
}, 60_000);
afterAll(() => t?.close());

describe('registering again and again for one event', () => {
  it(`is allowed ${MAX_REGISTRATIONS_PER_EVENT} times, then 409 without a mail`, async () => {
    for (let i = 0; i < MAX_REGISTRATIONS_PER_EVENT; i++) {
      expect(ok(await founder.client.post(path('/registrations'), {}), 201).status).toBe('registered');
      expect((await founder.client.delete(path('/registrations/me'))).status).toBe(204);
    }
    expect(await tickets()).toBe(MAX_REGISTRATIONS_PER_EVENT);

    const refused = await founder.client.post(path('/registrations'), {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ limit: MAX_REGISTRATIONS_PER_EVENT });
    expect(await tickets()).toBe(MAX_REGISTRATIONS_PER_EVENT);
    expect(ok(await founder.client.get(path())).registered).toBe(0);
    expect(ok(await founder.client.get(path())).myRegistration.status).toBe('cancelled');
  });
});
