import { describe, expect, it } from 'vitest';
import type { MeetingToSchedule, ScheduleInput, SlotPlacement } from './scheduler.js';
import { findEarliestPlacement, placeFirstComeFirstServed, scheduleMeetings, scheduleViolations } from './scheduler.js';

let next = 0;
function meeting(requesterId: string, inviteeId: string, current: SlotPlacement | null = null, acceptedAt = next++): MeetingToSchedule {
  return { id: `m-${requesterId}-${inviteeId}-${acceptedAt}`, requesterId, inviteeId, current, acceptedAt };
}

function solve(input: ScheduleInput) {
  const result = scheduleMeetings(input);
  expect(scheduleViolations(input, input.meetings, result.placements)).toEqual([]);
  return result;
}

describe('scheduleMeetings: edge cases', () => {
  it('answers an event without meetings with an empty, optimal schedule', () => {
    const result = solve({ slots: 4, tables: 3, maxPerParticipant: 2, meetings: [] });
    expect(result).toMatchObject({ placements: [], scheduled: 0, unscheduled: [], upperBound: 0, provenOptimal: true });
  });

  it('leaves everything unscheduled with zero tables, zero slots or a cap of 0, and proves it', () => {
    const meetings = [meeting('a', 'b', { slot: 0, table: 1 }), meeting('c', 'd')];
    for (const grid of [
      { slots: 3, tables: 0, maxPerParticipant: 2 },
      { slots: 0, tables: 2, maxPerParticipant: 2 },
      { slots: 3, tables: 2, maxPerParticipant: 0 },
    ]) {
      const result = solve({ ...grid, meetings });
      expect(result.placements).toEqual([null, null]);
      expect(result.unscheduled).toEqual(meetings.map((m) => m.id));
      expect(result).toMatchObject({ scheduled: 0, keptSlot: 0, upperBound: 0, provenOptimal: true });
    }
  });

  it('leaves unscheduled a meeting whose two people are never free at the same time, and places the rest', () => {
    const meetings = [meeting('a', 'b'), meeting('a', 'c')];
    const result = solve({ slots: 3, tables: 2, maxPerParticipant: 3, unavailable: { a: [2], b: [0, 1] }, meetings });
    expect(result.placements[0]).toBeNull();
    expect(result.placements[1]).toEqual({ slot: 0, table: 1 });
    expect(result.unscheduled).toEqual([meetings[0]!.id]);
    expect(result.upperBound).toBe(1);
  });

  it('puts two meetings of the same pair in different slots, and only one when there is one slot', () => {
    const twice = [meeting('a', 'b'), meeting('b', 'a')];
    expect(solve({ slots: 2, tables: 5, maxPerParticipant: 2, meetings: twice }).placements).toEqual([
      { slot: 0, table: 1 },
      { slot: 1, table: 1 },
    ]);
    const single = solve({ slots: 1, tables: 5, maxPerParticipant: 2, meetings: twice });
    expect(single.scheduled).toBe(1);
    expect(single.provenOptimal).toBe(true);
  });

  it('ignores unavailable slots outside the hours and current placements outside the grid', () => {
    const meetings = [meeting('a', 'b', { slot: 7, table: 9 })];
    const result = solve({ slots: 2, tables: 1, maxPerParticipant: 1, unavailable: { a: [0, 5, -1] }, meetings });
    expect(result.placements).toEqual([{ slot: 1, table: 1 }]);
    expect(result.keptSlot).toBe(0);
  });

  it('rejects a meeting with one person on both sides, repeated ids and impossible grids', () => {
    expect(() => scheduleMeetings({ slots: 1, tables: 1, maxPerParticipant: 1, meetings: [meeting('a', 'a')] })).toThrow(RangeError);
    const m = meeting('a', 'b');
    expect(() => scheduleMeetings({ slots: 1, tables: 1, maxPerParticipant: 1, meetings: [m, { ...m }] })).toThrow(/twice/);
    expect(() => scheduleMeetings({ slots: 1, tables: -1, maxPerParticipant: 1, meetings: [] })).toThrow(/tables/);
    expect(() => scheduleMeetings({ slots: 1.5, tables: 1, maxPerParticipant: 1, meetings: [] })).toThrow(/slots/);
  });
});

