// Meeting hours as slots: `from..to` cut into `slotMinutes`; only whole slots count, so every slot
// lies inside the hours. Slot indices are what the scheduler works with; these convert to and from times.

export interface MeetingHours {
  /** ISO date-times. */
  from: string;
  to: string;
  slotMinutes: number;
}

const MINUTE_MS = 60_000;

function span(hours: MeetingHours): { start: number; length: number } {
  const start = Date.parse(hours.from);
  const end = Date.parse(hours.to);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError('meeting hours need valid from and to times');
  if (!Number.isInteger(hours.slotMinutes) || hours.slotMinutes <= 0) throw new RangeError('slotMinutes must be a whole number > 0');
  return { start, length: hours.slotMinutes * MINUTE_MS };
}

/** Number of whole slots between from and to (0 when to is not after from). */
export function slotCount(hours: MeetingHours): number {
  const { start, length } = span(hours);
  return Math.max(0, Math.floor((Date.parse(hours.to) - start) / length));
}

/** Start and end of slot `slot` as ISO date-times. */
export function slotTimes(hours: MeetingHours, slot: number): { startsAt: string; endsAt: string } {
  if (!Number.isInteger(slot) || slot < 0 || slot >= slotCount(hours)) throw new RangeError(`slot ${slot} is outside the meeting hours`);
  const { start, length } = span(hours);
  return { startsAt: new Date(start + slot * length).toISOString(), endsAt: new Date(start + (slot + 1) * length).toISOString() };
}

/** The slot that starts exactly at `startsAt`, or null (not on the grid, or outside the hours). */
export function slotIndexAt(hours: MeetingHours, startsAt: string): number | null {
  const { start, length } = span(hours);
  const offset = Date.parse(startsAt) - start;
  if (Number.isNaN(offset) || offset < 0 || offset % length !== 0) return null;
  const slot = offset / length;
  return slot < slotCount(hours) ? slot : null;
}
