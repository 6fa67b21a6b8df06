// "Your event registration is confirmed": the ticket code, and the event as an .ics attachment
// so one tap puts it in the recipient's calendar.
import { z } from 'zod';
import { calendarAttachment, calendarFilename, type CalendarEntry } from '../calendar.js';
import type { MailKind, MailLanguage } from '../render.js';
import type { MailAttachment } from '../transport.js';

export const EventData = z.object({
  eventId: z.string().min(1),
  title: z.string().min(1),
  startsAt: z.string().datetime(),
  endsAt: z.string().datetime(),
  location: z.string().optional(),
});

const EventRegisteredData = EventData.extend({ ticketCode: z.string().min(1) });

type Data = z.infer<typeof EventRegisteredData>;

/** The event's page in the app. */
export const eventPath = (data: { eventId: string }) => `/events/${encodeURIComponent(data.eventId)}`;

/**
 * The event as the calendar file every event mail carries. One UID for the event, so a later
 * mail's file (with a higher sequence) updates or cancels the entry the first one made.
 */
export function eventCalendar(
  data: z.infer<typeof EventData> & { ticketCode?: string | undefined },
  origin: string,
  language: MailLanguage,
  change?: Pick<CalendarEntry, 'sequence' | 'cancelled'>,
): MailAttachment {
  return calendarAttachment(
    {
      uid: `event-${data.eventId}@ketnoi`,
      title: data.title,
      startsAt: data.startsAt,
      endsAt: data.endsAt,
      location: data.location,
      url: `${origin}${eventPath(data)}`,
      ...(data.ticketCode ? { description: `${language === 'vi' ? 'Mã vé' : 'Ticket code'}: ${data.ticketCode}` } : {}),
      ...change,
    },
    calendarFilename('event', data.startsAt, language),
  );
}

export const eventRegistered: MailKind<Data> = {
  name: 'event.registration_confirmed',
  category: 'notification',
  data: EventRegisteredData,
  link: eventPath,
  attachments: (data, language, origin) => [eventCalendar(data, origin, language)],
  templates: {
    vi: {
      subject: 'Đã xác nhận đăng ký: {{title}}',
      button: 'Xem sự kiện',
      text: `Bạn đã đăng ký tham dự "{{title}}".

Thời gian: {{timespan startsAt endsAt}}
{{#if location}}Địa điểm: {{location}}
{{/if}}Mã vé: {{ticketCode}}

Tệp lịch (.ics) đính kèm giúp bạn thêm sự kiện vào lịch.`,
      html: `<p style="margin:0 0 12px;">Bạn đã đăng ký tham dự <strong>{{title}}</strong>.</p>
<p style="margin:0 0 12px;">Thời gian: {{timespan startsAt endsAt}}<br>{{#if location}}Địa điểm: {{location}}<br>{{/if}}Mã vé: <strong style="font-family:monospace;font-size:17px;">{{ticketCode}}</strong></p>
<p style="margin:0;">Tệp lịch (.ics) đính kèm giúp bạn thêm sự kiện vào lịch.</p>`,
    },
    en: {
      subject: 'Registration confirmed: {{title}}',
      button: 'View the event',
      text: `You are registered for "{{title}}".

When: {{timespan startsAt endsAt}}
{{#if location}}Where: {{location}}
{{/if}}Ticket code: {{ticketCode}}

The attached calendar file (.ics) adds the event to your calendar.`,
      html: `<p style="margin:0 0 12px;">You are registered for <strong>{{title}}</strong>.</p>
<p style="margin:0 0 12px;">When: {{timespan startsAt endsAt}}<br>{{#if location}}Where: {{location}}<br>{{/if}}Ticket code: <strong style="font-family:monospace;font-size:17px;">{{ticketCode}}</strong></p>
<p style="margin:0;">The attached calendar file (.ics) adds the event to your calendar.</p>`,
    },
  },
};
