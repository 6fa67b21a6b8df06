// Ways to build a first schedule: keep meetings where they are, first come first served, and one
// slot at a time as a matching that serves the most urgent people first.
import { BlossomMatcher, graphFromPairs } from './blossom.js';
import type { Board } from './board.js';
import { UNPLACED } from './board.js';

/** Every meeting that can stay in its current slot stays, in acceptance order. */
export function keepCurrentSlots(board: Board): void {
  const { inst } = board;
  for (const e of inst.byAcceptance) {
    const s = inst.current[e]!;
    if (s >= 0 && board.slotOf[e] === UNPLACED && board.fits(e, s)) board.set(e, s);
  }
  board.commit();
}

/** The earliest slot where meeting e fits, or -1. */
export function earliestFit(board: Board, e: number): number {
  const { inst } = board;
  for (let k = inst.usableStart[e]!; k < inst.usableStart[e + 1]!; k++) if (board.fits(e, inst.usable[k]!)) return inst.usable[k]!;
  return -1;
}

/** Each unplaced meeting, in acceptance order, into the earliest slot where both people and a table are free. */
export function firstComeFirstServed(board: Board): void {
  for (const e of board.inst.byAcceptance) {
    if (board.slotOf[e] !== UNPLACED) continue;
    const s = earliestFit(board, e);
    if (s !== -1) board.set(e, s);
  }
  board.commit();
}

/**
 * How pressing it is to seat each person in slot s or later: the meetings they can still get
 * (capacity left, meetings open with someone who has capacity left) over the free slots they have left.
 * 1 means they must meet in every remaining slot.
 */
function urgencies(board: Board, from: number): Float64Array {
  const { inst } = board;
  const S = inst.slots;
  const open = new Int32Array(inst.people);
  for (let e = 0; e < inst.meetings; e++) {
    if (board.slotOf[e] !== UNPLACED) continue;
    const pa = inst.a[e]!;
    const pb = inst.b[e]!;
    if (board.load[pa]! >= inst.cap[pa]! || board.load[pb]! >= inst.cap[pb]!) continue;
    if (inst.usableStart[e + 1] === inst.usableStart[e] || inst.usable[inst.usableStart[e + 1]! - 1]! < from) continue;
    open[pa]!++;
    open[pb]!++;
  }
  const urgency = new Float64Array(inst.people);
  for (let p = 0; p < inst.people; p++) {
    const need = Math.min(inst.cap[p]! - board.load[p]!, open[p]!);
    if (need <= 0) continue;
    let free = 0;
    for (let s = from; s < S; s++) if (inst.available[p * S + s] && board.busy[p * S + s] === -1) free++;
    urgency[p] = free > 0 ? need / free : 0;
  }
  return urgency;
}

/**
 * Fills slots 0..S−1 in turn with the unplaced meetings that fit: greedily by the urgency of their two
 * people (plus `keepBonus` for a meeting's current slot), then grown by blossom augmenting paths while
 * tables remain, so the people chosen first stay seated.
 */
export function fillBySlotMatchings(board: Board, keepBonus: number): void {
  const { inst } = board;
  const E = inst.meetings;
  for (let s = 0; s < inst.slots; s++) {
    if (board.used[s]! >= inst.tables) continue;
    const urgency = urgencies(board, s);
    const weight = new Float64Array(E);
    const candidates: number[] = [];
    for (let e = 0; e < E; e++) {
      if (board.slotOf[e] !== UNPLACED || !board.fits(e, s)) continue;
      candidates.push(e);
      // Earlier acceptance breaks ties (a tiny share of the weight).
      weight[e] = urgency[inst.a[e]!]! + urgency[inst.b[e]!]! + (inst.current[e] === s ? keepBonus : 0) - inst.rank[e]! / (E * 1e3);
    }
    if (candidates.length === 0) continue;
    candidates.sort((x, y) => weight[y]! - weight[x]!);
    const chosen: number[] = [];
    for (const e of candidates) {
      if (board.used[s]! >= inst.tables) break;
      if (board.fits(e, s)) {
        board.set(e, s);
        chosen.push(e);
      }
    }
    if (board.used[s]! < inst.tables) growSlot(board, s, candidates, chosen, weight, urgency);
  }
  board.commit();
}

/** Adds meetings to slot s by augmenting paths over the candidate meetings, up to the table count. */
function growSlot(board: Board, s: number, candidates: number[], chosen: number[], weight: Float64Array, urgency: Float64Array): void {
  const { inst } = board;
  const n = inst.people;
  // The best candidate meeting for each pair of people, and the pair graph.
  const best = new Map<number, number>();
  const pairs: [number, number][] = [];
  for (const e of candidates) {
    const u = Math.min(inst.a[e]!, inst.b[e]!);
    const v = Math.max(inst.a[e]!, inst.b[e]!);
    const key = u * n + v;
    const known = best.get(key);
    if (known === undefined) pairs.push([u, v]);
    if (known === undefined || weight[e]! > weight[known]!) best.set(key, e);
  }
  const graph = graphFromPairs(n, pairs);
  const mate = new Int32Array(n).fill(-1);
  for (const e of chosen) {
    mate[inst.a[e]!] = inst.b[e]!;
    mate[inst.b[e]!] = inst.a[e]!;
  }
  const before = chosen.length;
  const roots = Array.from(new Set(pairs.flat())).sort((x, y) => urgency[y]! - urgency[x]!);
  const limit = before + inst.tables - board.used[s]!;
  const size = new BlossomMatcher(graph).grow(mate, roots, limit);
  if (size === before) return;
  for (const e of chosen) board.set(e, UNPLACED);
  for (let u = 0; u < n; u++) {
    const v = mate[u]!;
    if (v > u) board.set(best.get(u * n + v)!, s);
  }
}
