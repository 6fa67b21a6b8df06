// A schedule under construction: which slot each meeting is in, who is busy when, how full each slot
// is, with a journal so a chain of tentative moves can be undone in one step.
import type { Instance } from './instance.js';

export const UNPLACED = -1;

export class Board {
  readonly slotOf: Int32Array;
  /** busy[p * slots + s] = the meeting person p is in at slot s, or -1. */
  readonly busy: Int32Array;
  readonly load: Int32Array;
  readonly used: Int32Array;
  /** Meetings in each slot: members[s * width + i] for i < used[s]; position[e] is e's index there. */
  private readonly members: Int32Array;
  private readonly position: Int32Array;
  private readonly width: number;
  placed = 0;
  kept = 0;
  /** Pairs (meeting, slot it had before the change), newest last. */
  private readonly journal: number[] = [];

  constructor(readonly inst: Instance) {
    this.slotOf = new Int32Array(inst.meetings).fill(UNPLACED);
    this.busy = new Int32Array(inst.people * inst.slots).fill(-1);
    this.load = new Int32Array(inst.people);
    this.used = new Int32Array(inst.slots);
    this.width = Math.max(1, Math.min(inst.tables, inst.meetings));
    this.members = new Int32Array(inst.slots * this.width);
    this.position = new Int32Array(inst.meetings);
  }

  copyFrom(other: Board): void {
    for (let e = 0; e < this.inst.meetings; e++) if (this.slotOf[e] !== UNPLACED) this.set(e, UNPLACED);
    for (let e = 0; e < this.inst.meetings; e++) if (other.slotOf[e] !== UNPLACED) this.set(e, other.slotOf[e]!);
    this.journal.length = 0;
  }

  /** Whether meeting e (unplaced) fits in slot s as things stand: usable, both free, a table and capacity left. */
  fits(e: number, s: number): boolean {
    const { inst } = this;
    const pa = inst.a[e]!;
    const pb = inst.b[e]!;
    const S = inst.slots;
    return (
      this.used[s]! < inst.tables &&
      this.busy[pa * S + s] === -1 &&
      this.busy[pb * S + s] === -1 &&
      this.load[pa]! < inst.cap[pa]! &&
      this.load[pb]! < inst.cap[pb]! &&
      inst.available[pa * S + s] === 1 &&
      inst.available[pb * S + s] === 1
    );
  }

  /** Moves meeting e to slot s (or UNPLACED), recording the change. No checks: callers check first. */
  set(e: number, s: number): void {
    const from = this.slotOf[e]!;
    if (from === s) return;
    this.journal.push(e, from);
    if (from !== UNPLACED) this.leave(e, from);
    if (s !== UNPLACED) this.enter(e, s);
  }

  private leave(e: number, s: number): void {
    const { inst } = this;
    const S = inst.slots;
    this.busy[inst.a[e]! * S + s] = -1;
    this.busy[inst.b[e]! * S + s] = -1;
    this.load[inst.a[e]!]!--;
    this.load[inst.b[e]!]!--;
    const last = this.members[s * this.width + this.used[s]! - 1]!;
    const at = this.position[e]!;
    this.members[s * this.width + at] = last;
    this.position[last] = at;
    this.used[s]!--;
    this.placed--;
    if (inst.current[e] === s) this.kept--;
    this.slotOf[e] = UNPLACED;
  }

  private enter(e: number, s: number): void {
    const { inst } = this;
    const S = inst.slots;
    this.busy[inst.a[e]! * S + s] = e;
    this.busy[inst.b[e]! * S + s] = e;
    this.load[inst.a[e]!]!++;
    this.load[inst.b[e]!]!++;
    this.position[e] = this.used[s]!;
    this.members[s * this.width + this.used[s]!] = e;
    this.used[s]!++;
    this.placed++;
    if (inst.current[e] === s) this.kept++;
    this.slotOf[e] = s;
  }

  /** The meetings in slot s (a view: valid until the next change). */
  slotMembers(s: number): Int32Array {
    return this.members.subarray(s * this.width, s * this.width + this.used[s]!);
  }

  mark(): number {
    return this.journal.length;
  }

  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const from = this.journal.pop()!;
      const e = this.journal.pop()!;
      const now = this.slotOf[e]!;
      if (now !== UNPLACED) this.leave(e, now);
      if (from !== UNPLACED) this.enter(e, from);
    }
  }

  /** Forget the journal (the current state is final). */
  commit(): void {
    this.journal.length = 0;
  }

  /** Sum of slot indices of the placed meetings that are not kept: smaller is earlier. */
  lateness(): number {
    let sum = 0;
    for (let e = 0; e < this.inst.meetings; e++) {
      const s = this.slotOf[e]!;
      if (s !== UNPLACED && s !== this.inst.current[e]) sum += s;
    }
    return sum;
  }
}

/** Lexicographic comparison of two boards: more placed, then more kept, then earlier. > 0 when x is better. */
export function compareBoards(x: Board, y: Board): number {
  if (x.placed !== y.placed) return x.placed - y.placed;
  if (x.kept !== y.kept) return x.kept - y.kept;
  return y.lateness() - x.lateness();
}
