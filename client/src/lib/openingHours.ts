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

/** "T2–T6 07:30–17:00; T7 08:00–11:30" (short day names of the interface language). */
export function formatOpeningHours(hours: readonly OpeningPeriod[] | undefined, t: TFunction): string {
  if (!hours || hours.length === 0) return t('openingHours.always');
  return hours
    .map((p) => {
      const days = dayRanges(p.days)
        .map(([a, b]) => (a === b ? t(`weekday.${a}`) : `${t(`weekday.${a}`)}–${t(`weekday.${b}`)}`))
        .join(', ');
      return `${days} ${p.opens}–${p.closes}`;
    })
    .join('; ');
}
