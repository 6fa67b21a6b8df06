// Events in the audit log: who created an event, who published, completed or cancelled it, who
// checked whom in, who registered or cancelled someone else's place and who re-planned the
// meetings, each entry written in the transaction of the change (so it is there as soon as the
// request is answered, and a refused change leaves none). People's own registering and leaving
// are not administrative acts and leave no entry.
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
let expert: Member;

beforeAll(async () => {
  ({ t, admin } = await eventsApp());
  staff = await staffOf(t, admin, 'lang-son');
  staffId = ok(await staff.get('/api/auth/me')).user.id;
  founder = await member(t, 'startup', { name: 'Miến ngô Thuận Anh' });
  expert = await member(t, 'expert', { name: 'Hoàng Thị Thanh' });
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
      ['event.registered_for', 'staff', null],
      ['event.status_changed', 'staff', 'published'],
      ['event.created', 'staff', null],
    ]);
    expect(log.every((e) => e.targetType === 'event' && e.province === 'lang-son')).toBe(true);
    expect(log[4]).toMatchObject({
      actorId: staffId,
      details: { title: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026', kind: 'startup_day', status: 'draft', startsAt: event.startsAt },
    });
    expect(log[3].details).toEqual({ from: 'draft', to: 'published', title: 'Ngày hội Khởi nghiệp Lạng Sơn' });
    expect(log[1]).toMatchObject({
      actorId: staffId,
      details: { registrationId: reg.id, profileId: founder.profile.id, code: reg.code, assisted: true },
    });
    // The admin's filter by action finds the check-in among every event's entries.
    const checkins = ok(await admin.get('/api/admin/audit?action=event.checked_in')).items;
    expect(checkins.map((e: { targetId: string }) => e.targetId)).toEqual([event.id]);
  });

  it('records places taken or given up by staff for someone else, and re-plans, but not people’s own', async () => {
    const event = ok(await staff.post('/api/events', startupDay({ status: 'published' })), 201);
    const created = (await auditOf(event.id)).length;
    // The founder registers herself and leaves: her own acts.
    ok(await founder.client.post(`/api/events/${event.id}/registrations`, {}), 201);
    expect((await founder.client.delete(`/api/events/${event.id}/registrations/me`)).status).toBe(204);
    expect(await auditOf(event.id)).toHaveLength(created);

    // Staff register her on her behalf, and later cancel that place for her.
    const reg = ok(await staff.post(`/api/events/${event.id}/registrations`, { profileId: founder.profile.id }), 201);
    ok(await expert.client.post(`/api/events/${event.id}/registrations`, {}), 201);
    const asked = ok(await founder.client.post(`/api/events/${event.id}/meetings`, { withProfileId: expert.profile.id }), 201);
    ok(await expert.client.post(`/api/events/${event.id}/meetings/${asked.id}/accept`));
    ok(await staff.post(`/api/events/${event.id}/schedule`));
    expect((await staff.delete(`/api/events/${event.id}/registrations/${reg.id}`)).status).toBe(204);

    const log = (await auditOf(event.id)).slice(0, -created);
    expect(log.map((e) => [e.action, e.actorId])).toEqual([
      ['event.registration_cancelled', staffId],
      ['event.replanned', staffId],
      ['event.registered_for', staffId],
    ]);
    expect(log.every((e) => e.targetId === event.id && e.province === 'lang-son')).toBe(true);
    expect(log[2].details).toEqual({ registrationId: reg.id, profileId: founder.profile.id, status: 'registered' });
    expect(log[1].details).toEqual({ scheduled: 1, unscheduled: 0, moved: 0 });
    expect(log[0].details).toEqual({ registrationId: reg.id, profileId: founder.profile.id, from: 'registered' });
  });

  it('writes nothing for a refused re-plan or a refused cancellation', async () => {
    const event = ok(await staff.post('/api/events', startupDay({ status: 'published', meetings: undefined })), 201);
    const neighbour = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung' });
    const reg = ok(await neighbour.client.post(`/api/events/${event.id}/registrations`, {}), 201);
    ok(await staff.post(`/api/events/${event.id}/checkin`, { code: reg.code }));
    const before = await auditOf(event.id);
    expect((await staff.post(`/api/events/${event.id}/schedule`)).status).toBe(409); // no meetings at this event
    expect((await staff.delete(`/api/events/${event.id}/registrations/${reg.id}`)).status).toBe(409); // already at the door
    expect(await auditOf(event.id)).toEqual(before);
  });
});
