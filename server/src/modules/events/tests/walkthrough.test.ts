// One event from start to end, over HTTP and real sockets: created with the region's overlaps,
// published, registered up to the waitlist, a cancellation that promotes, suggestions, meeting
// requests accepted live, the agenda as iCalendar, a move, a re-plan, check-in, completion and
// the events report checked against a hand count.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import { type LiveClient, liveClient } from '../../../../test/helpers/sockets.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import type { ManualClock } from '../../../lib/clock.js';
import { eventsApp, ok, startupDay } from './helpers.js';

let t: TestApp;
let clock: ManualClock;
let admin: TestClient;
let staffLS: TestClient;
let staffPT: TestClient;
let s1: Member, s2: Member, s3: Member, s4: Member, inv: Member, e1: Member;
let live: { s1: LiveClient; s3: LiveClient; inv: LiveClient };
let eventId: string;
const meetings: Record<string, string> = {};

beforeAll(async () => {
  ({ t, clock, admin } = await eventsApp());
  staffLS = await staffOf(t, admin, 'lang-son');
  staffPT = await staffOf(t, admin, 'phu-tho');
  s1 = await member(t, 'startup', { name: 'Thiết bị IoT Xứ Lạng' });
  s2 = await member(t, 'startup', { name: 'Miến ngô Thuận Anh' });
  s3 = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung' });
  s4 = await member(t, 'startup', { name: 'Mây tre Bình Gia' });
  inv = await member(t, 'investor', { name: 'CLB Đầu tư Lạng Sơn' });
  e1 = await member(t, 'expert', { name: 'Chuyên gia Một', province: 'lang-son' });
  live = { s1: await liveClient(t.url, s1.client), s3: await liveClient(t.url, s3.client), inv: await liveClient(t.url, inv.client) };
}, 60_000);
afterAll(async () => {
  for (const l of Object.values(live ?? {})) l.close();
  await t?.close();
});

const at = (iso: string) => clock.set(iso);
/** Users sent a mail of `kind` (queued in the outbox), sorted. */
const mailed = async (kind: string) => (await t.app.container.modules.mail.outbox.find({ kind }, 100)).map((m) => m.userId).sort();
const confirmed = () => mailed('event.registration_confirmed');
const usersOf = (...ms: Member[]) => ms.map((m) => m.user.id).sort();
const path = (suffix = '') => `/api/events/${eventId}${suffix}`;

