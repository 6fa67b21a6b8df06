// One-to-one meetings at an event: placing accepted meetings into slots and tables (issue 16).
// Pure functions, no I/O; the events module maps its documents to these inputs.
//
// The problem is maximum capacitated edge colouring (NP-hard): people are vertices, meetings edges,
// slots colours with at most `tables` edges each, every person in at most one meeting per slot and
// at most `maxPerParticipant` in all. The objective is lexicographic: (1) the most meetings placed,
// (2) among those the most kept in the slot they already had, (3) earlier slots and unchanged tables.
// `scheduleMeetings` builds several schedules (keep-then-fill, per-slot blossom matchings by urgency,
// first come first served), improves each by ejection chains and augmenting walks for the cap,
// keeps the best, and proves it optimal when it meets the upper bounds; otherwise (for instances up
// to `exactUpTo` meetings) a branch and bound proves or improves it within `nodeBudget`.
// Optimality claims cover (1) and (2); (3) is a preference applied by compaction and table choice.
import { Board, compareBoards, UNPLACED } from './scheduler/board.js';
import { upperBounds } from './scheduler/bounds.js';
import { fillBySlotMatchings, firstComeFirstServed, keepCurrentSlots } from './scheduler/construct.js';
import { branchAndBound, EXACT_MAX_SLOTS } from './scheduler/exact.js';
import { augment, compact, rekeep } from './scheduler/improve.js';
import type { Instance } from './scheduler/instance.js';
import { buildInstance, unavailableSlots, usableCount, validateGrid } from './scheduler/instance.js';
import { assignTables } from './scheduler/tables.js';
import type {
  GreedyResult,
  MeetingGrid,
  MeetingToSchedule,
  PlacedMeeting,
  ScheduleInput,
  ScheduleOptions,
  ScheduleResult,
  SlotPlacement,
} from './scheduler/types.js';

export type * from './scheduler/types.js';
export { scheduleViolations } from './scheduler/check.js';
export { slotCount, slotIndexAt, slotTimes } from './scheduler/slotGrid.js';
export type { MeetingHours } from './scheduler/slotGrid.js';

/** About half a second of search on the reference machine at 150 meetings. */
export const DEFAULT_NODE_BUDGET = 100_000;
export const DEFAULT_EXACT_UP_TO = 160;
/** Chain depth and effort per attempt: enough to move two or three meetings out of the way. */
const CHAIN_LIMITS = { depth: 3, steps: 400 };
/** Weight of "this is the meeting's current slot" against the urgency of its two people (each ≤ 1). */
const KEEP_BONUS = 0.5;

function candidateSchedules(inst: Instance): Board[] {
  const keepThenMatch = new Board(inst);
  keepCurrentSlots(keepThenMatch);
  fillBySlotMatchings(keepThenMatch, KEEP_BONUS);
  const match = new Board(inst);
  fillBySlotMatchings(match, KEEP_BONUS);
  const keepThenGreedy = new Board(inst);
  keepCurrentSlots(keepThenGreedy);
  firstComeFirstServed(keepThenGreedy);
  // Plain first come first served is a candidate too, so the result is never below the greedy baseline.
  const greedy = new Board(inst);
  firstComeFirstServed(greedy);
  return [keepThenMatch, match, keepThenGreedy, greedy];
}

