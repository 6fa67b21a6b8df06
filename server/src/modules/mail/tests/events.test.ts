// The events' mail kinds at a real SMTP peer: registration moved off the waitlist, event changed,
// cancelled or tomorrow, and event meetings scheduled, moved or cancelled. The events module
// queues them (see docs/MAIL.md); here each is queued directly and checked as it arrives: the
// recipient, language, link and calendar file (one UID per event or meeting, SEQUENCE growing).
import { describe, expect, it } from 'vitest';
import { calendarsOf, languageOf, only, useMailApp } from '../../../../test/helpers/mailbox.js';
import { ManualClock } from '../../../lib/clock.js';

const clock = new ManualClock('2026-03-02T01:00:00.000Z');

const { t, mailbox } = useMailApp({ clock });

const event = {
  eventId: 'ev-7',
  title: 'Ngày hội khởi nghiệp Lạng Sơn',
  startsAt: '2026-04-10T01:30:00.000Z',
  endsAt: '2026-04-10T04:00:00.000Z',
  location: 'Hội trường Sở KH&CN',
};
const meeting = {
  eventId: 'ev-7',
  eventTitle: 'Ngày hội khởi nghiệp Lạng Sơn',
  meetingId: 'mt-3',
  withName: 'Quỹ Đầu tư Lạng Sơn',
  startsAt: '2026-04-10T02:00:00.000Z',
  endsAt: '2026-04-10T02:20:00.000Z',
  table: 4,
};

describe('event mails', () => {
  it('arrive in the recipient’s language with the event link and an updating calendar entry', async () => {
    const vi = t.client();
    const lan = await vi.register({ name: 'Nguyễn Lan' });
    const en = t.client();
    const minh = await en.register({ name: 'Minh Hoang', language: 'en' });
    const mail = t.app.container.modules.mail.service;

    await mail.enqueue('event.waitlist_promoted', lan.id, { ...event, ticketCode: 'KN-7Q4F', changedAt: '2026-03-02T01:00:00.000Z' });
    await mail.enqueue('event.changed', minh.id, {
      ...event,
      startsAt: '2026-04-11T01:30:00.000Z',
      endsAt: '2026-04-11T04:00:00.000Z',
      changedAt: '2026-03-03T01:00:00.000Z',
    });
    await mail.enqueue('event.cancelled', lan.id, { ...event, reason: 'Bão số 3', changedAt: '2026-03-04T01:00:00.000Z' });
    await mail.enqueue('event.tomorrow', minh.id, { ...event, ticketCode: 'KN-9', changedAt: '2026-03-02T01:00:00.000Z' });
    const mails = await mailbox.fresh();
    expect(mails).toHaveLength(4);

    const promoted = only(mails, lan.email, 'event.waitlist_promoted');
    expect(languageOf(promoted)).toBe('vi');
    expect(promoted.parsed.subject).toBe('Bạn đã có chỗ: Ngày hội khởi nghiệp Lạng Sơn');
    expect(promoted.parsed.text).toContain('Mã vé: KN-7Q4F');
    expect(promoted.parsed.text).toMatch(/Xem sự kiện: http:\/\/localhost:\d+\/events\/ev-7/);
    const changed = only(mails, minh.email, 'event.changed');
    expect(languageOf(changed)).toBe('en');
    expect(changed.parsed.subject).toBe('Event changed: Ngày hội khởi nghiệp Lạng Sơn');
    const cancelled = only(mails, lan.email, 'event.cancelled');
    expect(cancelled.parsed.text).toContain('Lý do: "Bão số 3"');
    expect(only(mails, minh.email, 'event.tomorrow').parsed.text).toContain('Ticket code: KN-9');

    const [first, moved, dropped] = [promoted, changed, cancelled].map((m) => calendarsOf(m)[0]!.props);
    expect(new Set([first!.UID, moved!.UID, dropped!.UID])).toEqual(new Set(['event-ev-7@ketnoi']));
    expect(moved!.DTSTART).toBe('20260411T013000Z');
    expect(Number(moved!.SEQUENCE)).toBeGreaterThan(Number(first!.SEQUENCE));
    expect(Number(dropped!.SEQUENCE)).toBeGreaterThan(Number(moved!.SEQUENCE));
    expect(dropped!.STATUS).toBe('CANCELLED');
  });

  it('meetings: scheduled, moved and cancelled under one calendar UID', async () => {
    const c = t.client();
    const user = await c.register({ name: 'Trần Hà' });
    const mail = t.app.container.modules.mail.service;
    await mail.enqueue('event.meeting_scheduled', user.id, { ...meeting, changedAt: '2026-04-01T01:00:00.000Z' });
    await mail.enqueue('event.meeting_moved', user.id, { ...meeting, table: 6, changedAt: '2026-04-02T01:00:00.000Z' });
    await mail.enqueue('event.meeting_cancelled', user.id, { ...meeting, changedAt: '2026-04-03T01:00:00.000Z' });
    const mails = await mailbox.fresh();
    const scheduled = only(mails, user.email, 'event.meeting_scheduled');
    expect(scheduled.parsed.subject).toBe('Lịch gặp mới: Quỹ Đầu tư Lạng Sơn tại Ngày hội khởi nghiệp Lạng Sơn');
    expect(scheduled.parsed.text).toContain('bàn số 4');
    expect(scheduled.parsed.text).toMatch(/http:\/\/localhost:\d+\/events\/ev-7\/agenda/);
    expect(only(mails, user.email, 'event.meeting_moved').parsed.text).toContain('bàn số 6');
    const entries = ['event.meeting_scheduled', 'event.meeting_moved', 'event.meeting_cancelled'].map(
      (kind) => calendarsOf(only(mails, user.email, kind))[0]!.props,
    );
    expect(entries.map((e) => e.UID)).toEqual(['meeting-mt-3@ketnoi', 'meeting-mt-3@ketnoi', 'meeting-mt-3@ketnoi']);
    expect(entries.map((e) => e.STATUS)).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
    expect(entries.map((e) => e.SUMMARY)).toEqual([
      'Gặp Quỹ Đầu tư Lạng Sơn (bàn 4)',
      'Gặp Quỹ Đầu tư Lạng Sơn (bàn 6)',
      'Gặp Quỹ Đầu tư Lạng Sơn (bàn 4)',
    ]);
  });
});
