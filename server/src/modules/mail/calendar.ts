// Calendar files (.ics, RFC 5545) attached to mails about something with a time: consultations,
// bookings, events and event meetings. The UID is stable per thing, and SEQUENCE grows with every
// move, so a later mail about the same thing updates the calendar entry instead of adding a second
// one; a cancellation carries STATUS:CANCELLED.
import { createEvent } from 'ics';
import { foldOctets } from '../../lib/icalendar.js';
import type { MailAttachment } from './transport.js';

export interface CalendarEntry {
  /** Stable per thing, e.g. `consultation-<id>@ketnoi`. */
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location?: string | undefined;
  url: string;
  description?: string | undefined;
  /** Grows with every change (sequenceOf). */
  sequence?: number;
  cancelled?: boolean;
}

export function calendarText(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    uid: entry.uid,
    productId: 'ketnoi/mail',
    method: 'PUBLISH',
    title: entry.title,
    start: Date.parse(entry.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(entry.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(entry.location ? { location: entry.location } : {}),
    url: entry.url,
    ...(entry.description ? { description: entry.description } : {}),
    sequence: entry.sequence ?? 0,
    status: entry.cancelled ? 'CANCELLED' : 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return foldOctets(value);
}

/** The entry as a mail attachment. */
export function calendarAttachment(entry: CalendarEntry, filename = 'lich-calendar.ics'): MailAttachment {
  return {
    filename,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    contentBase64: Buffer.from(calendarText(entry)).toString('base64'),
  };
}

const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/** A SEQUENCE that grows with every change: seconds from 2026 to the thing's last change. */
export function sequenceOf(changedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(changedAt) - SEQUENCE_EPOCH) / 1000));
}
