// Exact branch and bound for small and medium instances (at most 32 slots: slot sets are 32-bit masks).
// Decides meetings one by one (those with the fewest usable slots and the busiest people first): its
// current slot, then the other slots earliest first, then unplaced. The score is lexicographic,
// placed · (K + 1) + kept with K the number of meetings that have a slot to keep, so a single number
// orders solutions. A node is cut when even the bound below cannot beat the best known schedule:
//   more placed ≤ min(open meetings, ⌊Σ_p min(cap left_p, slots p could still use, open meetings of p) / 2⌋,
//                     Σ_s min(tables left in s, ⌊people who could still meet in s / 2⌋))
//   more kept   ≤ min(more placed, open meetings whose current slot is still possible).
// Slots that nobody can tell apart (same availability for everyone, nobody's current slot) are
// interchangeable: a meeting may open only the first empty slot of such a class.
import type { Instance } from './instance.js';
import { usableCount } from './instance.js';

export const EXACT_MAX_SLOTS = 32;

export interface ExactResult {
  /** Slot of each meeting (−1 unplaced) in the best schedule found, or null when none beat the incumbent. */
  slots: Int32Array | null;
  /** True when the search finished: the returned (or incumbent) schedule is optimal. */
  complete: boolean;
  nodes: number;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function slotClasses(inst: Instance): Int32Array {
  const S = inst.slots;
  const hasCurrent = new Uint8Array(S);
  for (let e = 0; e < inst.meetings; e++) if (inst.current[e]! >= 0) hasCurrent[inst.current[e]!] = 1;
  const classOf = new Int32Array(S);
  const bySignature = new Map<string, number>();
  for (let s = 0; s < S; s++) {
    let signature = '';
    for (let p = 0; p < inst.people; p++) signature += inst.available[p * S + s];
    const key = hasCurrent[s] ? `kept:${s}` : signature;
    if (!bySignature.has(key)) bySignature.set(key, bySignature.size);
    classOf[s] = bySignature.get(key)!;
  }
  return classOf;
}

export function branchAndBound(inst: Instance, incumbentPlaced: number, incumbentKept: number, nodeBudget: number): ExactResult {
  const S = inst.slots;
  const T = inst.tables;
  const n = inst.people;
  if (S > EXACT_MAX_SLOTS) throw new RangeError(`exact search supports at most ${EXACT_MAX_SLOTS} slots`);
  let keepable = 0;
  for (let e = 0; e < inst.meetings; e++) if (inst.current[e]! >= 0) keepable++;
  const weight = keepable + 1;

  const degree = new Int32Array(n);
  for (let e = 0; e < inst.meetings; e++) {
    degree[inst.a[e]!]!++;
    degree[inst.b[e]!]!++;
  }
  const order = Int32Array.from(
    Array.from({ length: inst.meetings }, (_, e) => e)
      .filter((e) => usableCount(inst, e) > 0)
      .sort(
        (x, y) =>
          Number(inst.current[y]! >= 0) - Number(inst.current[x]! >= 0) ||
          usableCount(inst, x) - usableCount(inst, y) ||
          degree[inst.a[y]!]! + degree[inst.b[y]!]! - degree[inst.a[x]!]! - degree[inst.b[x]!]! ||
          x - y,
      ),
  );
  const E = order.length;
  const classOf = slotClasses(inst);
  const free = new Int32Array(n);
  for (let p = 0; p < n; p++) for (let s = 0; s < S; s++) if (inst.available[p * S + s]) free[p]! |= 1 << s;
  const load = new Int32Array(n);
  const used = new Int32Array(S);
  let open = S === 32 ? -1 : (1 << S) - 1;
  if (T === 0) open = 0;
  const slotOf = new Int32Array(inst.meetings).fill(-1);
  const reach = new Int32Array(n);
  const openDegree = new Int32Array(n);
  const peopleInSlot = new Int32Array(S);

  let best = incumbentPlaced * weight + incumbentKept;
  let bestSlots: Int32Array | null = null;
  let nodes = 0;
  let aborted = false;

  const feasible = (e: number): number => {
    const pa = inst.a[e]!;
    const pb = inst.b[e]!;
    if (load[pa]! >= inst.cap[pa]! || load[pb]! >= inst.cap[pb]!) return 0;
    return free[pa]! & free[pb]! & open;
  };

  /** Upper bound on the score reachable from this node. */
  const bound = (i: number, placed: number, kept: number): number => {
    reach.fill(0);
    openDegree.fill(0);
    let openMeetings = 0;
    let keepableLeft = 0;
    for (let j = i; j < E; j++) {
      const e = order[j]!;
      const mask = feasible(e);
      if (mask === 0) continue;
      openMeetings++;
      const c = inst.current[e]!;
      if (c >= 0 && (mask >>> c) & 1) keepableLeft++;
      reach[inst.a[e]!]! |= mask;
      reach[inst.b[e]!]! |= mask;
      openDegree[inst.a[e]!]!++;
      openDegree[inst.b[e]!]!++;
    }
    if (openMeetings === 0) return placed * weight + kept;
    let ends = 0;
    peopleInSlot.fill(0);
    for (let p = 0; p < n; p++) {
      if (openDegree[p] === 0) continue;
      ends += Math.min(inst.cap[p]! - load[p]!, popcount(reach[p]!), openDegree[p]!);
      for (let m = reach[p]!; m !== 0; m &= m - 1) peopleInSlot[31 - Math.clz32(m & -m)]!++;
    }
    let tablesLeft = 0;
    for (let s = 0; s < S; s++) tablesLeft += Math.min(T - used[s]!, peopleInSlot[s]! >> 1);
    const morePlaced = Math.min(openMeetings, ends >> 1, tablesLeft);
    return (placed + morePlaced) * weight + kept + Math.min(morePlaced, keepableLeft);
  };

  const put = (e: number, s: number, delta: 1 | -1): void => {
    const pa = inst.a[e]!;
    const pb = inst.b[e]!;
    free[pa]! ^= 1 << s;
    free[pb]! ^= 1 << s;
    load[pa]! += delta;
    load[pb]! += delta;
    used[s]! += delta;
    if (used[s]! >= T) open &= ~(1 << s);
    else open |= 1 << s;
    slotOf[e] = delta === 1 ? s : -1;
  };

  /** A slot may be opened only if no earlier slot of its class is still empty. */
  const firstOfClass = (s: number): boolean => {
    if (used[s]! > 0) return true;
    for (let t = 0; t < s; t++) if (classOf[t] === classOf[s] && used[t] === 0) return false;
    return true;
  };

  const search = (i: number, placed: number, kept: number): void => {
    if (aborted) return;
    if (++nodes > nodeBudget) {
      aborted = true;
      return;
    }
    if (bound(i, placed, kept) <= best) return;
    // Skip meetings that cannot be placed any more.
    while (i < E && feasible(order[i]!) === 0) i++;
    if (i === E) {
      best = placed * weight + kept;
      bestSlots = slotOf.slice();
      return;
    }
    const e = order[i]!;
    const mask = feasible(e);
    const c = inst.current[e]!;
    if (c >= 0 && (mask >>> c) & 1) {
      put(e, c, 1);
      search(i + 1, placed + 1, kept + 1);
      put(e, c, -1);
    }
    for (let m = mask; m !== 0; m &= m - 1) {
      const s = 31 - Math.clz32(m & -m);
      if (s === c || !firstOfClass(s)) continue;
      put(e, s, 1);
      search(i + 1, placed + 1, kept);
      put(e, s, -1);
    }
    search(i + 1, placed, kept);
  };

  search(0, 0, 0);
  return { slots: bestSlots, complete: !aborted, nodes };
}
