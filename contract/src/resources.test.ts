import { describe, expect, it } from 'vitest';
import { bookingsAtOnce, fullSpans } from './resources.js';

const at = (day: number, hour: number) => new Date(Date.UTC(2025, 6, day, hour)).toISOString();
const span = (d1: number, h1: number, d2: number, h2: number) => ({ startsAt: at(d1, h1), endsAt: at(d2, h2) });

describe('bookingsAtOnce', () => {
  it('books a room whole and a pool by its units (one without a capacity)', () => {
    expect(bookingsAtOnce({ kind: 'hall', capacity: 120 })).toBe(1);
    expect(bookingsAtOnce({ kind: 'meeting_room', capacity: 10 })).toBe(1);
    expect(bookingsAtOnce({ kind: 'shared_office', capacity: 20 })).toBe(20);
    expect(bookingsAtOnce({ kind: 'shelf_space', capacity: 40 })).toBe(40);
    expect(bookingsAtOnce({ kind: 'equipment' })).toBe(1);
  });
});

describe('fullSpans', () => {
  it('finds when every unit is taken, whole, around the wanted time', () => {
    const bookings = [span(1, 0, 10, 0), span(5, 0, 20, 0), span(15, 0, 25, 0)];
    expect(fullSpans(bookings, 2, at(6, 0), at(7, 0))).toEqual([span(5, 0, 10, 0)]);
    expect(fullSpans(bookings, 2, at(11, 0), at(14, 0))).toEqual([]);
    expect(fullSpans(bookings, 2, at(1, 0), at(31, 0))).toEqual([span(5, 0, 10, 0), span(15, 0, 20, 0)]);
    expect(fullSpans(bookings, 3, at(1, 0), at(31, 0))).toEqual([]);
  });

  it('lets a booking start when another ends, and keeps a pool full across a hand-over', () => {
    expect(fullSpans([span(1, 8, 1, 10)], 1, at(1, 10), at(1, 12))).toEqual([]);
    const handOver = [span(1, 8, 1, 10), span(1, 10, 1, 12), span(1, 8, 1, 12)];
    expect(fullSpans(handOver, 2, at(1, 9), at(1, 11))).toEqual([span(1, 8, 1, 12)]);
  });
});
