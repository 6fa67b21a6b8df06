// The cross-field rules of an event's times (contract eventShapeIssues), used on create and on
// the merged result of a PATCH.
import { eventShapeIssues, MAX_MEETING_SLOTS } from '@ketnoi/contract';
import { describe, expect, it } from 'vitest';

const day = { startsAt: '2026-03-28T01:00:00Z', endsAt: '2026-03-28T10:00:00Z' };
const paths = (e: Parameters<typeof eventShapeIssues>[0]) => eventShapeIssues(e).map((i) => i.path.join('.'));

describe('event times', () => {
  it('accepts a day with registration before it and meetings inside it', () => {
    const meetings = { from: '2026-03-28T06:00:00Z', to: '2026-03-28T08:00:00Z', slotMinutes: 20 };
    expect(paths({ ...day, registration: { opensAt: '2026-03-01T00:00:00Z', closesAt: '2026-03-27T00:00:00Z' }, meetings })).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(paths({ startsAt: day.endsAt, endsAt: day.startsAt })).toEqual(['endsAt']);
    expect(paths({ ...day, endsAt: '2026-08-01T00:00:00Z' })).toEqual(['endsAt']);
    expect(paths({ ...day, registration: { opensAt: '2026-03-10T00:00:00Z', closesAt: '2026-03-09T00:00:00Z' } })).toEqual([
      'registration.closesAt',
    ]);
    expect(paths({ ...day, registration: { closesAt: '2026-03-29T00:00:00Z' } })).toEqual(['registration.closesAt']);
    expect(paths({ ...day, registration: { opensAt: '2026-03-28T10:00:00Z' } })).toEqual(['registration.opensAt']);
    expect(paths({ ...day, meetings: { from: '2026-03-28T06:00:00Z', to: '2026-03-28T08:00:00Z', slotMinutes: 0 } })).toEqual([]);
    expect(paths({ ...day, meetings: { from: '2026-03-28T00:00:00Z', to: '2026-03-28T02:00:00Z', slotMinutes: 30 } })).toEqual([
      'meetings.from',
    ]);
    expect(paths({ ...day, meetings: { from: '2026-03-28T06:00:00Z', to: '2026-03-28T06:10:00Z', slotMinutes: 15 } })).toEqual([
      'meetings.to',
    ]);
  });

  it('caps the number of slots', () => {
    const long = { startsAt: '2026-03-28T00:00:00Z', endsAt: '2026-03-31T00:00:00Z' };
    const minutes = (MAX_MEETING_SLOTS + 1) * 5;
    const to = new Date(Date.parse(long.startsAt) + minutes * 60_000).toISOString();
    expect(paths({ ...long, meetings: { from: long.startsAt, to, slotMinutes: 5 } })).toEqual(['meetings.to']);
  });
});
