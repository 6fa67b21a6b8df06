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
export function calendarAttachment(entry: CalendarEntry, filename: string): MailAttachment {
  return {
    filename,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    contentBase64: Buffer.from(calendarText(entry)).toString('base64'),
  };
}

const FILE_WORDS = {
  consultation: { vi: 'tu-van', en: 'consultation' },
  booking: { vi: 'dat-cho', en: 'booking' },
  event: { vi: 'su-kien', en: 'event' },
  meeting: { vi: 'lich-gap', en: 'meeting' },
} as const;

/**
 * The attachment's name, as a phone shows it under the mail: what it is in the mail's language and
 * its day in Vietnam ("tu-van-2026-03-10.ics"), so several files in one digest tell themselves apart.
 */
export function calendarFilename(what: keyof typeof FILE_WORDS, startsAt: string, language: 'vi' | 'en'): string {
  const day = new Date(Date.parse(startsAt) + 7 * 3_600_000).toISOString().slice(0, 10);
  return `${FILE_WORDS[what][language]}-${day}.ics`;
}

const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/** A SEQUENCE that grows with every change: seconds from 2026 to the thing's last change. */
export function sequenceOf(changedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(changedAt) - SEQUENCE_EPOCH) / 1000));
}

function property(text: string, name: string): string | undefined {
  return new RegExp(`^${name}(?:;[^:\\r\\n]*)?:(.*)$`, 'm').exec(text.replace(/\r?\n[ \t]/g, ''))?.[1]?.trim();
}

/**
 * One calendar file per thing: of several with the same UID (a day's digest holding a booking and
 * its move), the one with the highest SEQUENCE — what a calendar would end up with anyway, without
 * a row of same-looking attachments on the phone. Other attachments pass through.
 */
export function latestPerEntry(files: MailAttachment[]): MailAttachment[] {
  const kept = new Map<string, { file: MailAttachment; sequence: number }>();
  files.forEach((file, index) => {
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    const uid = file.contentType.startsWith('text/calendar') ? property(text, 'UID') : undefined;
    const key = uid ?? `#${index}`;
    const sequence = Number(property(text, 'SEQUENCE') ?? 0);
    const earlier = kept.get(key);
    if (!earlier || sequence >= earlier.sequence) {
      kept.delete(key);
      kept.set(key, { file, sequence });
    }
  });
  return [...kept.values()].map((entry) => entry.file);
}
