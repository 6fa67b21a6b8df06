// "Your event registration is confirmed": the ticket code, and the event as an .ics attachment
// so one tap puts it in the recipient's calendar.
import { createEvent } from 'ics';
import { z } from 'zod';
import type { MailKind } from '../render.js';

const EventRegisteredData = z.object({
  eventId: z.string().min(1),
  title: z.string().min(1),
  startsAt: z.string().datetime(),
  endsAt: z.string().datetime(),
  location: z.string().optional(),
  ticketCode: z.string().min(1),
});

type Data = z.infer<typeof EventRegisteredData>;

/** The event as iCalendar text; the UID is stable so a later change updates the same calendar entry. */
export function eventCalendar(data: Data, url: string): string {
  const { error, value } = createEvent({
    uid: `event-${data.eventId}@ketnoi`,
    productId: 'ketnoi/mail',
    method: 'PUBLISH',
    title: data.title,
    start: Date.parse(data.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(data.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(data.location ? { location: data.location } : {}),
    url,
    description: `Ticket ${data.ticketCode}`,
  });
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return value;
}

export const eventRegistered: MailKind<Data> = {
  name: 'event.registration_confirmed',
  category: 'notification',
  data: EventRegisteredData,
  link: (data) => `/events/${encodeURIComponent(data.eventId)}`,
  attachments: (data, _language, origin) => [
    {
      filename: 'su-kien-event.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      contentBase64: Buffer.from(eventCalendar(data, `${origin}/events/${encodeURIComponent(data.eventId)}`)).toString('base64'),
    },
  ],
  templates: {
    vi: {
      subject: 'Đã xác nhận đăng ký: {{title}}',
      button: 'Xem sự kiện',
      text: `Bạn đã đăng ký tham dự "{{title}}".

Thời gian: {{datetime startsAt}} – {{datetime endsAt}}
{{#if location}}Địa điểm: {{location}}
{{/if}}Mã vé: {{ticketCode}}

Tệp lịch (.ics) đính kèm giúp bạn thêm sự kiện vào lịch.`,
      html: `<p style="margin:0 0 12px;">Bạn đã đăng ký tham dự <strong>{{title}}</strong>.</p>
<p style="margin:0 0 12px;">Thời gian: {{datetime startsAt}} – {{datetime endsAt}}<br>{{#if location}}Địa điểm: {{location}}<br>{{/if}}Mã vé: <strong style="font-family:monospace;font-size:17px;">{{ticketCode}}</strong></p>
<p style="margin:0;">Tệp lịch (.ics) đính kèm giúp bạn thêm sự kiện vào lịch.</p>`,
    },
    en: {
      subject: 'Registration confirmed: {{title}}',
      button: 'View the event',
      text: `You are registered for "{{title}}".

When: {{datetime startsAt}} – {{datetime endsAt}}
{{#if location}}Where: {{location}}
{{/if}}Ticket code: {{ticketCode}}

The attached calendar file (.ics) adds the event to your calendar.`,
      html: `<p style="margin:0 0 12px;">You are registered for <strong>{{title}}</strong>.</p>
<p style="margin:0 0 12px;">When: {{datetime startsAt}} – {{datetime endsAt}}<br>{{#if location}}Where: {{location}}<br>{{/if}}Ticket code: <strong style="font-family:monospace;font-size:17px;">{{ticketCode}}</strong></p>
<p style="margin:0;">The attached calendar file (.ics) adds the event to your calendar.</p>`,
    },
  },
};