export function scheduleMeetings(input: ScheduleInput, options: ScheduleOptions = {}): ScheduleResult {
  const inst = buildInstance(input, input.meetings);
  const bounds = upperBounds(inst);
  let best: Board | null = null;
  for (const board of candidateSchedules(inst)) {
    if (board.placed < bounds.placed) augment(board, bounds.placed, CHAIN_LIMITS);
    rekeep(board, CHAIN_LIMITS);
    if (!best || compareBoards(board, best) > 0) best = board;
    if (best.placed === bounds.placed && best.kept === bounds.kept) break;
  }
  const board = best ?? new Board(inst);

  let method: ScheduleResult['method'] = board.placed === bounds.placed && board.kept === bounds.kept ? 'bounds' : 'heuristic';
  let scheduledProven = board.placed === bounds.placed;
  let nodes = 0;
  let schedulable = 0;
  for (let e = 0; e < inst.meetings; e++) if (usableCount(inst, e) > 0) schedulable++;
  if (method === 'heuristic' && inst.slots <= EXACT_MAX_SLOTS && schedulable <= (options.exactUpTo ?? DEFAULT_EXACT_UP_TO)) {
    const exact = branchAndBound(inst, board.placed, board.kept, options.nodeBudget ?? DEFAULT_NODE_BUDGET);
    nodes = exact.nodes;
    if (exact.slots) {
      for (let e = 0; e < inst.meetings; e++) board.set(e, UNPLACED);
      exact.slots.forEach((s, e) => s !== UNPLACED && board.set(e, s));
      board.commit();
    }
    if (exact.complete) {
      method = 'exact';
      scheduledProven = true;
    }
  }
  compact(board);

  const placements = assignTables(inst, board.slotOf);
  let keptTable = 0;
  placements.forEach((at, e) => {
    const was = input.meetings[e]!.current;
    if (at && was && at.slot === was.slot && at.table === was.table) keptTable++;
  });
  return {
    placements,
    scheduled: board.placed,
    unscheduled: input.meetings.filter((_, e) => placements[e] === null).map((m) => m.id),
    keptSlot: board.kept,
    keptTable,
    upperBound: bounds.placed,
    keptUpperBound: bounds.kept,
    scheduledProvenOptimal: scheduledProven,
    provenOptimal: method !== 'heuristic',
    method,
    nodes,
  };
}

/**
 * First come first served: every meeting in acceptance order into the earliest slot where both people
 * and a table are free (lowest free table), respecting `maxPerParticipant`. Current placements are ignored.
 * The accept-time rule applied to all meetings in turn; the benchmark's greedy baseline.
 */
export function placeFirstComeFirstServed(input: ScheduleInput): GreedyResult {
  const inst = buildInstance(
    input,
    input.meetings.map((m) => ({ ...m, current: null })),
  );
  const board = new Board(inst);
  firstComeFirstServed(board);
  const placements = assignTables(inst, board.slotOf);
  return {
    placements,
    scheduled: board.placed,
    unscheduled: input.meetings.filter((_, e) => placements[e] === null).map((m) => m.id),
  };
}

/**
 * Where one newly accepted meeting goes: the earliest slot where both people are available and free,
 * both have fewer than `maxPerParticipant` placed meetings, and a table is free (the lowest one).
 * `placed` are the event's other meetings with their placements; slots before `firstSlot` (those that have begun) are
 * skipped. Null when no slot qualifies.
 */
export function findEarliestPlacement(
  grid: MeetingGrid,
  placed: readonly PlacedMeeting[],
  meeting: Pick<MeetingToSchedule, 'requesterId' | 'inviteeId'>,
  firstSlot = 0,
): SlotPlacement | null {
  validateGrid(grid);
  if (meeting.requesterId === meeting.inviteeId) throw new RangeError('a meeting needs two different participants');
  const people = [meeting.requesterId, meeting.inviteeId];
  const busy = new Set<string>();
  const tableTaken = new Set<string>();
  const load = new Map<string, number>();
  for (const m of placed) {
    for (const person of [m.requesterId, m.inviteeId]) {
      busy.add(`${person}@${m.placement.slot}`);
      load.set(person, (load.get(person) ?? 0) + 1);
    }
    tableTaken.add(`${m.placement.slot}/${m.placement.table}`);
  }
  if (people.some((p) => (load.get(p) ?? 0) >= grid.maxPerParticipant)) return null;
  const blocked = new Set(people.flatMap((p) => unavailableSlots(grid, p)));
  for (let slot = Math.max(0, firstSlot); slot < grid.slots; slot++) {
    if (blocked.has(slot) || people.some((p) => busy.has(`${p}@${slot}`))) continue;
    for (let table = 1; table <= grid.tables; table++) if (!tableTaken.has(`${slot}/${table}`)) return { slot, table };
  }
  return null;
}