describe('scheduleMeetings: objectives', () => {
  it('places more than first come first served when the early meetings block the rest', () => {
    // Cap 1: greedy gives b and c to their joint meeting (accepted first); the optimum seats a–b and c–d.
    const meetings = [meeting('b', 'c'), meeting('a', 'b'), meeting('c', 'd')];
    const input = { slots: 2, tables: 2, maxPerParticipant: 1, meetings };
    expect(placeFirstComeFirstServed(input).scheduled).toBe(1);
    const result = solve(input);
    expect(result.scheduled).toBe(2);
    expect(result.unscheduled).toEqual([meetings[0]!.id]);
    expect(result.provenOptimal).toBe(true);
  });

  it('a re-plan that can keep everyone in place keeps every slot and table, even late ones', () => {
    const meetings = [
      meeting('a', 'b', { slot: 3, table: 2 }),
      meeting('a', 'c', { slot: 1, table: 1 }),
      meeting('d', 'e', { slot: 3, table: 1 }),
      meeting('b', 'c', { slot: 2, table: 3 }),
    ];
    const result = solve({ slots: 4, tables: 3, maxPerParticipant: 3, meetings });
    expect(result.placements).toEqual(meetings.map((m) => m.current));
    expect(result).toMatchObject({ scheduled: 4, keptSlot: 4, keptTable: 4, provenOptimal: true });
  });

  it('moves one meeting, not more, when that lets one more meeting in', () => {
    // a–b sits in slot 0 and c–d in slot 1; a–c needs a and c free together, so one of them moves.
    const meetings = [meeting('a', 'b', { slot: 0, table: 1 }), meeting('c', 'd', { slot: 1, table: 1 }), meeting('a', 'c')];
    const result = solve({ slots: 2, tables: 2, maxPerParticipant: 2, meetings });
    expect(result.scheduled).toBe(3);
    expect(result.keptSlot).toBe(1);
    expect(result.provenOptimal).toBe(true);
  });

  it('prefers placing one more meeting to keeping a meeting in its slot', () => {
    // One table. e–f can only meet in slot 0 (e is away in slot 1), where a–b sits today: keeping a–b
    // there would leave slot 1 empty, so a–b moves to slot 1 and both meetings take place.
    const meetings = [meeting('a', 'b', { slot: 0, table: 1 }), meeting('e', 'f')];
    const result = solve({ slots: 2, tables: 1, maxPerParticipant: 1, unavailable: { e: [1] }, meetings });
    expect(result.placements).toEqual([
      { slot: 1, table: 1 },
      { slot: 0, table: 1 },
    ]);
    expect(result).toMatchObject({ scheduled: 2, keptSlot: 0, provenOptimal: true });
  });

  it('puts new meetings in the earliest slots and lowest tables', () => {
    const meetings = [meeting('a', 'b'), meeting('c', 'd'), meeting('a', 'c')];
    const result = solve({ slots: 5, tables: 3, maxPerParticipant: 2, meetings });
    expect(result.placements).toEqual([
      { slot: 0, table: 1 },
      { slot: 0, table: 2 },
      { slot: 1, table: 1 },
    ]);
  });

  it('a meeting that has to move keeps its table number when that table is free in its new slot', () => {
    // b is away in slot 0 now, so a–b must move; its table 3 is free in slot 1.
    const meetings = [meeting('a', 'b', { slot: 0, table: 3 }), meeting('c', 'd', { slot: 1, table: 1 })];
    const result = solve({ slots: 2, tables: 3, maxPerParticipant: 1, unavailable: { b: [0] }, meetings });
    expect(result.placements).toEqual([
      { slot: 1, table: 3 },
      { slot: 1, table: 1 },
    ]);
    expect(result.keptTable).toBe(1);
  });
});