describe('an event from creation to its report', () => {
  it('creates a draft and answers with the overlapping events of the region', async () => {
    // Phú Thọ (same region) already published a distribution workshop eight days before.
    const workshop = ok(
      await staffPT.post('/api/events', {
        kind: 'workshop',
        title: 'Hội thảo kết nối tiêu thụ nông sản',
        topics: ['distribution'],
        startsAt: '2026-03-20T08:00:00+07:00',
        endsAt: '2026-03-20T11:30:00+07:00',
        status: 'published',
      }),
      201,
    );
    expect(workshop.overlaps).toEqual([]);
    const created = ok(await staffLS.post('/api/events', startupDay()), 201);
    eventId = created.id;
    expect(created).toMatchObject({ status: 'draft', province: 'lang-son', region: 'trung-du-mien-nui-phia-bac', registered: 0 });
    expect(created.startsAt).toBe('2026-03-28T01:00:00.000Z');
    expect(created.overlaps).toHaveLength(1);
    expect(created.overlaps[0].event.id).toBe(workshop.id);
    expect(created.overlaps[0].reasons).toEqual([
      'Cùng vùng Trung du và miền núi phía Bắc, do Phú Thọ tổ chức',
      'Cách 8 ngày (bắt đầu 20/03/2026)',
      'Cùng chủ đề: kết nối tiêu thụ, phân phối',
    ]);
    // The same question, asked before creating, in English.
    const asked = ok(await staffLS.get('/api/events/overlaps?startsAt=2026-03-28T08:00:00%2B07:00&topics=funding,distribution&lang=en'));
    expect(asked.items.map((o: any) => o.event.id)).toEqual([workshop.id]);
    expect(asked.items[0].reasons[2]).toBe('Same topic: Distribution & sales channels');
  });

  it('keeps the draft off the public calendar until it is published', async () => {
    const anonymous = t.client();
    expect(ok(await anonymous.get('/api/events')).items.map((e: any) => e.id)).not.toContain(eventId);
    expect((await anonymous.get(path())).status).toBe(404);
    expect(ok(await staffLS.get('/api/events?status=draft')).items.map((e: any) => e.id)).toEqual([eventId]);
    expect(ok(await staffLS.patch(path(), { status: 'published' })).status).toBe('published');
    const page = ok(await anonymous.get('/api/events?province=lang-son'));
    expect(page.items.map((e: any) => e.id)).toEqual([eventId]);
    expect(page.items[0]).toMatchObject({ registrationOpen: true, capacity: 3 });
    expect(page.items[0].myRegistration).toBeUndefined();
  });

  it('registers up to capacity, then waitlists, and moves the waitlist up on a cancellation', async () => {
    const r1 = ok(await s1.client.post(path('/registrations'), { seeks: ['funding'], note: 'Cần vốn mồi 500 triệu' }), 201);
    expect(r1).toMatchObject({ status: 'registered', seeks: ['funding'], offers: [], checkedInAt: null });
    expect(r1.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(ok(await inv.client.post(path('/registrations'), {}), 201)).toMatchObject({ status: 'registered', offers: ['funding'] });
    ok(await e1.client.post(path('/registrations'), {}), 201);
    const r3 = ok(await s3.client.post(path('/registrations'), { seeks: ['distribution', 'funding'] }), 201);
    expect(r3).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    // Staff register a founder without a smartphone (assisted); the founder is told.
    const r2 = ok(await staffLS.post(path('/registrations'), { profileId: s2.profile.id, seeks: ['distribution'] }), 201);
    expect(r2).toMatchObject({ status: 'waitlisted', waitlistPosition: 2, assisted: true });
    expect(ok(await s2.client.get('/api/notifications')).items.map((n: any) => n.type)).toContain('event.registered_for_you');
    expect(ok(await t.client().get(path()))).toMatchObject({ registered: 3, waitlisted: 2 });
    // A place comes with the confirmation mail (ticket code, .ics); a waitlist place does not.
    expect(await confirmed()).toEqual(usersOf(s1, inv, e1));

    const promoted = live.s3.next('notification:new', (p: any) => p.notification.type === 'event.registration_promoted');
    expect((await e1.client.delete(path('/registrations/me'))).status).toBe(204);
    expect((await promoted).notification.data).toMatchObject({ eventId, code: r3.code });
    expect(ok(await s3.client.get(path())).myRegistration).toMatchObject({ status: 'registered', code: r3.code });
    expect(ok(await s2.client.get(path())).myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    // A larger capacity moves the waitlist up by itself; the next one waits again.
    expect(ok(await staffLS.patch(path(), { capacity: 4 }))).toMatchObject({ registered: 4, waitlisted: 0 });
    expect(ok(await s2.client.get(path())).myRegistration.status).toBe('registered');
    expect(ok(await s4.client.post(path('/registrations'), {}), 201).status).toBe('waitlisted');
    // Those who moved up from the waitlist get the mail that says so, with their ticket code.
    expect(await confirmed()).toEqual(usersOf(s1, inv, e1));
    expect(await mailed('event.waitlist_promoted')).toEqual(usersOf(s3, s2));
  });

  it('suggests whom to meet, with reasons, from the matching criteria', async () => {
    const items = ok(await s1.client.get(path('/suggestions'))).items;
    expect(items.map((i: any) => i.profile.id)).not.toContain(s1.profile.id);
    expect(items.map((i: any) => i.profile.id)).not.toContain(s4.profile.id); // waitlisted
    expect(items[0].profile.id).toBe(inv.profile.id);
    const coverage = items[0].reasons.find((r: any) => r.criterion === 'coverage');
    expect(coverage).toMatchObject({ score: 1, detail: 'Họ giúp được điều bạn tìm: gọi vốn, đầu tư' });
    const total = items[0].reasons.reduce((n: number, r: any) => n + r.weight * r.score, 0);
    const weights = items[0].reasons.reduce((n: number, r: any) => n + r.weight, 0);
    expect(items[0].score).toBeCloseTo(total / weights, 3);
    const en = ok(await s1.client.get(path('/suggestions?lang=en'))).items[0];
    expect(en.reasons.find((r: any) => r.criterion === 'coverage').detail).toBe('They offer what you seek: Funding & investment');
  });

  it('places an accepted meeting at once and tells both sides live', async () => {
    const asked = live.inv.next('meeting:new');
    const m1 = ok(
      await s1.client.post(path('/meetings'), { withProfileId: inv.profile.id, message: 'Xin 30 phút giới thiệu nguyên mẫu' }),
      201,
    );
    meetings.m1 = m1.id;
    expect((await asked).meeting).toMatchObject({ id: m1.id, status: 'requested', requester: { id: s1.profile.id } });
    const placed = live.s1.next('meeting:updated', (p: any) => p.meeting.id === m1.id);
    const accepted = ok(await inv.client.post(path(`/meetings/${m1.id}/accept`)));
    expect(accepted.slot).toEqual({ startsAt: '2026-03-28T06:30:00.000Z', endsAt: '2026-03-28T07:00:00.000Z', table: 1 });
    expect((await placed).meeting).toMatchObject({ status: 'accepted', slot: accepted.slot });
    expect(accepted.history.map((h: any) => h.to)).toEqual(['requested', 'accepted']);
    // Already asked: no longer suggested, and asking again is refused.
    expect(ok(await s1.client.get(path('/suggestions'))).items.map((i: any) => i.profile.id)).not.toContain(inv.profile.id);
    expect((await s1.client.post(path('/meetings'), { withProfileId: inv.profile.id })).status).toBe(409);

    const request = async (from: Member, to: Member) =>
      ok(await from.client.post(path('/meetings'), { withProfileId: to.profile.id }), 201).id;
    meetings.m2 = await request(s3, inv);
    expect(ok(await inv.client.post(path(`/meetings/${meetings.m2}/accept`))).slot).toMatchObject({
      startsAt: '2026-03-28T07:00:00.000Z',
      table: 1,
    });
    meetings.m3 = await request(s2, s1);
    expect(ok(await s1.client.post(path(`/meetings/${meetings.m3}/accept`))).slot).toMatchObject({
      startsAt: '2026-03-28T07:30:00.000Z',
      table: 1,
    });
    // s1 has two accepted meetings, the most this event allows.
    meetings.m4 = await request(s3, s1);
    const over = await s1.client.post(path(`/meetings/${meetings.m4}/accept`));
    expect(over.status).toBe(409);
    expect(over.body.error.details).toMatchObject({ profileId: s1.profile.id, maxPerParticipant: 2 });
    // Both are free only in the first slot, whose one table is taken: accepted without a slot.
    meetings.m5 = await request(s2, s3);
    expect(ok(await s3.client.post(path(`/meetings/${meetings.m5}/accept`))).slot).toBeNull();
    // A declined request: not suggested again, not asked again.
    meetings.m6 = await request(s2, inv);
    expect(ok(await inv.client.post(path(`/meetings/${meetings.m6}/decline`), { reason: 'Kín lịch' }))).toMatchObject({
      status: 'declined',
      declineReason: 'Kín lịch',
    });
    expect(ok(await s2.client.get(path('/suggestions'))).items.map((i: any) => i.profile.id)).not.toContain(inv.profile.id);
    expect((await s2.client.post(path('/meetings'), { withProfileId: inv.profile.id })).status).toBe(409);
  });

  it('gives each participant an agenda in time order, as JSON and as iCalendar', async () => {
    const agenda = ok(await s1.client.get(path('/agenda')));
    expect(agenda.registration).toMatchObject({ profileId: s1.profile.id, status: 'registered' });
    expect(agenda.meetings.map((m: any) => [m.id, m.slot.startsAt])).toEqual([
      [meetings.m1, '2026-03-28T06:30:00.000Z'],
      [meetings.m3, '2026-03-28T07:30:00.000Z'],
    ]);
    const ics = await s1.client.get(path('/agenda?format=ics'));
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(ics.text).toContain('\r\n');
    // Content lines of at most 75 octets (RFC 5545 §3.1), Vietnamese places and names included.
    expect(ics.text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(ics.text));
    const entries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(entries.map((e) => [e.uid, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      [`event-${eventId}@ketnoi`, '2026-03-28T01:00:00.000Z', '2026-03-28T10:00:00.000Z'],
      [`meeting-${meetings.m1}@ketnoi`, '2026-03-28T06:30:00.000Z', '2026-03-28T07:00:00.000Z'],
      [`meeting-${meetings.m3}@ketnoi`, '2026-03-28T07:30:00.000Z', '2026-03-28T08:00:00.000Z'],
    ]);
    expect(entries[0]!.summary).toBe('Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026');
    expect(entries[1]!.summary).toBe('Gặp CLB Đầu tư Lạng Sơn · Bàn 1');
    expect(entries[1]!.location).toBe('Hội trường tầng 2, Sở KH&CN Lạng Sơn, Thành phố Lạng Sơn · Bàn 1');
    // The same UIDs on the next download, so calendar apps update instead of duplicating.
    const again = new ICAL.Component(ICAL.parse((await s1.client.get(path('/agenda?format=ics'))).text));
    expect(again.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid)).toEqual(entries.map((e) => e.uid));
  });

  it('moves the event with its meeting hours and tells every registrant', async () => {
    const moved = live.s1.next('event:updated');
    const slotMoved = live.s1.next(
      'meeting:updated',
      (p: any) => p.meeting.id === meetings.m1 && p.meeting.slot?.startsAt.startsWith('2026-03-29'),
    );
    const next = ok(
      await staffLS.patch(path(), {
        startsAt: '2026-03-29T08:00:00+07:00',
        endsAt: '2026-03-29T17:00:00+07:00',
        meetings: { slotMinutes: 30, tables: 1, from: '2026-03-29T13:30:00+07:00', to: '2026-03-29T15:00:00+07:00', maxPerParticipant: 2 },
      }),
    );
    expect(next.startsAt).toBe('2026-03-29T01:00:00.000Z');
    expect((await moved).event).toMatchObject({ id: eventId, startsAt: '2026-03-29T01:00:00.000Z' });
    expect((await slotMoved).meeting.slot).toEqual({ startsAt: '2026-03-29T06:30:00.000Z', endsAt: '2026-03-29T07:00:00.000Z', table: 1 });
    for (const m of [s1, s2, s3, inv]) {
      const notice = ok(await m.client.get('/api/notifications')).items.find((n: any) => n.type === 'event.changed');
      expect(notice.data).toMatchObject({ eventId, startsAt: '2026-03-29T01:00:00.000Z', changes: ['time'] });
    }
    expect(ok(await s4.client.get('/api/notifications')).items.map((n: any) => n.type)).toContain('event.changed');
    expect(ok(await e1.client.get('/api/notifications')).items.map((n: any) => n.type)).not.toContain('event.changed');
  });

  it('re-plans every accepted meeting: a second table places the one left without a slot', async () => {
    ok(
      await staffLS.patch(path(), {
        meetings: { slotMinutes: 30, tables: 2, from: '2026-03-29T13:30:00+07:00', to: '2026-03-29T15:00:00+07:00', maxPerParticipant: 2 },
      }),
    );
    const m5 = ok(await s3.client.get(path('/meetings'))).items.find((m: any) => m.id === meetings.m5);
    expect(m5.slot).toEqual({ startsAt: '2026-03-29T06:30:00.000Z', endsAt: '2026-03-29T07:00:00.000Z', table: 2 });
    const plan = ok(await staffLS.post(path('/schedule')));
    expect(plan).toEqual({ scheduled: 4, unscheduled: [], moved: 0 });
    const all = ok(await staffLS.get(path('/meetings?status=accepted'))).items;
    expect(all).toHaveLength(4);
    const seen = new Set<string>();
    for (const m of all) {
      for (const key of [`t${m.slot.table}`, `p${m.requesterId}`, `p${m.inviteeId}`]) {
        expect(seen.has(`${m.slot.startsAt}/${key}`)).toBe(false);
        seen.add(`${m.slot.startsAt}/${key}`);
      }
      expect(m.slot.startsAt >= '2026-03-29T06:30:00.000Z' && m.slot.endsAt <= '2026-03-29T08:00:00.000Z').toBe(true);
    }
  });

  it('checks people in by their ticket code; a second scan answers the same', async () => {
    at('2026-03-29T00:30:00.000Z');
    const list = ok(await staffLS.get(path('/registrations?status=registered'))).items;
    const code = (m: Member) => list.find((r: any) => r.profileId === m.profile.id).code as string;
    const first = ok(await staffLS.post(path('/checkin'), { code: `${code(s1).slice(0, 3).toLowerCase()}-${code(s1).slice(3)}` }));
    expect(first).toMatchObject({ profileId: s1.profile.id, checkedInAt: '2026-03-29T00:30:00.000Z' });
    clock.advance(60_000);
    expect(ok(await staffLS.post(path('/checkin'), { code: code(s1) })).checkedInAt).toBe('2026-03-29T00:30:00.000Z');
    ok(await staffLS.post(path('/checkin'), { code: code(s3) }));
    ok(await staffLS.post(path('/checkin'), { code: code(inv) }));
    const waitlisted = ok(await staffLS.get(path('/registrations?status=waitlisted'))).items[0];
    const refused = await staffLS.post(path('/checkin'), { code: waitlisted.code });
    expect(refused.status).toBe(409);
    // The organiser is told whose ticket it is and where they stand, and nobody is let in.
    expect(refused.body.error.details).toMatchObject({
      status: 'waitlisted',
      registration: { id: waitlisted.id, profile: { name: waitlisted.profile.name }, waitlistPosition: 1, checkedInAt: null },
    });
    expect((await staffLS.post(path('/checkin'), { code: 'ZZZZZZ' })).status).toBe(404);
    expect(ok(await t.client().get(path())).checkedIn).toBe(3);
    // Participants see who else is registered, without codes, check-ins or notes.
    const others = ok(await s1.client.get(path('/registrations'))).items;
    expect(others.map((r: any) => r.profileId).sort()).toEqual([s1, s2, s3, inv].map((m) => m.profile.id).sort());
    for (const r of others)
      expect(Object.keys(r).sort()).toEqual(['createdAt', 'eventId', 'id', 'offers', 'profile', 'profileId', 'seeks', 'status']);
  });

  it('reports the event with figures equal to a hand count', async () => {
    at('2026-03-29T11:00:00.000Z');
    ok(await staffLS.patch(path(), { status: 'completed' }));
    // Intros between registrants within 30 days after the end count; others do not.
    at('2026-03-25T03:00:00.000Z');
    ok(await s3.client.post('/api/intros', { toProfileId: inv.profile.id, message: 'Trước sự kiện' }), 201);
    at('2026-04-01T03:00:00.000Z');
    ok(await s1.client.post('/api/intros', { toProfileId: inv.profile.id, message: 'Tiếp nối buổi gặp ở ngày hội' }), 201);
    ok(await s1.client.post('/api/intros', { toProfileId: e1.profile.id, message: 'Người đã huỷ đăng ký' }), 201);
    const report = ok(await staffLS.get('/api/reports/events?from=2026-03-01&to=2026-04-01'));
    // Hand count: registered s1, s2, s3, inv (e1 cancelled, s4 waitlisted); checked in s1, s3, inv;
    // meetings m1..m6 requested, m1 m2 m3 m5 accepted and placed; one intro after (s1 → inv).
    expect(report).toMatchObject({
      scope: { level: 'province', province: 'lang-son' },
      events: { total: 1, byKind: { startup_day: 1, workshop: 0 }, cancelled: 0 },
      registrations: 4,
      waitlisted: 1,
      checkedIn: 3,
      noShowRate: 0.25,
      meetings: { requested: 6, accepted: 4, scheduled: 4 },
      introsAfterEvents: 1,
    });
    const national = ok(await admin.get('/api/reports/events?from=2026-03-01&to=2026-04-01'));
    expect(national.events).toMatchObject({ total: 2, byKind: { startup_day: 1, workshop: 1 } });
    const csv = await staffLS.get('/api/reports/export.csv?type=events&from=2026-03-01&to=2026-04-01');
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026');
    expect(lines[1]).toContain(',4,1,3,0.25,6,4,4,1');
  });
});
