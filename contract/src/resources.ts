// How many bookings of a provider's resource may overlap. A room (hall, meeting room, training
// room) is booked whole: its `capacity` is the people it seats, so it holds one booking at a time.
// Any other resource is a pool of `capacity` units (the desks of a shared office, the product
// slots of a shelf, booths, machines): each booking takes one unit. Without a capacity: one.
// Plain functions without zod, so the client takes them without the schemas.

export const WHOLE_BOOKED_RESOURCE_KINDS: readonly string[] = ['hall', 'meeting_room', 'training_room'];

export function bookingsAtOnce(resource: { kind: string; capacity?: number | null }): number {
  if (WHOLE_BOOKED_RESOURCE_KINDS.includes(resource.kind)) return 1;
  return Math.max(1, resource.capacity ?? 1);
}

export interface TimeSpan {
  startsAt: string;
  endsAt: string;
}

/**
 * The spans during which at least `units` of `bookings` run at once (merged, in time order) that
 * touch [from, to): when a pool of `units` has nothing left around a wanted time, whole (so the
 * person sees how long it stays full). Back-to-back bookings do not overlap.
 */
export function fullSpans(bookings: readonly TimeSpan[], units: number, from: string, to: string): TimeSpan[] {
  const edges = bookings
    .flatMap((b) => [
      { at: Date.parse(b.startsAt), step: 1 },
      { at: Date.parse(b.endsAt), step: -1 },
    ])
    // Ends before starts at the same instant: a booking ending at 10:00 frees its unit for one at 10:00.
    .sort((a, b) => a.at - b.at || a.step - b.step);
  const lo = Date.parse(from);
  const hi = Date.parse(to);
  const spans: { from: number; to: number }[] = [];
  let running = 0;
  for (let i = 0; i < edges.length; i++) {
    running += edges[i]!.step;
    const next = edges[i + 1]?.at;
    if (running < units || next === undefined || next <= edges[i]!.at) continue;
    const start = edges[i]!.at;
    const last = spans.at(-1);
    if (last && last.to >= start) last.to = Math.max(last.to, next);
    else spans.push({ from: start, to: next });
  }
  return spans
    .filter((s) => s.from < hi && s.to > lo)
    .map((s) => ({ startsAt: new Date(s.from).toISOString(), endsAt: new Date(s.to).toISOString() }));
}
