// Augmenting walks for the per-person cap (as in b-matching): when every unplaced meeting has a side
// at their cap, one more meeting needs a walk u —in→ v —out→ w —in→ … —in→ z that alternates an
// unplaced meeting and a placed one, from a person u below their cap to a person z below their cap.
// Swapping it (placed ones out, unplaced ones in) leaves every inner person's count unchanged and adds
// one meeting. Walks are searched from one start at a time over (person, parity) states as a 0-1
// breadth-first search: dropping a kept meeting (one in its current slot) costs 1, anything else 0,
// and walks that cost nothing are tried from every start before any that cost something. The walk's
// incoming meetings then need slots, which the chain search finds (the outgoing ones freed some);
// otherwise it is undone and its last meeting is not tried again in this pass.
import type { Board } from './board.js';
import { UNPLACED } from './board.js';
import type { ChainSearch } from './improve.js';

/** The cheapest walk from `start` (meetings in, out, in, …, in), or null; `maxCost` caps kept meetings dropped. */
function findWalk(board: Board, start: number, banned: Uint8Array, maxCost: number): number[] | null {
  const { inst } = board;
  const n = inst.people;
  // State 2p: at p, next meeting is unplaced; state 2p+1: at p via an unplaced meeting, next is placed.
  const cost = new Int32Array(2 * n).fill(-1);
  const via = new Int32Array(2 * n).fill(-1);
  const from = new Int32Array(2 * n).fill(-1);
  const done = new Uint8Array(2 * n);
  // One first-in-first-out queue per cost: the cheapest walks first and, among them, the shortest.
  const levels: number[][] = [[2 * start]];
  cost[2 * start] = 0;
  for (let level = 0; level < levels.length; level++) {
    // The queue of this level grows while it is read (steps that cost nothing).
    const queue = levels[level]!;
    for (let i = 0; i < queue.length; i++) {
      const state = queue[i]!;
      if (done[state] || cost[state] !== level) continue;
      done[state] = 1;
      const p = state >> 1;
      const wantPlaced = (state & 1) === 1;
      for (let k = inst.personStart[p]!; k < inst.personStart[p + 1]!; k++) {
        const e = inst.personMeetings[k]!;
        const placed = board.slotOf[e] !== UNPLACED;
        if (banned[e] || placed !== wantPlaced) continue;
        if (!placed && inst.usableStart[e + 1] === inst.usableStart[e]) continue;
        const q = inst.a[e] === p ? inst.b[e]! : inst.a[e]!;
        if (!placed && board.load[q]! < inst.cap[q]! && (q !== start || board.load[q]! + 2 <= inst.cap[q]!)) {
          // The end: states leave the queues cheapest first and this step costs 0, so no walk is cheaper.
          const walk = [e];
          for (let s = state; from[s] !== -1; s = from[s]!) walk.push(via[s]!);
          walk.reverse();
          // A walk that uses a meeting twice would not keep counts; rare, and simply skipped.
          return new Set(walk).size === walk.length ? walk : null;
        }
        const next = 2 * q + (wantPlaced ? 0 : 1);
        const step = placed && board.slotOf[e] === inst.current[e] ? 1 : 0;
        const reached = cost[state]! + step;
        if (done[next] || reached > maxCost || (cost[next] !== -1 && cost[next]! <= reached)) continue;
        cost[next] = reached;
        via[next] = e;
        from[next] = state;
        (levels[reached] ??= []).push(next);
      }
    }
  }
  return null;
}

/** Applies one walk from some person below their cap; true when a meeting was gained. */
function augmentOnce(board: Board, chains: ChainSearch, banned: Uint8Array, maxCost: number): boolean {
  const { inst } = board;
  for (let p = 0; p < inst.people; p++) {
    if (board.load[p]! >= inst.cap[p]!) continue;
    const walk = findWalk(board, p, banned, maxCost);
    if (!walk) continue;
    const mark = board.mark();
    for (let i = 1; i < walk.length; i += 2) board.set(walk[i]!, UNPLACED);
    let ok = true;
    for (let i = 0; i < walk.length && ok; i += 2) ok = chains.place(walk[i]!, 2);
    if (ok) return true;
    board.rollback(mark);
    banned[walk[walk.length - 1]!] = 1;
  }
  return false;
}

/** Walks until none is found, the bound is met, or `rounds` walks were applied. */
export function augmentByWalks(board: Board, chains: ChainSearch, bound: number, rounds: number): void {
  const banned = new Uint8Array(board.inst.meetings);
  // Walks that drop no kept meeting while there are any (chains may not move kept ones either); then
  // the cheapest walks, since one more meeting placed is worth losing kept ones.
  let free = true;
  let walks = 0;
  while (walks < rounds && board.placed < bound) {
    chains.protectKept = free;
    if (augmentOnce(board, chains, banned, free ? 0 : board.inst.meetings)) {
      walks++;
      continue;
    }
    if (!free) break;
    free = false;
    banned.fill(0);
  }
}
