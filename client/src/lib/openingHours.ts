import type { TFunction } from 'i18next';
import { WEEKDAYS, type OpeningPeriod, type Weekday } from '@ketnoi/contract';

/** Consecutive days as ranges: mon,tue,wed,thu,fri → [[mon, fri]]; mon,wed → [[mon,mon],[wed,wed]]. */
function dayRanges(days: readonly Weekday[]): [Weekday, Weekday][] {
  const sorted = WEEKDAYS.filter((d) => days.includes(d));
  const out: [Weekday, Weekday][] = [];
  for (const day of sorted) {
    const last = out[out.length - 1];
    if (last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last[1]) + 1) last[1] = day;
    else out.push([day, day]);
  }
  return out;
}

/** "T2–T6 07:30–11:30, 13:30–17:00; T7 08:00–11:30" (short day names of the interface language). */
export function formatOpeningHours(hours: readonly OpeningPeriod[] | undefined, t: TFunction): string {
  if (!hours || hours.length === 0) return t('openingHours.always');
  // Periods on the same days read as one entry with several times (a lunch break).
  const byDays = new Map<string, { days: Weekday[]; times: string[] }>();
  for (const p of hours) {
    const key = WEEKDAYS.filter((d) => p.days.includes(d)).join(',');
    const entry = byDays.get(key) ?? { days: p.days, times: [] };
    entry.times.push(`${p.opens}–${p.closes}`);
    byDays.set(key, entry);
  }
  return [...byDays.values()]
    .map(({ days, times }) => {
      const named = dayRanges(days)
        .map(([a, b]) => (a === b ? t(`weekday.${a}`) : `${t(`weekday.${a}`)}–${t(`weekday.${b}`)}`))
        .join(', ');
      return `${named} ${times.sort().join(', ')}`;
    })
    .join('; ');
}
