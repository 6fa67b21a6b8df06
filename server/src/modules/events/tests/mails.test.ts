// The events module's mails, caused over HTTP and checked as they arrive at a real SMTP peer: a
// place from the waitlist, an event moved or cancelled, one-to-one meetings scheduled, moved and
// cancelled (by a person, by a registrant leaving, by new meeting hours), and the reminder the day
// before (the `events.remind` job, once per event and person). Each mail is queued in its cause's
// transaction, so a refused request queues none.
import { describe, expect, it } from 'vitest';
import { calendarsOf, languageOf, mailsTo, only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { adminEnv, type Member, member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { HOUR_MS, ManualClock } from '../../../lib/clock.js';
import type { ReceivedMail } from '../../../../test/helpers/smtpPeer.js';
import { ok, START, startupDay } from './helpers.js';

const clock = new ManualClock(START);

const { t, mailbox } = useMailApp({ clock, env: { ...adminEnv, SESSION_MAX_AGE_DAYS: '365' } });
const staff = useStaff(t, useAdmin(t), 'lang-son');

async function publishedEvent(overrides: Record<string, unknown> = {}): Promise<string> {
  return ok(await staff.post('/api/events', startupDay({ status: 'published', ...overrides })), 201).id;
}
const register = async (m: Member, eventId: string) => ok(await m.client.post(`/api/events/${eventId}/registrations`, {}), 201);
const kinds = (mails: ReceivedMail[]) => mails.map((m) => `${m.envelopeTo.join(',')} ${m.parsed.subject}`);
const calendarOf = (mail: ReceivedMail) => calendarsOf(mail)[0]!.props;

describe('event mails caused by the events module', () => {
  it('tells the person who moves up from the waitlist, in their language, with their ticket code', async () => {
    const eventId = await publishedEvent({ capacity: 1, meetings: undefined });
    const first = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung' });
    const next = await member(t, 'investor', { name: 'Lang Son Angels' }, { language: 'en' });
    await register(first, eventId);
    const waiting = await register(next, eventId);
    expect(waiting.status).toBe('waitlisted');
    // The place comes with the confirmation; the waitlist place with nothing yet.
    expect(kinds(await mailbox.fresh())).toEqual([`${first.user.email} Đã xác nhận đăng ký: Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026`]);

    expect((await first.client.delete(`/api/events/${eventId}/registrations/me`)).status).toBe(204);
    const mails = await mailbox.fresh();
    expect(mails).toHaveLength(1);
    const promoted = only(mails, next.user.email, 'event.waitlist_promoted');
    expect(languageOf(promoted)).toBe('en');
    expect(promoted.parsed.subject).toBe('You have a place: Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026');
    expect(promoted.parsed.text).toContain(`Ticket code: ${waiting.code}`);
    expect(promoted.parsed.text).toMatch(new RegExp(`http://localhost:\\d+/events/${eventId}`));
    expect(calendarOf(promoted)).toMatchObject({ UID: `event-${eventId}@ketnoi`, DTSTART: '20260328T010000Z', STATUS: 'CONFIRMED' });
  });

  it('tells every registrant when the event moves, and again when it is cancelled; other edits send nothing', async () => {
    const eventId = await publishedEvent({ capacity: 1, meetings: undefined });
    const coming = await member(t, 'startup', { name: 'Miến ngô Thuận Anh' });
    const waiting = await member(t, 'expert', { name: 'Chuyên gia Tiêu chuẩn', province: 'lang-son' });
    const ticket = (await register(coming, eventId)).code;
    await register(waiting, eventId);
    await mailbox.fresh();

    clock.advance(HOUR_MS);
    ok(await staff.patch(`/api/events/${eventId}`, { title: 'Ngày hội Khởi nghiệp Lạng Sơn 2026', description: 'Chương trình mới.' }));
    // A refused change (ends before it starts) changes nothing and mails nobody.
    expect((await staff.patch(`/api/events/${eventId}`, { endsAt: '2026-03-20T08:00:00+07:00' })).status).toBe(400);
    expect(await mailbox.fresh()).toEqual([]);

    clock.advance(HOUR_MS);
    ok(await staff.patch(`/api/events/${eventId}`, { startsAt: '2026-03-29T08:00:00+07:00', endsAt: '2026-03-29T17:00:00+07:00' }));
    const moved = await mailbox.fresh();
    expect(moved).toHaveLength(2);
    const toComing = only(moved, coming.user.email, 'event.changed');
    expect(toComing.parsed.subject).toBe('Sự kiện thay đổi: Ngày hội Khởi nghiệp Lạng Sơn 2026');
    expect(toComing.parsed.text).toContain(`Mã vé: ${ticket}`);
    // The waitlisted person hears of the change too, without a ticket that would not get them in.
    expect(only(moved, waiting.user.email, 'event.changed').parsed.text).not.toContain('Mã vé');
    const changedEntry = calendarOf(toComing);
    expect(changedEntry).toMatchObject({ UID: `event-${eventId}@ketnoi`, DTSTART: '20260329T010000Z', STATUS: 'CONFIRMED' });

    clock.advance(HOUR_MS);
    ok(await staff.patch(`/api/events/${eventId}`, { status: 'cancelled' }));
    const cancelled = await mailbox.fresh();
    expect(cancelled.map((m) => m.envelopeTo[0]).sort()).toEqual([coming.user.email, waiting.user.email].sort());
    const cancelledEntry = calendarOf(only(cancelled, coming.user.email, 'event.cancelled'));
    expect(cancelledEntry).toMatchObject({ UID: `event-${eventId}@ketnoi`, STATUS: 'CANCELLED' });
    expect(Number(cancelledEntry.SEQUENCE)).toBeGreaterThan(Number(changedEntry.SEQUENCE));
  });

  it('mails both people when a meeting gets a slot, moves or is cancelled', async () => {
    // One table, one 30-minute slot (13:30–14:00): a second accepted meeting waits for a place.
    const eventId = await publishedEvent({
      capacity: null,
      meetings: { slotMinutes: 30, tables: 1, from: '2026-03-28T13:30:00+07:00', to: '2026-03-28T14:00:00+07:00', maxPerParticipant: 2 },
    });
    const path = (suffix: string) => `/api/events/${eventId}${suffix}`;
    const a = await member(t, 'startup', { name: 'Thiết bị IoT Xứ Lạng' });
    const x = await member(t, 'investor', { name: 'CLB Đầu tư Lạng Sơn' });
    const b = await member(t, 'startup', { name: 'Mây tre Bình Gia' });
    const y = await member(t, 'expert', { name: 'Luật sư Nhãn hiệu', province: 'lang-son' }, { language: 'en' });
    for (const m of [a, x, b, y]) await register(m, eventId);
    await mailbox.fresh();

    const m1 = ok(await a.client.post(path('/meetings'), { withProfileId: x.profile.id }), 201);
    const m2 = ok(await b.client.post(path('/meetings'), { withProfileId: y.profile.id }), 201);
    expect(await mailbox.fresh()).toEqual([]); // a request is an in-app matter
    ok(await x.client.post(path(`/meetings/${m1.id}/accept`)));
    const scheduled = await mailbox.fresh();
    expect(scheduled).toHaveLength(2);
    const toA = only(scheduled, a.user.email, 'event.meeting_scheduled');
    expect(toA.parsed.subject).toBe('Lịch gặp mới: CLB Đầu tư Lạng Sơn tại Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026');
    expect(toA.parsed.text).toContain('bàn số 1');
    expect(toA.parsed.text).toMatch(new RegExp(`/events/${eventId}/agenda`));
    expect(only(scheduled, x.user.email, 'event.meeting_scheduled').parsed.subject).toContain('Lịch gặp mới: Thiết bị IoT Xứ Lạng');
    expect(calendarOf(toA)).toMatchObject({ UID: `meeting-${m1.id}@ketnoi`, DTSTART: '20260328T063000Z', STATUS: 'CONFIRMED' });

    // Accepted without a free slot: no slot, no mail.
    expect(ok(await y.client.post(path(`/meetings/${m2.id}/accept`))).slot).toBeNull();
    expect(await mailbox.fresh()).toEqual([]);

    // A cancels: X (not A) hears of it; the freed slot goes to B and Y, who hear of their slot.
    clock.advance(HOUR_MS);
    ok(await a.client.post(path(`/meetings/${m1.id}/cancel`)));
    const freed = await mailbox.fresh();
    expect(mailsTo(freed, a.user.email)).toEqual([]);
    const toX = only(freed, x.user.email, 'event.meeting_cancelled');
    expect(calendarOf(toX)).toMatchObject({ UID: `meeting-${m1.id}@ketnoi`, STATUS: 'CANCELLED', DTSTART: '20260328T063000Z' });
    const toY = only(freed, y.user.email, 'event.meeting_scheduled');
    expect(languageOf(toY)).toBe('en');
    expect(toY.parsed.subject).toBe('Meeting scheduled: Mây tre Bình Gia at Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026');
    only(freed, b.user.email, 'event.meeting_scheduled');
    // Cancelling it again is refused and mails nobody.
    expect((await a.client.post(path(`/meetings/${m1.id}/cancel`))).status).toBe(409);
    expect(await mailbox.fresh()).toEqual([]);

    // New meeting hours re-plan: the meeting moves half an hour, both are told.
    clock.advance(HOUR_MS);
    ok(
      await staff.patch(path(''), {
        meetings: { slotMinutes: 30, tables: 1, from: '2026-03-28T14:00:00+07:00', to: '2026-03-28T14:30:00+07:00', maxPerParticipant: 2 },
      }),
    );
    const moved = await mailbox.fresh();
    expect(moved).toHaveLength(2);
    const movedToB = only(moved, b.user.email, 'event.meeting_moved');
    expect(movedToB.parsed.subject).toBe('Đổi lịch gặp: Luật sư Nhãn hiệu tại Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026');
    expect(calendarOf(movedToB)).toMatchObject({ UID: `meeting-${m2.id}@ketnoi`, DTSTART: '20260328T070000Z' });
    only(moved, y.user.email, 'event.meeting_moved');

    // Y leaves the event: their meeting is cancelled and B is told.
    clock.advance(HOUR_MS);
    expect((await y.client.delete(path('/registrations/me'))).status).toBe(204);
    const left = await mailbox.fresh();
    expect(kinds(left)).toEqual([`${b.user.email} Đã hủy cuộc gặp: Luật sư Nhãn hiệu tại Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026`]);
    expect(calendarOf(left[0]!)).toMatchObject({ UID: `meeting-${m2.id}@ketnoi`, STATUS: 'CANCELLED' });
  });

  it('reminds registered participants the day before, from 07:00 Vietnam time, once each', async () => {
    clock.set(START);
    const on = (day: number) => ({
      meetings: undefined,
      startsAt: `2026-04-${day}T08:00:00+07:00`,
      endsAt: `2026-04-${day}T17:00:00+07:00`,
    });
    const eventId = await publishedEvent({ capacity: 1, ...on(10) });
    const later = await publishedEvent({ capacity: null, ...on(11) });
    const dropped = await publishedEvent({ capacity: null, ...on(10), title: 'Hội thảo đã hủy' });
    const coming = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
    const waiting = await member(t, 'startup', { name: 'Chè Shan tuyết Mẫu Sơn' });
    const ticket = (await register(coming, eventId)).code;
    await register(waiting, eventId);
    await register(coming, later);
    await register(coming, dropped);
    ok(await staff.patch(`/api/events/${dropped}`, { status: 'cancelled' }));
    await mailbox.fresh();
    /** Set the clock, run the reminder job `runs` times, and deliver what it queued. */
    const remindAt = async (iso: string, runs = 1) => {
      clock.set(iso);
      for (let i = 0; i < runs; i++) await t.app.container.jobs.run('events.remind');
      return mailbox.fresh();
    };

    // 9 April, 06:00 in Vietnam: too early in the day.
    expect(await remindAt('2026-04-08T23:00:00.000Z')).toEqual([]);

    // 08:00: the registered participant of tomorrow's event; not the waitlisted one, not the
    // cancelled event, not the event of the day after.
    const mails = await remindAt('2026-04-09T01:00:00.000Z');
    expect(kinds(mails)).toEqual([`${coming.user.email} Ngày mai: Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026`]);
    expect(mails[0]!.parsed.text).toContain(`Mã vé: ${ticket}`);
    expect(calendarOf(mails[0]!)).toMatchObject({ UID: `event-${eventId}@ketnoi`, DTSTART: '20260410T010000Z' });

    // Later runs that day (as on a second instance) send nothing more.
    expect(await remindAt('2026-04-09T10:00:00.000Z', 2)).toEqual([]);

    // The next morning, the later event's turn.
    const next = await remindAt('2026-04-10T02:00:00.000Z');
    expect(kinds(next)).toEqual([`${coming.user.email} Ngày mai: Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026`]);
    expect(calendarOf(next[0]!)).toMatchObject({ UID: `event-${later}@ketnoi` });
  });

  it('reminds a daily-digest reader the day before as well, not in the next morning’s digest (the day itself)', async () => {
    clock.set(START);
    const eventId = await publishedEvent({
      capacity: null,
      meetings: undefined,
      title: 'Tập huấn nhãn hiệu',
      startsAt: '2026-04-20T08:00:00+07:00',
      endsAt: '2026-04-20T11:00:00+07:00',
    });
    const reader = await member(t, 'startup', { name: 'Na sấy dẻo Chi Lăng' });
    ok(await reader.client.put('/api/me/notification-settings', { email: 'daily' }));
    const ticket = (await register(reader, eventId)).code;
    // The confirmation waits for the digest, as every notification of a daily reader does.
    expect(await mailbox.fresh()).toEqual([]);

    // 19 April, 08:00 in Vietnam: the reminder goes out now, to the daily reader too.
    clock.set('2026-04-19T01:00:00.000Z');
    await t.app.container.jobs.run('events.remind');
    const reminders = await mailbox.fresh();
    expect(kinds(reminders)).toEqual([`${reader.user.email} Ngày mai: Tập huấn nhãn hiệu`]);
    expect(reminders[0]!.parsed.text).toContain(`Mã vé: ${ticket}`);

    // The next morning's digest holds the confirmation, not a "tomorrow" that would be today.
    clock.set('2026-04-20T00:05:00.000Z');
    await t.app.container.jobs.run('mail.digest');
    const digest = only(await mailbox.fresh(), reader.user.email, 'digest.daily');
    expect(digest.parsed.text).toContain('Đã xác nhận đăng ký: Tập huấn nhãn hiệu');
    expect(digest.parsed.text).not.toContain('Ngày mai');
  });
});
