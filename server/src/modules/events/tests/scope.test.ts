// Who may see and do what: the organising province's staff manage; co-organisers see drafts,
// the registrant list and check people in, but do not edit; other provinces' staff see
// published events only and change nothing; participants see what concerns them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { ManualClock } from '../../../lib/clock.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let admin: TestClient;
let ls: TestClient; // organiser
let cb: TestClient; // co-organiser (Cao Bằng)
let pt: TestClient; // neither
let attendee: Member;
let ptFounder: Member;
let stranger: Member;
let draftId: string;
let eventId: string;
let clock: ManualClock;

beforeAll(async () => {
  ({ t, admin, clock } = await eventsApp());
  clock.set('2026-03-03T02:00:00.000Z');
  [ls, cb, pt] = await Promise.all([staffOf(t, admin, 'lang-son'), staffOf(t, admin, 'cao-bang'), staffOf(t, admin, 'phu-tho')]);
  attendee = await member(t, 'startup');
  stranger = await member(t, 'investor');
  ptFounder = await member(t, 'startup', { name: 'Bưởi Đoan Hùng', province: 'phu-tho' });
  draftId = ok(await ls.post('/api/events', startupDay({ coOrganizers: ['cao-bang'] })), 201).id;
  eventId = ok(
    await ls.post('/api/events', startupDay({ coOrganizers: ['cao-bang', 'lang-son'], status: 'published', title: 'Đã công bố' })),
    201,
  ).id;
  ok(await attendee.client.post(`/api/events/${eventId}/registrations`, {}), 201);
}, 60_000);
afterAll(() => t?.close());

describe('drafts', () => {
  it('are visible to the organiser, co-organisers and admins only', async () => {
    for (const c of [ls, cb, admin]) expect((await c.get(`/api/events/${draftId}`)).status).toBe(200);
    for (const c of [pt, attendee.client, t.client()]) expect((await c.get(`/api/events/${draftId}`)).status).toBe(404);
    expect(ok(await cb.get('/api/events?status=draft')).items.map((e: any) => e.id)).toEqual([draftId]);
    expect(ok(await pt.get('/api/events?status=draft')).items).toEqual([]);
    expect((await attendee.client.get('/api/events?status=draft')).status).toBe(403);
    expect((await t.client().get('/api/events?status=draft')).status).toBe(403);
  });

  it('cannot be changed by other provinces: 404 while hidden, 403 once visible', async () => {
    expect((await pt.patch(`/api/events/${draftId}`, { title: 'Của tôi' })).status).toBe(404);
    expect((await cb.patch(`/api/events/${draftId}`, { title: 'Của tôi' })).status).toBe(403);
    expect((await pt.patch(`/api/events/${eventId}`, { title: 'Của tôi' })).status).toBe(403);
    expect((await pt.patch(`/api/events/${eventId}`, { status: 'cancelled' })).status).toBe(403);
    expect((await pt.post(`/api/events/${eventId}/schedule`)).status).toBe(403);
    expect((await cb.post(`/api/events/${eventId}/schedule`)).status).toBe(403);
    expect(ok(await admin.patch(`/api/events/${draftId}`, { title: 'Sửa bởi quản trị' })).title).toBe('Sửa bởi quản trị');
    expect(ok(await t.client().get(`/api/events/${eventId}`)).title).toBe('Đã công bố');
  });
});

describe('registrants and check-in', () => {
  it('co-organisers see codes and check people in; other provinces cannot', async () => {
    const list = ok(await cb.get(`/api/events/${eventId}/registrations`)).items;
    expect(list).toHaveLength(1);
    expect(list[0].code).toMatch(/^[A-Z2-9]{6}$/);
    expect((await pt.get(`/api/events/${eventId}/registrations`)).status).toBe(403);
    expect((await pt.post(`/api/events/${eventId}/checkin`, { code: list[0].code })).status).toBe(403);
    expect(ok(await cb.post(`/api/events/${eventId}/checkin`, { code: list[0].code })).checkedInAt).not.toBeNull();
  });

  it('participants see the list only once registered, without codes', async () => {
    expect((await stranger.client.get(`/api/events/${eventId}/registrations`)).status).toBe(403);
    const seen = ok(await attendee.client.get(`/api/events/${eventId}/registrations`)).items;
    expect(seen[0].code).toBeUndefined();
    expect(seen[0].checkedInAt).toBeUndefined();
  });

  it('staff register profiles of their own province only', async () => {
    expect((await ls.post(`/api/events/${eventId}/registrations`, { profileId: ptFounder.profile.id })).status).toBe(404);
    expect(ok(await pt.post(`/api/events/${eventId}/registrations`, { profileId: ptFounder.profile.id }), 201)).toMatchObject({
      assisted: true,
      profileId: ptFounder.profile.id,
    });
  });

  it('a participant’s agenda is theirs; organisers may print anyone’s', async () => {
    expect((await attendee.client.get(`/api/events/${eventId}/agenda?profileId=${ptFounder.profile.id}`)).status).toBe(403);
    expect((await stranger.client.get(`/api/events/${eventId}/agenda`)).status).toBe(404);
    const printed = ok(await ls.get(`/api/events/${eventId}/agenda?profileId=${ptFounder.profile.id}`));
    expect(printed.registration).toMatchObject({ profileId: ptFounder.profile.id, assisted: true });
    expect(printed.registration.code).toMatch(/^[A-Z2-9]{6}$/);
  });

  it('organisers cancel a registration made on someone’s behalf; others cannot', async () => {
    const reg = ok(await ls.get(`/api/events/${eventId}/registrations`)).items.find((r: any) => r.profileId === ptFounder.profile.id);
    expect((await pt.delete(`/api/events/${eventId}/registrations/${reg.id}`)).status).toBe(403);
    expect((await ls.delete(`/api/events/${eventId}/registrations/${reg.id}`)).status).toBe(204);
    expect(ok(await ptFounder.client.get(`/api/events/${eventId}`)).myRegistration.status).toBe('cancelled');
  });
});