describe('placeFirstComeFirstServed', () => {
  it('places meetings in acceptance order into the earliest slot with both people and a table free, within the cap', () => {
    const meetings = [meeting('a', 'c', null, 30), meeting('a', 'b', null, 10), meeting('a', 'd', null, 20), meeting('b', 'e', null, 40)];
    const result = placeFirstComeFirstServed({ slots: 3, tables: 1, maxPerParticipant: 2, meetings });
    // a–b first (slot 0), a–d (slot 1), a–c over a's cap of 2, b–e in slot 2 (slots 0, 1 have their one table taken).
    expect(result.placements).toEqual([null, { slot: 0, table: 1 }, { slot: 1, table: 1 }, { slot: 2, table: 1 }]);
    expect(result.unscheduled).toEqual([meetings[0]!.id]);
  });
});

describe('findEarliestPlacement', () => {
  const grid = { slots: 3, tables: 2, maxPerParticipant: 2 };
  const placed = [
    { requesterId: 'a', inviteeId: 'x', placement: { slot: 0, table: 1 } },
    { requesterId: 'y', inviteeId: 'z', placement: { slot: 1, table: 1 } },
    { requesterId: 'v', inviteeId: 'w', placement: { slot: 1, table: 2 } },
  ];

  it('finds the earliest slot where both people and a table are free, at the lowest free table', () => {
    expect(findEarliestPlacement(grid, placed, { requesterId: 'c', inviteeId: 'd' })).toEqual({ slot: 0, table: 2 });
    // a is busy in slot 0 and slot 1 has no table left.
    expect(findEarliestPlacement(grid, placed, { requesterId: 'a', inviteeId: 'b' })).toEqual({ slot: 2, table: 1 });
  });

  it('respects unavailability and the cap, and answers null when no slot qualifies', () => {
    expect(findEarliestPlacement({ ...grid, unavailable: { d: [0] } }, placed, { requesterId: 'c', inviteeId: 'd' })).toEqual({
      slot: 2,
      table: 1,
    });
    const full = [...placed, { requesterId: 'a', inviteeId: 'q', placement: { slot: 2, table: 2 } }];
    expect(findEarliestPlacement(grid, full, { requesterId: 'a', inviteeId: 'b' })).toBeNull();
    expect(findEarliestPlacement({ ...grid, tables: 0 }, [], { requesterId: 'a', inviteeId: 'b' })).toBeNull();
    expect(() => findEarliestPlacement(grid, [], { requesterId: 'a', inviteeId: 'a' })).toThrow(RangeError);
  });
});

describe('scheduleViolations', () => {
  const input: ScheduleInput = {
    slots: 2,
    tables: 2,
    maxPerParticipant: 1,
    unavailable: { e: [1] },
    meetings: [meeting('a', 'b'), meeting('a', 'c'), meeting('d', 'e')],
  };

  it('accepts a valid schedule', () => {
    expect(scheduleViolations(input, input.meetings, [{ slot: 0, table: 1 }, null, { slot: 0, table: 2 }])).toEqual([]);
  });

  it('reports every broken rule', () => {
    const check = (placements: (SlotPlacement | null)[]) => scheduleViolations(input, input.meetings, placements).join('\n');
    expect(check([{ slot: 0, table: 1 }, { slot: 0, table: 2 }, null])).toMatch(/a is already in .* in slot 0/);
    expect(check([{ slot: 0, table: 1 }, { slot: 1, table: 1 }, null])).toMatch(/a has 2 meetings, more than 1/);
    expect(check([{ slot: 0, table: 1 }, null, { slot: 0, table: 1 }])).toMatch(/table 1 in slot 0 already holds/);
    expect(check([{ slot: 0, table: 3 }, null, null])).toMatch(/table 3 outside 1..2/);
    expect(check([{ slot: 2, table: 1 }, null, null])).toMatch(/slot 2 outside 0..1/);
    expect(check([null, null, { slot: 1, table: 1 }])).toMatch(/e is unavailable in slot 1/);
    expect(check([null])).toMatch(/1 placements for 3 meetings/);
  });
});
