// The calendar's "soonest first" read, month by month. Every event stores the Vietnam-local
// months it touches (`months`, indexed with `startsAt`); a page is read one month bucket at a
// time from the month the period starts, so the unfiltered calendar touches the few hundred
// events of a month instead of every published event (an index answers equality, not ranges, on
// the embedded engine; MongoDB answers each bucket from the compound key). After a few sparse
// months, one plain query fetches the rest.
import { VIETNAM_OFFSET_MS } from '../reports/period.js';
import type { Filter, SortSpec } from '../../store/types.js';
import { allOf } from '../../lib/filters.js';
import type { EventDoc, EventsRepository } from './repository.js';

/** Month buckets read before one query takes everything later. */
export const MONTH_BUCKETS = 4;

/**
 * The last month a four-digit ISO year names. Query boundaries reach from 0000-01-01 to 9999-12-31 (and an event in
 * the last hours of 9999 UTC falls in 10000 in Vietnam); months past this one are counted as this one.
 */
export const LAST_MONTH = '9999-12';
/** Likewise at the other end: 0000-01-01T00:00+14:00 is still year -1 in UTC+7. */
export const FIRST_MONTH = '0000-01';

const yyyy = (year: number) => String(year).padStart(4, '0');

/** 'YYYY-MM' of an instant in Vietnam time. */
export function vietnamMonth(iso: string): string {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  if (local.getUTCFullYear() > 9999) return LAST_MONTH;
  if (local.getUTCFullYear() < 0) return FIRST_MONTH;
  return `${yyyy(local.getUTCFullYear())}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month after 'YYYY-MM', or null after LAST_MONTH. */
export function nextMonth(month: string): string | null {
  if (month >= LAST_MONTH) return null;
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${yyyy(y + 1)}-01` : `${yyyy(y)}-${String(m + 1).padStart(2, '0')}`;
}

/** The instant a Vietnam month begins, ISO UTC. */
export function monthStart(month: string): string {
  return new Date(Date.parse(`${month}-01T00:00:00.000Z`) - VIETNAM_OFFSET_MS).toISOString();
}

/** Every Vietnam month an event from `startsAt` to `endsAt` touches (an event lasts at most 92 days). */
export function monthsOf(startsAt: string, endsAt: string): string[] {
  const last = vietnamMonth(new Date(Math.max(Date.parse(endsAt) - 1, Date.parse(startsAt))).toISOString());
  const months = [vietnamMonth(startsAt)];
  for (let next = nextMonth(months[0]!); next !== null && next <= last; next = nextMonth(next)) months.push(next);
  return months;
}

/**
 * The first `need` events of `filter` by (startsAt, _id), among events running at or after
 * `from` and starting before `to`; `from` is also where the buckets begin (a cursor moves it on).
 */
export async function soonest(
  events: EventsRepository,
  filter: Filter,
  window: { from: string; to: string | null },
  need: number,
): Promise<EventDoc[]> {
  const sort: SortSpec = { startsAt: 1, _id: 1 };
  const found = new Map<string, EventDoc>();
  const lastMonth = window.to ? vietnamMonth(new Date(Date.parse(window.to) - 1).toISOString()) : null;
  let month: string | null = vietnamMonth(window.from);
  for (let read = 0; month !== null; read++) {
    if (lastMonth !== null && month > lastMonth) break;
    if (read === MONTH_BUCKETS) {
      // Sparse months: everything that starts from here on, in one query.
      for (const d of await events.find(allOf(filter, { startsAt: { $gte: monthStart(month) } }), { sort, limit: need }))
        found.set(d._id, d);
      break;
    }
    for (const d of await events.find(allOf(filter, { months: month }), { sort, limit: need })) found.set(d._id, d);
    month = nextMonth(month);
    if (month === null) break; // the last month there is: everything has been read
    // Every event starting before `month` has been read: once they fill the page, later ones cannot rank.
    const boundary = monthStart(month);
    let complete = 0;
    for (const d of found.values()) if (d.startsAt < boundary) complete++;
    if (complete >= need) break;
  }
  // Code-point order, as the store sorts and as cursors compare.
  const order = (a: EventDoc, b: EventDoc) =>
    a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
  return [...found.values()].sort(order).slice(0, need);
}
