import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { formatOpeningHours } from './openingHours.js';

const t = i18next.t.bind(i18next);

describe('formatOpeningHours', () => {
  it('names day ranges and joins periods of the same days', () => {
    expect(
      formatOpeningHours(
        [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
          { days: ['fri', 'thu', 'wed', 'tue', 'mon'], opens: '07:30', closes: '11:30' },
          { days: ['sat'], opens: '08:00', closes: '11:00' },
        ],
        t,
      ),
    ).toBe('T2–T6 07:30–11:30, 13:30–17:00; T7 08:00–11:00');
    expect(formatOpeningHours([{ days: ['mon', 'wed', 'sun'], opens: '08:00', closes: '12:00' }], t)).toBe('T2, T4, CN 08:00–12:00');
    expect(formatOpeningHours([], t)).toBe('Đặt được bất cứ lúc nào');
  });
});
