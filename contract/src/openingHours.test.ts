import { describe, expect, it } from 'vitest';
import { nextOpening, withinOpeningHours, type OpeningPeriod } from './openingHours.js';

// Vietnam time is UTC+7: 08:00 in Hà Nội is 01:00Z. 2026-12-07 is a Monday.
const vn = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const weekdays: OpeningPeriod[] = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '12:00' },
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
  { days: ['sat'], opens: '08:00', closes: '11:00' },
];

describe('withinOpeningHours', () => {
  it('fits a same-day booking in one opening period', () => {
    expect(withinOpeningHours(weekdays, vn('2026-12-07', '08:00'), vn('2026-12-07', '12:00'))).toBe(true);
    expect(withinOpeningHours(weekdays, vn('2026-12-07', '14:00'), vn('2026-12-07', '17:00'))).toBe(true);
    expect(withinOpeningHours(weekdays, vn('2026-12-07', '11:00'), vn('2026-12-07', '14:00'))).toBe(false); // over lunch
    expect(withinOpeningHours(weekdays, vn('2026-12-07', '07:30'), vn('2026-12-07', '09:00'))).toBe(false);
    expect(withinOpeningHours(weekdays, vn('2026-12-07', '20:00'), vn('2026-12-07', '21:00'))).toBe(false);
    expect(withinOpeningHours(weekdays, vn('2026-12-12', '09:00'), vn('2026-12-12', '10:00'))).toBe(true); // Saturday morning
    expect(withinOpeningHours(weekdays, vn('2026-12-13', '09:00'), vn('2026-12-13', '10:00'))).toBe(false); // Sunday
  });

  it('lets a booking over several days start and end while open', () => {
    expect(withinOpeningHours(weekdays, vn('2026-12-07', '08:00'), vn('2026-12-11', '17:00'))).toBe(true);
    expect(withinOpeningHours(weekdays, vn('2026-12-07', '08:00'), vn('2026-12-11', '19:00'))).toBe(false);
    expect(withinOpeningHours(weekdays, vn('2026-12-06', '08:00'), vn('2026-12-11', '17:00'))).toBe(false); // starts on a Sunday
  });

  it('reads an end at midnight as the close of the day before, and no hours as no limit', () => {
    const allDay: OpeningPeriod[] = [{ days: ['mon'], opens: '00:00', closes: '24:00' }];
    expect(withinOpeningHours(allDay, vn('2026-12-07', '18:00'), vn('2026-12-08', '00:00'))).toBe(true);
    expect(withinOpeningHours([], vn('2026-12-07', '23:00'), vn('2026-12-08', '02:00'))).toBe(true);
    expect(withinOpeningHours(undefined, vn('2026-12-07', '23:00'), vn('2026-12-08', '02:00'))).toBe(true);
  });
});

describe('nextOpening', () => {
  it('finds the next opening, in Vietnam time, skipping closed days and lunch', () => {
    expect(nextOpening(weekdays, vn('2026-12-07', '20:05'))).toEqual(vn('2026-12-08', '08:00'));
    expect(nextOpening(weekdays, vn('2026-12-07', '12:10'))).toEqual(vn('2026-12-07', '13:30'));
    expect(nextOpening(weekdays, vn('2026-12-07', '09:10'))).toEqual(vn('2026-12-07', '09:30'));
    expect(nextOpening(weekdays, vn('2026-12-12', '10:50'))).toEqual(vn('2026-12-14', '08:00')); // Sat late → Monday
  });

  it('rounds up without hours and gives null when the hours never open', () => {
    expect(nextOpening(undefined, vn('2026-12-07', '20:05'))).toEqual(vn('2026-12-07', '20:30'));
    expect(nextOpening([{ days: [], opens: '08:00', closes: '17:00' }], vn('2026-12-07', '20:05'))).toBeNull();
  });
});
