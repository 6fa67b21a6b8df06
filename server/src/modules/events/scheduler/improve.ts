// Local search on a schedule, every step keeping it valid:
//   - ejection chains: put an unplaced meeting into a slot by moving the meetings in its way (the
//     other meeting of either person in that slot, or any meeting when the tables are full) to other
//     slots, recursively, each moved meeting at most once per chain (Kempe-chain style recolouring);
//   - augmenting walks for the per-person cap (capacityPaths.ts);
//   - re-keeping: move a meeting back to its current slot when a chain allows it without losses;
//   - compaction: move meetings that are not kept to the earliest slot they fit.
import type { Board } from './board.js';
import { augmentByWalks } from './capacityPaths.js';
import { UNPLACED } from './board.js';

export interface ChainLimits {
  /** Meetings a chain may move, at most (its depth). */
  depth: number;
  /** Recursive calls one top-level attempt may make. */
  steps: number;
}

export class ChainSearch {
  private readonly locked: Uint8Array;
  private readonly lockedList: number[] = [];
  private steps = 0;
  /** Meetings already at their current slot may not be moved when this is set. */
  protectKept = false;

  constructor(
    private readonly board: Board,
    private readonly limits: ChainLimits,
  ) {
    this.locked = new Uint8Array(board.inst.meetings);
  }

  /** Tries to place unplaced meeting e, moving others but never unplacing them. */
  place(e: number, depth = this.limits.depth): boolean {
    this.steps = 0;
    const ok = this.insert(e, depth);
    this.unlockTo(0);
    return ok;
  }

  /** Tries to move placed meeting e to slot `to`, moving others but never unplacing them. */
  moveTo(e: number, to: number): boolean {
    const { board } = this;
    const mark = board.mark();
    board.set(e, UNPLACED);
    this.steps = 0;
    this.lock(e);
    const ok = this.insertInto(e, to, this.limits.depth);
    this.unlockTo(0);
    if (ok) return true;
    board.rollback(mark);
    return false;
  }

  private lock(e: number): void {
    this.locked[e] = 1;
    this.lockedList.push(e);
  }

  private unlockTo(length: number): void {
    while (this.lockedList.length > length) this.locked[this.lockedList.pop()!] = 0;
  }

  private movable(f: number, s: number): boolean {
    return !this.locked[f] && !(this.protectKept && this.board.inst.current[f] === s);
  }

  private insert(e: number, depth: number): boolean {
    const { board } = this;
    const { inst } = board;
    const first = inst.usableStart[e]!;
    const last = inst.usableStart[e + 1]!;
    const current = inst.current[e]!;
    if (current >= 0 && board.fits(e, current)) {
      board.set(e, current);
      return true;
    }
    for (let k = first; k < last; k++)
      if (board.fits(e, inst.usable[k]!)) {
        board.set(e, inst.usable[k]!);
        return true;
      }
    if (depth === 0) return false;
    const pa = inst.a[e]!;
    const pb = inst.b[e]!;
    if (board.load[pa]! >= inst.cap[pa]! || board.load[pb]! >= inst.cap[pb]!) return false;
    const lockMark = this.lockedList.length;
    this.lock(e);
    for (let k = first; k < last; k++) {
      if (this.insertInto(e, inst.usable[k]!, depth)) return true;
      if (this.steps > this.limits.steps) break;
    }
    this.unlockTo(lockMark);
    return false;
  }

  /** Puts e (unplaced, locked, caps checked) into slot s by moving what is in the way; false leaves all as it was. */
  private insertInto(e: number, s: number, depth: number): boolean {
    const { board } = this;
    const { inst } = board;
    if (++this.steps > this.limits.steps) return false;
    if (board.fits(e, s)) {
      board.set(e, s);
      return true;
    }
    if (depth === 0) return false;
    const S = inst.slots;
    const fa = board.busy[inst.a[e]! * S + s]!;
    const fb = board.busy[inst.b[e]! * S + s]!;
    if ((fa >= 0 && !this.movable(fa, s)) || (fb >= 0 && !this.movable(fb, s))) return false;
    const mark = board.mark();
    const lockMark = this.lockedList.length;
    if (fa >= 0 || fb >= 0) {
      const blockers = fa >= 0 && fb >= 0 && fa !== fb ? [fa, fb] : [Math.max(fa, fb)];
      for (const f of blockers) board.set(f, UNPLACED);
      board.set(e, s);
      if (blockers.every((f) => this.insert(f, depth - 1))) return true;
      board.rollback(mark);
      this.unlockTo(lockMark);
      return false;
    }
    // Both people are free: the tables are full. Move one meeting of this slot elsewhere, preferring one
    // that fits somewhere at once.
    const members = Array.from(board.slotMembers(s)).filter((g) => this.movable(g, s));
    members.sort((x, y) => inst.usableStart[y + 1]! - inst.usableStart[y]! - (inst.usableStart[x + 1]! - inst.usableStart[x]!));
    let tries = 0;
    for (const g of members) {
      board.set(g, UNPLACED);
      board.set(e, s);
      if (this.insert(g, tries < 2 ? depth - 1 : 0)) return true;
      board.rollback(mark);
      this.unlockTo(lockMark);
      tries++;
      if (this.steps > this.limits.steps) break;
    }
    return false;
  }
}

/** Rounds of chains and swaps over the unplaced meetings until none helps or `bound` is reached. */
export function augment(board: Board, bound: number, limits: ChainLimits, rounds = 3): void {
  const { inst } = board;
  const chains = new ChainSearch(board, limits);
  for (let round = 0; round < rounds && board.placed < bound; round++) {
    const before = board.placed;
    for (const e of inst.byAcceptance) {
      if (board.placed >= bound) break;
      if (board.slotOf[e] !== UNPLACED || inst.usableStart[e + 1] === inst.usableStart[e]) continue;
      chains.protectKept = true;
      if (chains.place(e)) continue;
      chains.protectKept = false;
      chains.place(e);
    }
    chains.protectKept = false;
    augmentByWalks(board, chains, bound, board.inst.meetings);
    if (board.placed === before) break;
  }
  board.commit();
}

/** Moves placed meetings back to their current slot where a chain allows it without moving kept ones. */
export function rekeep(board: Board, limits: ChainLimits): void {
  const { inst } = board;
  const chains = new ChainSearch(board, limits);
  chains.protectKept = true;
  for (const e of inst.byAcceptance) {
    const c = inst.current[e]!;
    if (c >= 0 && board.slotOf[e] !== UNPLACED && board.slotOf[e] !== c) chains.moveTo(e, c);
  }
  board.commit();
}

/** Moves every placed meeting that is not kept to its current slot or else the earliest slot it fits in (until stable). */
export function compact(board: Board): void {
  const { inst } = board;
  for (let changed = true; changed;) {
    changed = false;
    for (const e of inst.byAcceptance) {
      const s = board.slotOf[e]!;
      if (s === UNPLACED || s === inst.current[e]) continue;
      board.set(e, UNPLACED);
      // Its current slot, if it has become free, before any earlier one: keeping comes first.
      const c = inst.current[e]!;
      let to = c >= 0 && board.fits(e, c) ? c : s;
      for (let k = inst.usableStart[e]!; to === s && k < inst.usableStart[e + 1]! && inst.usable[k]! < s; k++)
        if (board.fits(e, inst.usable[k]!)) {
          to = inst.usable[k]!;
          break;
        }
      board.set(e, to);
      if (to !== s) changed = true;
    }
  }
  board.commit();
}
