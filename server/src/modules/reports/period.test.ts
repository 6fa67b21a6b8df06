import { describe, expect, it } from 'vitest';
import { computeFigures, median } from './figures.js';
import { inPeriod, isoMs, parsePeriod, vietnamLocal } from './period.js';

const now = new Date('2026-05-01T00:00:00Z');

describe('report periods', () => {
  it('reads a bare date as a Vietnam local day (UTC+7)', () => {
    expect(parsePeriod({ from: '2026-03-01', to: '2026-04-01' }, now)).toEqual({
      from: '2026-02-28T17:00:00.000Z',
      to: '2026-03-31T17:00:00.000Z',
    });
  });

  it('reads date-times with their offset; defaults to the beginning and to now included', () => {
    expect(parsePeriod({ from: '2026-03-01T08:00:00+07:00' }, now)).toEqual({
      from: '2026-03-01T01:00:00.000Z',
      to: '2026-05-01T00:00:00.001Z',
    });
    expect(parsePeriod({}, now)).toEqual({ from: null, to: '2026-05-01T00:00:00.001Z' });
    expect(inPeriod(parsePeriod({}, now), now.toISOString())).toBe(true);
    expect(() => parsePeriod({ from: '2026-03-02', to: '2026-03-02' }, now)).toThrow(/end after/);
  });

  it('includes from, excludes to', () => {
    const p = parsePeriod({ from: '2026-03-01', to: '2026-03-02' }, now);
    expect(inPeriod(p, '2026-02-28T17:00:00.000Z')).toBe(true);
    expect(inPeriod(p, '2026-02-28T16:59:59.999Z')).toBe(false);
    expect(inPeriod(p, '2026-03-01T16:59:59.999Z')).toBe(true);
    expect(inPeriod(p, '2026-03-01T17:00:00.000Z')).toBe(false);
    expect(inPeriod(p, null)).toBe(false);
  });

  it('formats Vietnam local times for CSV cells', () => {
    expect(vietnamLocal('2026-02-28T17:00:00.000Z')).toBe('2026-03-01 00:00');
    expect(vietnamLocal('2026-02-28T16:59:00.000Z', false)).toBe('2026-02-28');
  });
});

describe('figures', () => {
  it('median of odd and even counts, rounded to 0.01 h', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([1 / 3])).toBe(0.33);
  });

  it('counts a need reopened twice in the period once, and a need closed then reopened as reopened', () => {
    const period = parsePeriod({ from: '2026-03-01', to: '2026-04-01' }, now);
    /** A legal need of Lạng Sơn created on 1 February, with its status changes as [at, from, to]. */
    const need = (_id: string, ...changes: [string, string | null, string][]) => ({
      _id,
      category: 'legal' as const,
      province: 'lang-son',
      createdAt: '2026-02-01T00:00:00.000Z',
      history: changes.map(([at, from, to]) => ({ at, by: 'u', from, to })),
    });
    const figures = computeFigures({
      period,
      needs: [
        need(
          'n1',
          ['2026-02-01T00:00:00.000Z', null, 'open'],
          ['2026-03-02T00:00:00.000Z', 'open', 'resolved'],
          ['2026-03-03T00:00:00.000Z', 'resolved', 'open'],
          ['2026-03-04T00:00:00.000Z', 'open', 'resolved'],
          ['2026-03-05T00:00:00.000Z', 'resolved', 'open'],
        ),
        need(
          'n2',
          ['2026-02-01T00:00:00.000Z', null, 'open'],
          ['2026-02-10T00:00:00.000Z', 'open', 'closed'],
          ['2026-03-10T00:00:00.000Z', 'closed', 'open'],
        ),
        need(
          'n3',
          ['2026-02-01T00:00:00.000Z', null, 'open'],
          ['2026-03-10T00:00:00.000Z', 'open', 'in_progress'],
          ['2026-03-11T00:00:00.000Z', 'in_progress', 'open'],
        ),
      ],
      intros: [],
      consultations: [],
    });
    expect(figures.needs.byCategory.legal).toEqual({ open: 2, resolved: 1 }); // n3 going back from in_progress is not an opening
    expect(figures.needs.totals).toEqual({ opened: 2, reopened: 2, resolved: 1, closed: 0 });
    expect(figures.timeInStage.needs.closed).toEqual({ medianHours: 28 * 24, count: 1 });
  });
});

describe('isoMs', () => {
  it('equals Date.parse for stored times across centuries, leap days and month ends', () => {
    const times = [
      '1970-01-01T00:00:00.000Z',
      '2000-02-29T23:59:59.999Z',
      '2024-02-29T12:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2100-03-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
    ];
    for (let t = Date.parse('1990-01-01T00:00:00Z'); t < Date.parse('2040-01-01T00:00:00Z'); t += 7_777_777_777)
      times.push(new Date(t + (t % 997)).toISOString());
    for (const s of times) expect(isoMs(s), s).toBe(Date.parse(s));
  });

  it('falls back to Date.parse for other forms', () => {
    expect(isoMs('2026-03-01T00:00:00+07:00')).toBe(Date.parse('2026-02-28T17:00:00Z'));
    expect(isoMs('2026-03-01')).toBe(Date.parse('2026-03-01'));
  });
});

describe('median (quickselect)', () => {
  it('matches a sort-based median on random samples', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 1; n < 60; n++) {
      const xs = Array.from({ length: n }, () => Math.floor(random() * 20)); // many ties
      const sorted = [...xs].sort((a, b) => a - b);
      const expected = n % 2 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2;
      expect(median(xs), xs.join(',')).toBe(Math.round(expected * 100) / 100);
    }
  });
});
