// Undoing a check-in: the wrong ticket scanned or the wrong row tapped at the door. The organiser
// takes it back; the event's count, the registrant list and the audit log follow, a second undo
// changes nothing, and the person may be checked in (or, before the event ends, cancelled) again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { ManualClock } from '../../../lib/clock.js';
import { eventsApp, ok, refusedLeaving, startupDay } from './helpers.js';

let t: TestApp;
let clock: ManualClock;
let admin: TestClient;
let staff: TestClient;
let otherStaff: TestClient;
let founder: Member;
let expert: Member;
let eventId: string;
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;

beforeAll(async () => {
  ({ t, clock, admin } = await eventsApp());
  staff = await staffOf(t, admin, 'lang-son');
  otherStaff = await staffOf(t, admin, 'phu-tho');
  founder = await member(t, 'startup', { name: 'Miến ngô Thuận Anh' });
  expert = await member(t, 'expert', { name: 'Hoàng Thị Thanh' });
  eventId = ok(await staff.post('/api/events', startupDay({ status: 'published', meetings: undefined })), 201).id;
}, 60_000);
afterAll(() => t?.close());

const registrantsOf = async () => ok(await staff.get(path('/registrations?limit=100'))).items as any[];
const checkInsOf = async () => ok(await admin.get(`/api/admin/audit?limit=100&targetId=${eventId}`)).items.map((e: any) => e.action);

describe('undoing a check-in', () => {
  it('takes the person back out: the count, the list and the audit log follow; a second undo changes nothing', async () => {
    const reg = ok(await founder.client.post(path('/registrations'), {}), 201);
    ok(await expert.client.post(path('/registrations'), {}), 201);
    clock.set('2026-03-28T01:30:00.000Z'); // 08:30 on the day
    ok(await staff.post(path('/checkin'), { code: reg.code }));
    expect(ok(await t.client().get(path())).checkedIn).toBe(1);

    const undone = ok(await staff.delete(path(`/registrations/${reg.id}/checkin`)));
    expect(undone).toMatchObject({
      id: reg.id,
      status: 'registered',
      code: reg.code,
      checkedInAt: null,
      profile: { name: 'Miến ngô Thuận Anh' },
    });
    expect(ok(await t.client().get(path())).checkedIn).toBe(0);
    expect((await registrantsOf()).find((r) => r.id === reg.id).checkedInAt).toBeNull();
    const audit = ok(await admin.get(`/api/admin/audit?action=event.checkin_undone&targetId=${eventId}`)).items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorRole: 'staff', province: 'lang-son', details: { registrationId: reg.id, code: reg.code } });

    // Undoing again answers the same registration and writes nothing.
    expect(ok(await staff.delete(path(`/registrations/${reg.id}/checkin`))).checkedInAt).toBeNull();
    expect(ok(await t.client().get(path())).checkedIn).toBe(0);
    expect((await checkInsOf()).filter((a: string) => a === 'event.checkin_undone')).toHaveLength(1);

    // The right scan later counts once more, with its new time.
    clock.set('2026-03-28T01:45:00.000Z');
    expect(ok(await staff.post(path('/checkin'), { code: reg.code })).checkedInAt).toBe('2026-03-28T01:45:00.000Z');
    expect(ok(await t.client().get(path())).checkedIn).toBe(1);
  });

  it('lets a person wrongly checked in be cancelled again before the event ends', async () => {
    const reg = (await registrantsOf()).find((r) => r.profile.name === 'Hoàng Thị Thanh');
    ok(await staff.post(path('/checkin'), { code: reg.code }));
    expect((await staff.delete(path(`/registrations/${reg.id}`))).status).toBe(409); // at the door: kept
    ok(await staff.delete(path(`/registrations/${reg.id}/checkin`)));
    expect((await staff.delete(path(`/registrations/${reg.id}`))).status).toBe(204);
    expect(ok(await t.client().get(path()))).toMatchObject({ registered: 1, checkedIn: 1 });
  });

  it('is the organisers’ alone, for a registration of this event', async () => {
    const reg = (await registrantsOf()).find((r) => r.checkedInAt);
    const refused = refusedLeaving(async () => [await registrantsOf(), ok(await t.client().get(path())).checkedIn]);
    await refused(founder.client.delete(path(`/registrations/${reg.id}/checkin`)), 403, 'forbidden');
    await refused(otherStaff.delete(path(`/registrations/${reg.id}/checkin`)), 403, 'forbidden');
    await refused(t.client().delete(path(`/registrations/${reg.id}/checkin`)), 401, 'unauthenticated');
    await refused(staff.delete(path('/registrations/000000000000000000000000/checkin')), 404, 'not_found');
    const other = ok(await staff.post('/api/events', startupDay({ status: 'published', meetings: undefined })), 201).id;
    await refused(staff.delete(`/api/events/${other}/registrations/${reg.id}/checkin`), 404, 'not_found');
    // A cancelled event has nobody to let in or out.
    ok(await staff.patch(`/api/events/${other}`, { status: 'cancelled' }));
    await refused(staff.delete(`/api/events/${other}/registrations/${reg.id}/checkin`), 409, 'conflict');
  });
});
