// Events in the audit log: who created an event, who published, completed or cancelled it and who
// checked whom in, each entry written in the transaction of the change (so it is there as soon as
// the request is answered, and a refused change leaves none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let admin: TestClient;
let staff: TestClient;
let staffId: string;
let founder: Member;

beforeAll(async () => {
  ({ t, admin } = await eventsApp());
  staff = await staffOf(t, admin, 'lang-son');
  staffId = ok(await staff.get('/api/auth/me')).user.id;
  founder = await member(t, 'startup', { name: 'Miến ngô Thuận Anh' });
}, 60_000);
afterAll(() => t?.close());

const auditOf = async (targetId: string): Promise<any[]> => ok(await admin.get(`/api/admin/audit?limit=100&targetId=${targetId}`)).items;

describe('events in the audit log', () => {
  it('records creating, publishing and check-in, and cancelling by an admin', async () => {
    const event = ok(await staff.post('/api/events', startupDay({ meetings: undefined })), 201);
    ok(await staff.patch(`/api/events/${event.id}`, { title: 'Ngày hội Khởi nghiệp Lạng Sơn' })); // an edit, not audited
    expect((await staff.patch(`/api/events/${event.id}`, { status: 'completed' })).status).toBe(409); // refused: nothing
    ok(await staff.patch(`/api/events/${event.id}`, { status: 'published' }));
    // Assisted registration, then the door: a wrong code first (404, nothing recorded), then the ticket.
    const reg = ok(await staff.post(`/api/events/${event.id}/registrations`, { profileId: founder.profile.id }), 201);
    expect((await staff.post(`/api/events/${event.id}/checkin`, { code: 'ZZZZZZ' })).status).toBe(404);
    ok(await staff.post(`/api/events/${event.id}/checkin`, { code: reg.code.toLowerCase() }));
    ok(await staff.post(`/api/events/${event.id}/checkin`, { code: reg.code })); // a second scan changes nothing
    ok(await admin.patch(`/api/events/${event.id}`, { status: 'cancelled' }));

    const log = await auditOf(event.id);
    expect(log.map((e) => [e.action, e.actorRole, e.details.to ?? null])).toEqual([
      ['event.status_changed', 'admin', 'cancelled'],
      ['event.checked_in', 'staff', null],
      ['event.status_changed', 'staff', 'published'],
      ['event.created', 'staff', null],
    ]);
    expect(log.every((e) => e.targetType === 'event' && e.province === 'lang-son')).toBe(true);
    expect(log[3]).toMatchObject({
      actorId: staffId,
      details: { title: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026', kind: 'startup_day', status: 'draft', startsAt: event.startsAt },
    });
    expect(log[2].details).toEqual({ from: 'draft', to: 'published', title: 'Ngày hội Khởi nghiệp Lạng Sơn' });
    expect(log[1]).toMatchObject({
      actorId: staffId,
      details: { registrationId: reg.id, profileId: founder.profile.id, code: reg.code, assisted: true },
    });
    // The admin's filter by action finds the check-in among every event's entries.
    const checkins = ok(await admin.get('/api/admin/audit?action=event.checked_in')).items;
    expect(checkins.map((e: { targetId: string }) => e.targetId)).toEqual([event.id]);
  });
});
