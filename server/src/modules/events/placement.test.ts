import { describe, expect, it } from 'vitest';
import { findEarliestPlacement, type MeetingToSchedule, scheduleMeetings, type SlotPlacement } from './placement.js';

const grid = { slots: 3, tables: 2, maxPerParticipant: 2 };
const placed = (requesterId: string, inviteeId: string, slot: number, table: number) => ({
  requesterId,
  inviteeId,
  placement: { slot, table },
});

/** Every placement inside the grid, nobody or no table twice in a slot, nobody over the maximum. */
function violations(
  input: { slots: number; tables: number; maxPerParticipant: number; meetings: readonly MeetingToSchedule[] },
  placements: (SlotPlacement | null)[],
) {
  const out: string[] = [];
  const seen = new Set<string>();
  const load = new Map<string, number>();
  placements.forEach((p, i) => {
    if (!p) return;
    const m = input.meetings[i]!;
    if (p.slot < 0 || p.slot >= input.slots || p.table < 1 || p.table > input.tables) out.push(`${m.id} outside the grid`);
    for (const key of [`t${p.table}`, m.requesterId, m.inviteeId]) {
      if (seen.has(`${p.slot}/${key}`)) out.push(`${key} twice in slot ${p.slot}`);
      seen.add(`${p.slot}/${key}`);
    }
    for (const person of [m.requesterId, m.inviteeId]) load.set(person, (load.get(person) ?? 0) + 1);
  });
  for (const [person, n] of load) if (n > input.maxPerParticipant) out.push(`${person} has ${n}`);
  return out;
}

describe('findEarliestPlacement', () => {
  it('takes the earliest slot where both are free, and the lowest free table', () => {
    expect(findEarliestPlacement(grid, [], { requesterId: 'a', inviteeId: 'b' })).toEqual({ slot: 0, table: 1 });
    expect(findEarliestPlacement(grid, [placed('c', 'd', 0, 1)], { requesterId: 'a', inviteeId: 'b' })).toEqual({ slot: 0, table: 2 });
    expect(findEarliestPlacement(grid, [placed('a', 'c', 0, 1)], { requesterId: 'a', inviteeId: 'b' })).toEqual({ slot: 1, table: 1 });
    const full = [placed('c', 'd', 0, 1), placed('e', 'f', 0, 2), placed('b', 'g', 1, 1)];
    expect(findEarliestPlacement(grid, full, { requesterId: 'a', inviteeId: 'b' })).toEqual({ slot: 2, table: 1 });
  });

  it('answers null when no slot qualifies or someone is at the maximum', () => {
    const busy = [placed('a', 'c', 0, 1), placed('b', 'd', 1, 1), placed('e', 'f', 2, 1), placed('g', 'h', 2, 2)];
    expect(findEarliestPlacement(grid, busy, { requesterId: 'a', inviteeId: 'b' })).toBeNull();
    const atMax = [placed('a', 'c', 0, 1), placed('a', 'd', 1, 1)];
    expect(findEarliestPlacement(grid, atMax, { requesterId: 'a', inviteeId: 'b' })).toBeNull();
    expect(() => findEarliestPlacement(grid, [], { requesterId: 'a', inviteeId: 'a' })).toThrow(RangeError);
  });
});

describe('scheduleMeetings (interim greedy)', () => {
  it('keeps valid placements and fills the rest in acceptance order', () => {
    const input = {
      ...grid,
      meetings: [
        { id: 'm1', requesterId: 'a', inviteeId: 'b', acceptedAt: 3, current: { slot: 2, table: 2 } },
        { id: 'm2', requesterId: 'a', inviteeId: 'c', acceptedAt: 1, current: null },
        { id: 'm3', requesterId: 'b', inviteeId: 'c', acceptedAt: 2, current: { slot: 9, table: 1 } },
      ],
    };
    const plan = scheduleMeetings(input);
    expect(plan.placements).toEqual([
      { slot: 2, table: 2 },
      { slot: 0, table: 1 },
      { slot: 1, table: 1 },
    ]);
    expect(plan).toMatchObject({ scheduled: 3, unscheduled: [] });
  });

  it('never breaks a rule and never places fewer than were placed, on random instances', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const people = 2 + Math.floor(random() * 7);
      const g = {
        slots: 1 + Math.floor(random() * 4),
        tables: 1 + Math.floor(random() * 3),
        maxPerParticipant: 1 + Math.floor(random() * 3),
      };
      const meetings: MeetingToSchedule[] = [];
      for (let i = 0; i < 1 + random() * 12; i++) {
        const a = Math.floor(random() * people);
        const b = (a + 1 + Math.floor(random() * (people - 1))) % people;
        meetings.push({ id: `m${i}`, requesterId: `p${a}`, inviteeId: `p${b}`, acceptedAt: i });
      }
      const first = scheduleMeetings({ ...g, meetings });
      expect(violations({ ...g, meetings }, first.placements)).toEqual([]);
      expect(first.scheduled + first.unscheduled.length).toBe(meetings.length);
      const again = scheduleMeetings({ ...g, meetings: meetings.map((m, i) => ({ ...m, current: first.placements[i] ?? null })) });
      expect(violations({ ...g, meetings }, again.placements)).toEqual([]);
      expect(again.scheduled).toBeGreaterThanOrEqual(first.scheduled);
      expect(again.placements).toEqual(first.placements);
    }
  });
});
