// The scheduler against an independent brute force on hundreds of small random instances (seeded, so
// a failure reproduces): the brute force enumerates every assignment of each meeting to a slot or to
// nothing, and knows nothing of the solver's bounds, chains or search.
import { mulberry32 } from '@ketnoi/seeds/generator/prng';
import { describe, expect, it } from 'vitest';
import type { MeetingToSchedule, ScheduleInput } from './scheduler.js';
import { placeFirstComeFirstServed, scheduleMeetings, scheduleViolations } from './scheduler.js';
import { branchAndBound } from './scheduler/exact.js';
import { buildInstance } from './scheduler/instance.js';
import { assignTables } from './scheduler/tables.js';

type Random = () => number;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Best (placed, kept-in-current-slot), lexicographically, over every valid assignment. */
function bruteForce(input: ScheduleInput): { placed: number; kept: number } {
  const { slots, tables, maxPerParticipant: max, meetings } = input;
  const busy = new Set<string>();
  const perSlot = new Array<number>(slots).fill(0);
  const load = new Map<string, number>();
  let best = { placed: 0, kept: 0 };
  const canMeet = (person: string, slot: number) =>
    !busy.has(`${person}@${slot}`) && !(input.unavailable?.[person] ?? []).includes(slot) && (load.get(person) ?? 0) < max;
  const walk = (i: number, placed: number, kept: number) => {
    if (i === meetings.length) {
      if (placed > best.placed || (placed === best.placed && kept > best.kept)) best = { placed, kept };
      return;
    }
    const m = meetings[i]!;
    walk(i + 1, placed, kept);
    for (let slot = 0; slot < slots; slot++) {
      if (perSlot[slot]! >= tables || !canMeet(m.requesterId, slot) || !canMeet(m.inviteeId, slot)) continue;
      const people = [m.requesterId, m.inviteeId];
      for (const p of people) {
        busy.add(`${p}@${slot}`);
        load.set(p, (load.get(p) ?? 0) + 1);
      }
      perSlot[slot]!++;
      walk(i + 1, placed + 1, kept + (m.current?.slot === slot ? 1 : 0));
      perSlot[slot]!--;
      for (const p of people) {
        busy.delete(`${p}@${slot}`);
        load.set(p, load.get(p)! - 1);
      }
    }
  };
  walk(0, 0, 0);
  return best;
}

type Range = [min: number, max: number];

/** How large a random instance is, and how untidy. */
interface InstanceShape {
  counts: Record<'slots' | 'tables' | 'people' | 'meetings' | 'maxPerParticipant', Range>;
  /** Three people in ten are unavailable in some slots: each slot with this chance. */
  unavailableSlot: number;
  /** The chance that a meeting already sits somewhere. */
  alreadyPlaced: number;
  /** Meetings may sit out of range (the hours or tables shrank) and acceptance times tie and come in any order. */
  untidy: boolean;
}

/** Small enough for the brute force. */
const SMALL: InstanceShape = {
  counts: { slots: [1, 4], tables: [1, 3], people: [2, 8], meetings: [0, 12], maxPerParticipant: [1, 3] },
  unavailableSlot: 0.4,
  alreadyPlaced: 0.5,
  untidy: true,
};
const MEDIUM: InstanceShape = {
  counts: { slots: [3, 8], tables: [2, 6], people: [10, 24], meetings: [20, 60], maxPerParticipant: [2, 5] },
  unavailableSlot: 0.3,
  alreadyPlaced: 0.4,
  untidy: false,
};

function randomInstance(random: Random, shape: InstanceShape): ScheduleInput {
  const draw = (count: keyof InstanceShape['counts']) => int(random, ...shape.counts[count]);
  const slots = draw('slots');
  const tables = draw('tables');
  const people = Array.from({ length: draw('people') }, (_, i) => `p${i}`);
  const unavailable: Record<string, number[]> = {};
  for (const p of people)
    if (random() < 0.3) unavailable[p] = Array.from({ length: slots }, (_, s) => s).filter(() => random() < shape.unavailableSlot);
  const beyond = shape.untidy ? 1 : 0; // one slot and one table past the last
  const meetings: MeetingToSchedule[] = Array.from({ length: draw('meetings') }, (_, i) => {
    const x = int(random, 0, people.length - 1);
    const y = (x + int(random, 1, people.length - 1)) % people.length;
    const current =
      random() < shape.alreadyPlaced ? { slot: int(random, 0, slots - 1 + beyond), table: int(random, 1, tables + beyond) } : null;
    const acceptedAt = shape.untidy ? int(random, 0, 5) : i;
    return { id: `m${i}`, requesterId: people[x]!, inviteeId: people[y]!, acceptedAt, current };
  });
  return { slots, tables, maxPerParticipant: draw('maxPerParticipant'), unavailable, meetings };
}

/** Checks `count` instances of `shape` drawn from `seed`; the label names the instance in a failure. */
function forEachRandomInstance(seed: number, count: number, shape: InstanceShape, check: (input: ScheduleInput, label: string) => void) {
  const random = mulberry32(seed);
  for (let k = 0; k < count; k++) {
    const input = randomInstance(random, shape);
    check(input, `instance ${k}: ${JSON.stringify(input)}`);
  }
}