describe('who else is coming', () => {
  it('leaves out profiles hidden by their owners or suspended by an admin, who cannot be asked to meet; organisers see everyone', async () => {
    // In April: the report below counts March's events.
    const april = {
      startsAt: '2026-04-10T08:00:00+07:00',
      endsAt: '2026-04-10T17:00:00+07:00',
      meetings: { slotMinutes: 30, tables: 1, from: '2026-04-10T13:30:00+07:00', to: '2026-04-10T15:00:00+07:00', maxPerParticipant: 2 },
    };
    const listed = ok(
      await ls.post('/api/events', startupDay({ ...april, status: 'published', title: 'Danh sách khách', capacity: 10 })),
      201,
    ).id;
    const [viewer, hiding, suspended, shown] = await Promise.all([
      member(t, 'startup', { name: 'Người xem' }),
      member(t, 'startup', { name: 'Ẩn hồ sơ' }),
      member(t, 'expert', { name: 'Bị khoá' }),
      member(t, 'investor', { name: 'Hiện bình thường' }),
    ]);
    for (const m of [viewer, hiding, suspended, shown]) ok(await m.client.post(`/api/events/${listed}/registrations`, {}), 201);
    ok(await hiding.client.put('/api/profiles/me', { ...hiding.profile, hidden: true }));
    ok(await admin.post(`/api/admin/users/${suspended.user.id}/suspend`, {}));

    const names = (items: { profile: { name: string } }[]) => items.map((r) => r.profile.name).sort();
    expect(names(ok(await viewer.client.get(`/api/events/${listed}/registrations`)).items)).toEqual(['Hiện bình thường', 'Người xem']);
    expect(names(ok(await ls.get(`/api/events/${listed}/registrations`)).items)).toEqual([
      'Bị khoá',
      'Hiện bình thường',
      'Người xem',
      'Ẩn hồ sơ',
    ]);

    // Nor can they be asked for a meeting by id: 409, and nothing is stored for either side. The
    // answer is the one for someone not registered, so it does not tell that they are coming.
    const absent = await member(t, 'expert', { name: 'Không đăng ký' });
    const notRegistered = await viewer.client.post(`/api/events/${listed}/meetings`, { withProfileId: absent.profile.id });
    expect(notRegistered.status).toBe(409);
    for (const unseen of [hiding, suspended]) {
      const refused = await viewer.client.post(`/api/events/${listed}/meetings`, { withProfileId: unseen.profile.id });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toEqual({ ...notRegistered.body.error, details: { profileId: unseen.profile.id } });
    }
    expect(ok(await ls.get(`/api/events/${listed}/meetings`)).items).toEqual([]);
    const asked = ok(await viewer.client.post(`/api/events/${listed}/meetings`, { withProfileId: shown.profile.id }), 201);
    expect(asked).toMatchObject({ status: 'requested', inviteeId: shown.profile.id });
  });
});

describe('meetings', () => {
  it('shows participants their own meetings and organisers all of them', async () => {
    ok(await stranger.client.post(`/api/events/${eventId}/registrations`, {}), 201);
    const m = ok(await attendee.client.post(`/api/events/${eventId}/meetings`, { withProfileId: stranger.profile.id }), 201);
    const third = await member(t, 'expert', { province: 'lang-son' });
    ok(await third.client.post(`/api/events/${eventId}/registrations`, {}), 201);
    expect(ok(await third.client.get(`/api/events/${eventId}/meetings`)).items).toEqual([]);
    expect((await third.client.post(`/api/events/${eventId}/meetings/${m.id}/accept`)).status).toBe(404);
    expect(ok(await cb.get(`/api/events/${eventId}/meetings`)).items.map((x: any) => x.id)).toEqual([m.id]);
    expect((await pt.get(`/api/events/${eventId}/meetings`)).status).toBe(403);
  });

  it('suggests whom to meet to registered participants only: 403 to anyone else, as for who else is coming', async () => {
    expect(ok(await attendee.client.get(`/api/events/${eventId}/suggestions`)).items.length).toBeGreaterThan(0);
    const outsider = await member(t, 'expert', { province: 'lang-son' });
    for (const c of [outsider.client, ptFounder.client, ls]) {
      const res = await c.get(`/api/events/${eventId}/suggestions`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await t.client().get(`/api/events/${eventId}/suggestions`)).status).toBe(401);
  });
});

describe('events report scope', () => {
  it('follows the summary’s rules: own province for staff, regions for admins', async () => {
    clock.set('2026-03-29T02:00:00.000Z'); // the day after the event: it has been held
    expect((await pt.get('/api/reports/events?province=lang-son')).status).toBe(403);
    expect((await attendee.client.get('/api/reports/events')).status).toBe(403);
    expect(ok(await cb.get('/api/reports/events?from=2026-03-01&to=2026-04-01')).events.total).toBe(1);
    const region = ok(await admin.get('/api/reports/events?region=trung-du-mien-nui-phia-bac&from=2026-03-01&to=2026-04-01'));
    expect(region.scope.level).toBe('region');
    expect(region.events.total).toBe(1);
    expect(ok(await admin.get('/api/reports/events?region=dong-bang-song-cuu-long&from=2026-03-01&to=2026-04-01')).events.total).toBe(0);
  });
});
