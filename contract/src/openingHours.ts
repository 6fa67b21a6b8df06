// Opening hours of a provider's bookable resources, in Vietnam time (UTC+7, no daylight saving),
// and the two questions both sides ask of them: does a booking fall inside them (the server
// refuses one that does not), and when do they next open (the client's default booking time).
// Plain functions without zod, so the client takes them without the schemas.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening period: on each of `days`, from `opens` to `closes` ("HH:MM", closes after opens; "24:00" is midnight). */
export interface OpeningPeriod {
  days: Weekday[];
  opens: string;
  closes: string;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Minutes since midnight of "HH:MM" (00:00..24:00), or null. */
export function minutesOf(time: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** The Vietnam-local weekday and minute of the day of an instant. */
function local(at: Date): { day: Weekday; minute: number; dayStartMs: number } {
  const shifted = at.getTime() + VIETNAM_OFFSET_MS;
  const dayStartMs = Math.floor(shifted / DAY_MS) * DAY_MS;
  // 1970-01-01 was a Thursday.
  const day = WEEKDAYS[(Math.floor(shifted / DAY_MS) + 3) % 7]!;
  return { day, minute: Math.round((shifted - dayStartMs) / 60_000), dayStartMs: dayStartMs - VIETNAM_OFFSET_MS };
}

function periodsOn(hours: readonly OpeningPeriod[], day: Weekday): [number, number][] {
  return hours
    .filter((p) => p.days.includes(day))
    .map((p) => [minutesOf(p.opens) ?? 0, minutesOf(p.closes) ?? 0] as [number, number])
    .filter(([opens, closes]) => closes > opens);
}

/**
 * True when a booking from `start` to `end` keeps to the opening hours. Within one day it must fit
 * in one opening period; a booking over several days (a hall for ten days) is used during each
 * day's hours, so it must start inside an opening period of its first day and end inside one of
 * its last. No hours (an empty list) means no restriction.
 */
export function withinOpeningHours(hours: readonly OpeningPeriod[] | undefined, start: Date, end: Date): boolean {
  if (!hours || hours.length === 0) return true;
  const from = local(start);
  // An end at midnight belongs to the day before (minute 24:00).
  const to = local(new Date(end.getTime() - 1));
  const endOfBooking = Math.min(24 * 60, Math.round((end.getTime() - to.dayStartMs) / 60_000));
  if (from.dayStartMs === to.dayStartMs) {
    return periodsOn(hours, from.day).some(([opens, closes]) => opens <= from.minute && endOfBooking <= closes);
  }
  const startsOpen = periodsOn(hours, from.day).some(([opens, closes]) => opens <= from.minute && from.minute < closes);
  const endsOpen = periodsOn(hours, to.day).some(([opens, closes]) => opens < endOfBooking && endOfBooking <= closes);
  return startsOpen && endsOpen;
}

/**
 * The first opening at or after `from` (rounded up to the next `stepMinutes`), within two weeks;
 * null when the hours never open. No hours: `from` rounded up.
 */
export function nextOpening(hours: readonly OpeningPeriod[] | undefined, from: Date, stepMinutes = 30): Date | null {
  const step = stepMinutes * 60_000;
  const rounded = new Date(Math.ceil(from.getTime() / step) * step);
  if (!hours || hours.length === 0) return rounded;
  const first = local(rounded);
  for (let offset = 0; offset < 15; offset++) {
    const dayStartMs = first.dayStartMs + offset * DAY_MS;
    const day = local(new Date(dayStartMs)).day;
    const earliest = offset === 0 ? first.minute : 0;
    const candidates = periodsOn(hours, day)
      .map(([opens, closes]) => {
        const at = Math.ceil(Math.max(opens, earliest) / stepMinutes) * stepMinutes;
        return at < closes ? at : null;
      })
      .filter((m): m is number => m !== null)
      .sort((a, b) => a - b);
    if (candidates.length) return new Date(dayStartMs + candidates[0]! * 60_000);
  }
  return null;
}