describe('meeting scheduler against brute force', () => {
  it('places as many meetings as the brute-force optimum, and keeps as many in place, on 400 random instances', () => {
    let withGap = 0;
    forEachRandomInstance(20261206, 400, SMALL, (input, label) => {
      const optimum = bruteForce(input);
      const result = scheduleMeetings(input);
      expect(scheduleViolations(input, input.meetings, result.placements), label).toEqual([]);
      expect(result.provenOptimal, label).toBe(true);
      expect({ placed: result.scheduled, kept: result.keptSlot }, label).toEqual(optimum);
      expect(result.placements.filter(Boolean)).toHaveLength(result.scheduled);
      expect(result.unscheduled).toEqual(input.meetings.filter((_, i) => !result.placements[i]).map((m) => m.id));
      expect(result.upperBound, label).toBeGreaterThanOrEqual(optimum.placed);
      expect(result.keptUpperBound, label).toBeGreaterThanOrEqual(optimum.kept);
      const greedy = placeFirstComeFirstServed(input);
      expect(scheduleViolations(input, input.meetings, greedy.placements), label).toEqual([]);
      expect(greedy.scheduled, label).toBeLessThanOrEqual(optimum.placed);
      if (greedy.scheduled < optimum.placed) withGap++;
    });
    // The instances are not all easy: first come first served misses the optimum on a fair share.
    expect(withGap).toBeGreaterThan(20);
  });

  it('without the exact search, still returns valid schedules at least as large as greedy, and claims optimality only when true', () => {
    let claimed = 0;
    forEachRandomInstance(77, 300, SMALL, (input, label) => {
      const optimum = bruteForce(input);
      const result = scheduleMeetings(input, { exactUpTo: 0 });
      expect(scheduleViolations(input, input.meetings, result.placements), label).toEqual([]);
      expect(result.nodes).toBe(0);
      expect(result.scheduled, label).toBeGreaterThanOrEqual(placeFirstComeFirstServed(input).scheduled);
      expect(result.scheduled, label).toBeLessThanOrEqual(optimum.placed);
      if (result.scheduledProvenOptimal) expect(result.scheduled, label).toBe(optimum.placed);
      if (result.provenOptimal) {
        claimed++;
        expect({ placed: result.scheduled, kept: result.keptSlot }, label).toEqual(optimum);
      }
    });
    expect(claimed).toBeGreaterThan(100);
  });
});

describe('exact branch and bound on its own', () => {
  it('from an empty incumbent, finds the brute-force optimum of 400 random instances and knows it', () => {
    // Most instances above never reach the search (the heuristic meets the bounds); here it does all the work.
    forEachRandomInstance(99, 400, SMALL, (input, label) => {
      const optimum = bruteForce(input);
      const inst = buildInstance(input, input.meetings);
      const exact = branchAndBound(inst, 0, 0, 1_000_000);
      expect(exact.complete, label).toBe(true);
      if (!exact.slots) {
        // Nothing beats the empty schedule: the optimum is empty too.
        expect(optimum, label).toEqual({ placed: 0, kept: 0 });
        return;
      }
      const placements = assignTables(inst, exact.slots);
      expect(scheduleViolations(input, input.meetings, placements), label).toEqual([]);
      const placed = placements.filter(Boolean).length;
      const kept = placements.filter((p, i) => p && p.slot === input.meetings[i]!.current?.slot).length;
      expect({ placed, kept }, label).toEqual(optimum);
    });
  });
});

describe('meeting scheduler on medium instances (beyond brute force)', () => {
  it('the exact search proves most optimal within its budget, and the heuristic never claims more than it', () => {
    let proven = 0;
    const instances = 30;
    forEachRandomInstance(4242, instances, MEDIUM, (input, label) => {
      const exact = scheduleMeetings(input, { nodeBudget: 150_000 });
      const heuristic = scheduleMeetings(input, { exactUpTo: 0 });
      for (const result of [exact, heuristic]) {
        expect(scheduleViolations(input, input.meetings, result.placements), label).toEqual([]);
        expect(result.scheduled, label).toBeLessThanOrEqual(result.upperBound);
        expect(result.scheduled, label).toBeGreaterThanOrEqual(placeFirstComeFirstServed(input).scheduled);
      }
      // The search starts from the heuristic's schedule and only ever replaces it with a better one.
      expect(exact.scheduled * 1000 + exact.keptSlot, label).toBeGreaterThanOrEqual(heuristic.scheduled * 1000 + heuristic.keptSlot);
      if (exact.scheduledProvenOptimal && heuristic.scheduledProvenOptimal) expect(heuristic.scheduled, label).toBe(exact.scheduled);
      if (exact.provenOptimal) {
        proven++;
        if (heuristic.provenOptimal) expect(heuristic.keptSlot, label).toBe(exact.keptSlot);
      }
    });
    expect(proven).toBeGreaterThanOrEqual(instances * 0.75);
  });
});
