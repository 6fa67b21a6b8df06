import { describe, expect, it } from 'vitest';
import {
  dayBoundary,
  formatDate,
  reportPeriod,
  formatDateTime,
  formatVnd,
  formatVndRange,
  fromLocalInput,
  toLocalInput,
} from './format.js';

describe('vi-VN formatting', () => {
  it('formats VND with dot thousands and the đồng sign', () => {
    expect(formatVnd(1_500_000).replace(/\s/g, ' ')).toBe('1.500.000 ₫');
    expect(formatVndRange({ min: 50_000_000, max: 200_000_000 }).replace(/\s/g, ' ')).toBe('50.000.000 ₫ – 200.000.000 ₫');
    expect(formatVnd(undefined)).toBe('—');
  });

  it('shows dates day-first in Vietnam time', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Vietnam (UTC+7).
    expect(formatDate('2025-12-31T17:30:00.000Z')).toBe('01/01/2026');
    expect(formatDateTime('2025-10-01T02:05:00.000Z')).toMatch(/09:05.*01\/10\/2025|01\/10\/2025.*09:05/);
    expect(formatDate('not a date')).toBe('—');
  });

  it('round-trips datetime-local values as Vietnam time', () => {
    expect(fromLocalInput('2025-10-01T09:05')).toBe('2025-10-01T02:05:00.000Z');
    expect(toLocalInput('2025-10-01T02:05:00.000Z')).toBe('2025-10-01T09:05');
    expect(fromLocalInput('garbage')).toBeNull();
    expect(dayBoundary('2025-01-01')).toBe('2024-12-31T17:00:00.000Z');
    expect(dayBoundary('2025-01-01', true)).toBe('2025-01-01T16:59:00.000Z');
  });

  it('sends a report period as whole Vietnam days, the last one included', () => {
    expect(reportPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-04-01' });
    expect(reportPeriod('2024-02-01', '2024-02-29')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(reportPeriod('2025-01-01', '2025-12-31')).toEqual({ from: '2025-01-01', to: '2026-01-01' });
    expect(reportPeriod('', '')).toEqual({});
    expect(reportPeriod('2026-0', '2026-13-45')).toEqual({});
  });
});
