// The scheduler's working form of an input: participants and meetings as dense indices, availability
// as a people × slots table, each meeting's usable slots (both people available) as a flat list.
import type { MeetingGrid, MeetingToSchedule } from './types.js';

export interface Instance {
  slots: number;
  tables: number;
  maxPerParticipant: number;
  people: number;
  meetings: number;
  /** Participant indices of each meeting's two sides. */
  a: Int32Array;
  b: Int32Array;
  /** Most meetings each person can have: min(M, slots they are available in). */
  cap: Int32Array;
  /** available[p * slots + s] = 1 when person p can meet in slot s. */
  available: Uint8Array;
  /** Slots meeting e can use: usable[usableStart[e] .. usableStart[e + 1]), ascending. */
  usableStart: Int32Array;
  usable: Int32Array;
  /** The slot each meeting can keep (its current slot, when usable), else -1. */
  current: Int32Array;
  /** Its current table (1..T) when it has one in range, else 0 (kept even when the slot is not). */
  currentTable: Int32Array;
  /** Meeting indices in acceptance order, and each meeting's position in it. */
  byAcceptance: Int32Array;
  rank: Int32Array;
  /** Meetings of each person: personMeetings[personStart[p] .. personStart[p + 1]). */
  personStart: Int32Array;
  personMeetings: Int32Array;
}

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

export function validateGrid(grid: MeetingGrid): void {
  requireCount('slots', grid.slots);
  requireCount('tables', grid.tables);
  requireCount('maxPerParticipant', grid.maxPerParticipant);
}

/** Slot indices of `unavailable` that lie inside the grid (others are ignored: hours may have shrunk). */
export function unavailableSlots(grid: MeetingGrid, participantId: string): readonly number[] {
  const list = grid.unavailable?.[participantId] ?? [];
  return list.filter((s) => Number.isInteger(s) && s >= 0 && s < grid.slots);
}

export function buildInstance(grid: MeetingGrid, meetings: readonly MeetingToSchedule[]): Instance {
  validateGrid(grid);
  const S = grid.slots;
  const E = meetings.length;
  const personIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let p = personIndex.get(id);
    if (p === undefined) {
      p = personIndex.size;
      personIndex.set(id, p);
    }
    return p;
  };
  const a = new Int32Array(E);
  const b = new Int32Array(E);
  const ids = new Set<string>();
  meetings.forEach((m, e) => {
    if (ids.has(m.id)) throw new RangeError(`meeting ${m.id} appears twice`);
    ids.add(m.id);
    if (m.requesterId === m.inviteeId) throw new RangeError(`meeting ${m.id} has the same participant on both sides`);
    a[e] = indexOf(m.requesterId);
    b[e] = indexOf(m.inviteeId);
  });
  const people = personIndex.size;

  const available = new Uint8Array(people * S).fill(1);
  for (const [id, p] of personIndex) for (const s of unavailableSlots(grid, id)) available[p * S + s] = 0;
  const cap = new Int32Array(people);
  for (let p = 0; p < people; p++) {
    let free = 0;
    for (let s = 0; s < S; s++) free += available[p * S + s]!;
    cap[p] = Math.min(grid.maxPerParticipant, free);
  }

  const usableStart = new Int32Array(E + 1);
  const usableList: number[] = [];
  const current = new Int32Array(E).fill(-1);
  const currentTable = new Int32Array(E);
  for (let e = 0; e < E; e++) {
    usableStart[e] = usableList.length;
    const pa = a[e]! * S;
    const pb = b[e]! * S;
    if (grid.tables > 0 && cap[a[e]!]! > 0 && cap[b[e]!]! > 0)
      for (let s = 0; s < S; s++) if (available[pa + s] && available[pb + s]) usableList.push(s);
    const at = meetings[e]!.current;
    if (at && Number.isInteger(at.slot) && at.slot >= 0 && at.slot < S && available[pa + at.slot] && available[pb + at.slot])
      current[e] = grid.tables > 0 && cap[a[e]!]! > 0 && cap[b[e]!]! > 0 ? at.slot : -1;
    if (at && Number.isInteger(at.table) && at.table >= 1 && at.table <= grid.tables) currentTable[e] = at.table;
  }
  usableStart[E] = usableList.length;

  const byAcceptance = Int32Array.from(
    meetings
      .map((m, e) => ({ e, at: m.acceptedAt ?? Number.POSITIVE_INFINITY }))
      .sort((x, y) => (x.at === y.at ? x.e - y.e : x.at < y.at ? -1 : 1))
      .map((x) => x.e),
  );
  const rank = new Int32Array(E);
  byAcceptance.forEach((e, i) => (rank[e] = i));

  const personStart = new Int32Array(people + 1);
  for (let e = 0; e < E; e++) {
    personStart[a[e]! + 1]!++;
    personStart[b[e]! + 1]!++;
  }
  for (let p = 0; p < people; p++) personStart[p + 1]! += personStart[p]!;
  const fill = personStart.slice(0, people);
  const personMeetings = new Int32Array(2 * E);
  for (const e of byAcceptance) {
    personMeetings[fill[a[e]!]!++] = e;
    personMeetings[fill[b[e]!]!++] = e;
  }

  return {
    slots: S,
    tables: grid.tables,
    maxPerParticipant: grid.maxPerParticipant,
    people,
    meetings: E,
    a,
    b,
    cap,
    available,
    usableStart,
    usable: Int32Array.from(usableList),
    current,
    currentTable,
    byAcceptance,
    rank,
    personStart,
    personMeetings,
  };
}

export function usableCount(inst: Instance, e: number): number {
  return inst.usableStart[e + 1]! - inst.usableStart[e]!;
}
