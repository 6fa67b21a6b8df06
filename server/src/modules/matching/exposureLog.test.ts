// Exposure is counted once per viewer, candidate and Vietnam day: the day turns over at midnight
// in Vietnam, not at 07:00 (midnight UTC).
import { describe, expect, it } from 'vitest';
import { windowDays } from './exposureLog.js';

describe('exposure days', () => {
  it('are Vietnam days, today first', () => {
    expect(windowDays(new Date('2026-03-02T16:59:00Z'), 2)).toEqual(['2026-03-02', '2026-03-01']); // 23:59 on 2 March
    expect(windowDays(new Date('2026-03-02T17:00:00Z'), 2)).toEqual(['2026-03-03', '2026-03-02']); // 00:00 on 3 March
    expect(windowDays(new Date('2026-03-02T23:30:00Z'), 1)).toEqual(['2026-03-03']); // 06:30, the same day as 07:30
    expect(windowDays(new Date('2026-03-03T00:30:00Z'), 1)).toEqual(['2026-03-03']);
  });
});
