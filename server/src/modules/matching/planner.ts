// Cohort planner: give each need at most one candidate, nobody over capacity, as many needs as
// possible served and, among those assignments, the largest total score. Exact: min-cost max-flow
// by successive shortest paths (Dijkstra with Johnson potentials) on
//   source →(1, 0)→ need →(1, SCALE − score)→ candidate →(capacity, 0)→ sink.
// Every unit of flow crosses exactly one need→candidate edge, so a flow of k units costs
// k·SCALE − Σ scores: the minimum-cost maximum flow is the maximum-score maximum assignment.
// Scores are fixed-point integers (SCORE_SCALE) so optimality is exact, not up to float noise.

export const SCORE_SCALE = 1_000_000;

/** A score in 0..1 as the integer the planner optimises. */
export const scoreUnits = (score: number): number => Math.round(Math.min(1, Math.max(0, score)) * SCORE_SCALE);

export interface PlanEdge {
  need: number;
  candidate: number;
  score: number;
}

export interface PlanInput {
  needs: number;
  /** Capacity of each candidate (≥ 0); its length is the number of candidates. */
  capacities: readonly number[];
  edges: readonly PlanEdge[];
}

export interface PlanResult {
  /** Candidate index per need, or null when the need stays unassigned. */
  assignment: (number | null)[];
  /** Σ scoreUnits of the chosen edges. */
  totalUnits: number;
}

class Graph {
  readonly head: Int32Array;
  to: number[] = [];
  next: number[] = [];
  cap: number[] = [];
  cost: number[] = [];

  constructor(readonly size: number) {
    this.head = new Int32Array(size).fill(-1);
  }

  /** Adds an edge and its residual twin; returns the forward edge's index (twin = index ^ 1). */
  add(from: number, to: number, cap: number, cost: number): number {
    const e = this.to.length;
    this.to.push(to, from);
    this.cap.push(cap, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[from]!, this.head[to]!);
    this.head[from] = e;
    this.head[to] = e + 1;
    return e;
  }
}

/** Binary min-heap of (distance, node) pairs; stale entries are skipped by the caller. */
class Heap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      nodes[i] = nodes[p]!;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  pop(): [number, number] {
    const { keys, nodes } = this;
    const top: [number, number] = [keys[0]!, nodes[0]!];
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        keys[i] = keys[c]!;
        nodes[i] = nodes[c]!;
        i = c;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
    }
    return top;
  }
}

export function planAssignments(input: PlanInput): PlanResult {
  const n = input.needs;
  const m = input.capacities.length;
  const source = 0;
  const sink = n + m + 1;
  const g = new Graph(n + m + 2);
  for (let i = 0; i < n; i++) g.add(source, 1 + i, 1, 0);
  const edgeOf: { index: number; need: number; candidate: number; units: number }[] = [];
  for (const e of input.edges) {
    if (e.need < 0 || e.need >= n || e.candidate < 0 || e.candidate >= m)
      throw new RangeError(`edge out of range: ${e.need}→${e.candidate}`);
    const units = scoreUnits(e.score);
    edgeOf.push({ index: g.add(1 + e.need, 1 + n + e.candidate, 1, SCORE_SCALE - units), need: e.need, candidate: e.candidate, units });
  }
  for (let j = 0; j < m; j++) {
    const c = Math.max(0, Math.floor(input.capacities[j]!));
    if (c > 0) g.add(1 + n + j, sink, c, 0);
  }

  const size = g.size;
  const potential = new Float64Array(size);
  const dist = new Float64Array(size);
  const viaEdge = new Int32Array(size);
  for (let flow = 0; flow < n; flow++) {
    dist.fill(Infinity);
    viaEdge.fill(-1);
    dist[source] = 0;
    const heap = new Heap();
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > dist[u]!) continue;
      for (let e = g.head[u]!; e !== -1; e = g.next[e]!) {
        if (g.cap[e]! <= 0) continue;
        const v = g.to[e]!;
        // Reduced costs are ≥ 0 with valid potentials, so Dijkstra is exact.
        const nd = d + g.cost[e]! + potential[u]! - potential[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          viaEdge[v] = e;
          heap.push(nd, v);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    for (let v = 0; v < size; v++) if (dist[v]! < Infinity) potential[v]! += dist[v]!;
    for (let v = sink; v !== source;) {
      const e = viaEdge[v]!;
      g.cap[e]! -= 1;
      g.cap[e ^ 1]! += 1;
      v = g.to[e ^ 1]!;
    }
  }

  const assignment: (number | null)[] = new Array<number | null>(n).fill(null);
  let totalUnits = 0;
  for (const e of edgeOf) {
    if (g.cap[e.index] === 0 && assignment[e.need] === null) {
      assignment[e.need] = e.candidate;
      totalUnits += e.units;
    }
  }
  return { assignment, totalUnits };
}
