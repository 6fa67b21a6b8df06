// Upper bounds on what any valid schedule can achieve, computed once per instance. A schedule whose
// counts meet these bounds is optimal without any search.
//   placed ≤ number of meetings with a usable slot
//   placed ≤ Σ_s min(T, ν(G_s))      G_s = meetings usable in slot s; ν = maximum matching (blossom)
//   placed ≤ ⌊β*⌋                     β* = fractional b-matching with b_p = min(M, slots p is free):
//                                     half the maximum flow in the bipartite double cover
//   kept   ≤ Σ_s min(T, ν(K_s))      K_s = meetings whose current slot is s
import { graphFromPairs, maximumMatchingSize } from './blossom.js';
import type { Instance } from './instance.js';
import { usableCount } from './instance.js';

/** Maximum flow by Dinic's algorithm on a small graph built edge by edge. */
class FlowNetwork {
  private readonly head: Int32Array;
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly capacity: number[] = [];
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;

  constructor(private readonly size: number) {
    this.head = new Int32Array(size).fill(-1);
    this.level = new Int32Array(size);
    this.cursor = new Int32Array(size);
  }

  add(from: number, to: number, capacity: number): void {
    for (const [u, v, c] of [
      [from, to, capacity],
      [to, from, 0],
    ] as const) {
      this.to.push(v);
      this.capacity.push(c);
      this.next.push(this.head[u]!);
      this.head[u] = this.to.length - 1;
    }
  }

  private buildLevels(source: number, sink: number): boolean {
    const { level } = this;
    level.fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.capacity[e]! > 0 && level[v] === -1) {
          level[v] = level[u]! + 1;
          queue.push(v);
        }
      }
    }
    return level[sink] !== -1;
  }

  private push(u: number, sink: number, amount: number): number {
    if (u === sink) return amount;
    for (; this.cursor[u] !== -1; this.cursor[u] = this.next[this.cursor[u]!]!) {
      const e = this.cursor[u]!;
      const v = this.to[e]!;
      if (this.capacity[e]! <= 0 || this.level[v] !== this.level[u]! + 1) continue;
      const pushed = this.push(v, sink, Math.min(amount, this.capacity[e]!));
      if (pushed > 0) {
        this.capacity[e]! -= pushed;
        this.capacity[e ^ 1]! += pushed;
        return pushed;
      }
    }
    return 0;
  }

  maxFlow(source: number, sink: number): number {
    let flow = 0;
    while (this.buildLevels(source, sink)) {
      this.cursor.set(this.head);
      for (let pushed = this.push(source, sink, Infinity); pushed > 0; pushed = this.push(source, sink, Infinity)) flow += pushed;
    }
    return flow;
  }
}

/** ⌊fractional b-matching⌋ over the usable meetings, b_p = cap_p. */
function bMatchingBound(inst: Instance): number {
  const n = inst.people;
  const source = 2 * n;
  const sink = 2 * n + 1;
  const network = new FlowNetwork(2 * n + 2);
  for (let p = 0; p < n; p++) {
    if (inst.cap[p]! === 0) continue;
    network.add(source, p, inst.cap[p]!);
    network.add(n + p, sink, inst.cap[p]!);
  }
  for (let e = 0; e < inst.meetings; e++) {
    if (usableCount(inst, e) === 0) continue;
    network.add(inst.a[e]!, n + inst.b[e]!, 1);
    network.add(inst.b[e]!, n + inst.a[e]!, 1);
  }
  return Math.floor(network.maxFlow(source, sink) / 2);
}

function slotMatchingBound(inst: Instance, meetingsOf: (s: number) => number[]): number {
  let total = 0;
  for (let s = 0; s < inst.slots; s++) {
    const list = meetingsOf(s);
    if (list.length === 0) continue;
    const graph = graphFromPairs(
      inst.people,
      list.map((e) => [inst.a[e]!, inst.b[e]!] as const),
    );
    total += Math.min(inst.tables, list.length, maximumMatchingSize(graph, inst.tables));
  }
  return total;
}

export interface Bounds {
  placed: number;
  kept: number;
}

export function upperBounds(inst: Instance): Bounds {
  const bySlot: number[][] = Array.from({ length: inst.slots }, () => []);
  const keptBySlot: number[][] = Array.from({ length: inst.slots }, () => []);
  let usableMeetings = 0;
  for (let e = 0; e < inst.meetings; e++) {
    if (usableCount(inst, e) > 0) usableMeetings++;
    for (let k = inst.usableStart[e]!; k < inst.usableStart[e + 1]!; k++) bySlot[inst.usable[k]!]!.push(e);
    if (inst.current[e]! >= 0) keptBySlot[inst.current[e]!]!.push(e);
  }
  const placed = Math.min(
    usableMeetings,
    slotMatchingBound(inst, (s) => bySlot[s]!),
    bMatchingBound(inst),
  );
  const kept = Math.min(
    placed,
    slotMatchingBound(inst, (s) => keptBySlot[s]!),
  );
  return { placed, kept };
}
