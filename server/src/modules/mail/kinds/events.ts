// Events, to registrants: moved off the waitlist (with the ticket code), the event changed (time,
// venue) or cancelled, and a reminder the day before. Each carries the event's calendar file under
// the UID of the registration mail's, so changes update that entry.
import { z } from 'zod';
import { sequenceOf } from '../calendar.js';
import type { MailKind, MailLanguage } from '../render.js';
import { EventData, eventCalendar, eventPath } from './eventRegistered.js';
import { type TimedWording, timedBody } from './timedBody.js';

const EventChangeData = EventData.extend({
  online: z.boolean().optional(),
  ticketCode: z.string().optional(),
  /** Its last change (the calendar SEQUENCE). */
  changedAt: z.string().datetime(),
  reason: z.string().optional(),
});

type Data = z.infer<typeof EventChangeData>;

const WHEN: Record<MailLanguage, string> = {
  vi: 'Thời gian: {{timespan startsAt endsAt}}\n{{#if location}}Địa điểm: {{location}}{{else}}{{#if online}}Trực tuyến{{/if}}{{/if}}{{#if ticketCode}}\nMã vé: {{ticketCode}}{{/if}}',
  en: 'When: {{timespan startsAt endsAt}}\n{{#if location}}Where: {{location}}{{else}}{{#if online}}Online{{/if}}{{/if}}{{#if ticketCode}}\nTicket code: {{ticketCode}}{{/if}}',
};

type Wording = Omit<TimedWording, 'when'>;

function eventKind(name: string, words: Record<MailLanguage, Wording>, cancelled = false, digest?: false): MailKind<Data> {
  const template = (language: MailLanguage) => timedBody({ ...words[language], when: WHEN[language] });
  return {
    name,
    category: 'notification',
    ...(digest === false ? { digest } : {}),
    data: EventChangeData,
    link: eventPath,
    attachments: (data, language, origin) => [eventCalendar(data, origin, language, { sequence: sequenceOf(data.changedAt), cancelled })],
    templates: { vi: template('vi'), en: template('en') },
  };
}

export const eventWaitlistPromoted = eventKind('event.waitlist_promoted', {
  vi: {
    subject: 'Bạn đã có chỗ: {{title}}',
    button: 'Xem sự kiện',
    lead: 'Một chỗ vừa trống và bạn đã được chuyển từ danh sách chờ sang danh sách tham dự "{{title}}".',
    tail: 'Tệp lịch (.ics) đính kèm giúp bạn thêm sự kiện vào lịch. Nếu không thể tham dự, hãy hủy đăng ký để nhường chỗ cho người khác.',
  },
  en: {
    subject: 'You have a place: {{title}}',
    button: 'View the event',
    lead: 'A place came free and you moved from the waitlist to the participants of "{{title}}".',
    tail: 'The attached calendar file (.ics) adds the event to your calendar. If you cannot come, cancel your registration so someone else can.',
  },
});

export const eventChanged = eventKind('event.changed', {
  vi: {
    subject: 'Sự kiện thay đổi: {{title}}',
    button: 'Xem sự kiện',
    lead: 'Ban tổ chức đã thay đổi thời gian hoặc địa điểm của "{{title}}". Thông tin mới:',
    tail: 'Tệp lịch (.ics) đính kèm cập nhật mục lịch bạn đã thêm.',
  },
  en: {
    subject: 'Event changed: {{title}}',
    button: 'View the event',
    lead: 'The organisers changed the time or place of "{{title}}". Now:',
    tail: 'The attached calendar file (.ics) updates the entry you added.',
  },
});

export const eventCancelled = eventKind(
  'event.cancelled',
  {
    vi: {
      subject: 'Sự kiện bị hủy: {{title}}',
      button: 'Xem các sự kiện khác',
      lead: 'Ban tổ chức đã hủy "{{title}}".{{#if reason}} Lý do: "{{reason}}"{{/if}}',
      tail: 'Tệp lịch (.ics) đính kèm đánh dấu mục lịch là đã hủy.',
    },
    en: {
      subject: 'Event cancelled: {{title}}',
      button: 'See other events',
      lead: 'The organisers cancelled "{{title}}".{{#if reason}} Reason: "{{reason}}"{{/if}}',
      tail: 'The attached calendar file (.ics) marks the entry as cancelled.',
    },
  },
  true,
);

// Sent at once even to daily-digest readers: kept for the next 07:00 digest, "tomorrow" would arrive on the day itself.
export const eventTomorrow = eventKind(
  'event.tomorrow',
  {
    vi: {
      subject: 'Ngày mai: {{title}}',
      button: 'Xem sự kiện',
      lead: 'Nhắc bạn: "{{title}}" diễn ra vào ngày mai.',
      tail: '{{#if ticketCode}}Hãy mang theo mã vé (hoặc mã QR trong ứng dụng) để làm thủ tục nhanh.{{else}}Hẹn gặp bạn ở đó!{{/if}}',
    },
    en: {
      subject: 'Tomorrow: {{title}}',
      button: 'View the event',
      lead: 'A reminder: "{{title}}" is tomorrow.',
      tail: '{{#if ticketCode}}Bring your ticket code (or the QR code in the app) for a quick check-in.{{else}}See you there!{{/if}}',
    },
  },
  false,
  false,
);
