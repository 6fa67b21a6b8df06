// Augmenting walks for the per-person cap (as in b-matching): when every unplaced meeting has a side
// at their cap, one more meeting needs a walk u —in→ v —out→ w —in→ … —in→ z that alternates an
// unplaced meeting and a placed one, from a person u below their cap to a person z below their cap.
// Swapping it (placed ones out, unplaced ones in) leaves every inner person's count unchanged and adds
// one meeting. The walk is found by breadth-first search over (person, parity); its incoming meetings
// then need slots, which the chain search finds (the outgoing ones freed some); otherwise it is undone.
// Walks that drop no kept meeting (one in its current slot) are tried first.
import type { Board } from './board.js';
import { UNPLACED } from './board.js';
import type { ChainSearch } from './improve.js';

/** One breadth-first search from person `start`; returns the walk's meetings (in, out, in, …) or null. */
function findWalk(board: Board, start: number, banned: Uint8Array, protectKept: boolean): number[] | null {
  const { inst } = board;
  const n = inst.people;
  // State 2p: at p, next meeting is unplaced; state 2p+1: at p via an unplaced meeting, next is placed.
  const via = new Int32Array(2 * n).fill(-1);
  const from = new Int32Array(2 * n).fill(-1);
  const seen = new Uint8Array(2 * n);
  const queue = [2 * start];
  seen[2 * start] = 1;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const p = state >> 1;
    const wantPlaced = (state & 1) === 1;
    for (let k = inst.personStart[p]!; k < inst.personStart[p + 1]!; k++) {
      const e = inst.personMeetings[k]!;
      if (banned[e] || (board.slotOf[e] !== UNPLACED) !== wantPlaced) continue;
      if (!wantPlaced && inst.usableStart[e + 1] === inst.usableStart[e]) continue;
      if (wantPlaced && protectKept && board.slotOf[e] === inst.current[e]) continue;
      const q = inst.a[e] === p ? inst.b[e]! : inst.a[e]!;
      const next = 2 * q + (wantPlaced ? 0 : 1);
      if (seen[next]) continue;
      seen[next] = 1;
      via[next] = e;
      from[next] = state;
      if (!wantPlaced && q !== start && board.load[q]! < inst.cap[q]!) {
        const walk: number[] = [];
        for (let s = next; s !== 2 * start; s = from[s]!) walk.push(via[s]!);
        walk.reverse();
        // A walk that uses a meeting twice would not keep counts; rare, and simply skipped.
        return new Set(walk).size === walk.length ? walk : null;
      }
      queue.push(next);
    }
  }
  return null;
}

/** Applies one augmenting walk from some person below their cap; true when a meeting was gained. */
function augmentOnce(board: Board, chains: ChainSearch, banned: Uint8Array, protectKept: boolean): boolean {
  const { inst } = board;
  for (let p = 0; p < inst.people; p++) {
    if (board.load[p]! >= inst.cap[p]!) continue;
    const walk = findWalk(board, p, banned, protectKept);
    if (!walk) continue;
    const mark = board.mark();
    for (let i = 1; i < walk.length; i += 2) board.set(walk[i]!, UNPLACED);
    let ok = true;
    for (let i = 0; i < walk.length && ok; i += 2) ok = chains.place(walk[i]!, 2);
    if (ok) return true;
    board.rollback(mark);
    // The walk's last meeting could not get a slot this way; do not try it again this round.
    banned[walk[walk.length - 1]!] = 1;
  }
  return false;
}

/** Augmenting walks until none is found, the bound is met, or `rounds` walks have been tried. */
export function augmentByWalks(board: Board, chains: ChainSearch, bound: number, rounds: number): void {
  const banned = new Uint8Array(board.inst.meetings);
  // Walks that leave kept meetings alone first, while there are any; then any walk, since one more
  // meeting placed is worth losing kept ones.
  let protectKept = true;
  let walks = 0;
  while (walks < rounds && board.placed < bound) {
    chains.protectKept = protectKept;
    if (augmentOnce(board, chains, banned, protectKept)) {
      walks++;
      continue;
    }
    if (!protectKept) break;
    protectKept = false;
    banned.fill(0);
  }
}
