// Maximum cardinality matching in a general graph: Edmonds' blossom algorithm (the O(V³) form that
// contracts blossoms by relabelling their base). It grows a given matching by augmenting paths, roots
// tried in the caller's order, and stops at `limit` pairs: an augmenting path only adds matched
// vertices, so the vertices the caller matched first (its priorities) stay matched.

export interface Graph {
  vertices: number;
  /** Neighbours of v: neighbours[start[v] .. start[v + 1]). */
  start: Int32Array;
  neighbours: Int32Array;
}

/** Builds an undirected simple graph (duplicate and self edges dropped) from endpoint pairs. */
export function graphFromPairs(vertices: number, pairs: readonly (readonly [number, number])[]): Graph {
  const lists: number[][] = Array.from({ length: vertices }, () => []);
  const seen = new Set<number>();
  for (const [u, v] of pairs) {
    if (u === v) continue;
    const key = u < v ? u * vertices + v : v * vertices + u;
    if (seen.has(key)) continue;
    seen.add(key);
    lists[u]!.push(v);
    lists[v]!.push(u);
  }
  const start = new Int32Array(vertices + 1);
  for (let v = 0; v < vertices; v++) start[v + 1] = start[v]! + lists[v]!.length;
  return { vertices, start, neighbours: Int32Array.from(lists.flat()) };
}

export class BlossomMatcher {
  private readonly parent: Int32Array;
  private readonly base: Int32Array;
  private readonly used: Uint8Array;
  private readonly inBlossom: Uint8Array;
  private readonly onPath: Uint8Array;
  private readonly queue: Int32Array;

  constructor(private readonly graph: Graph) {
    const n = graph.vertices;
    this.parent = new Int32Array(n);
    this.base = new Int32Array(n);
    this.used = new Uint8Array(n);
    this.inBlossom = new Uint8Array(n);
    this.onPath = new Uint8Array(n);
    this.queue = new Int32Array(n);
  }

  /**
   * Augments `mate` (mate[v] = partner or -1; a valid matching of this graph) until it has `limit` pairs
   * or no augmenting path starts at any root. Returns the number of pairs.
   */
  grow(mate: Int32Array, roots: Iterable<number>, limit = Number.POSITIVE_INFINITY): number {
    let size = 0;
    for (let v = 0; v < this.graph.vertices; v++) if (mate[v]! > v) size++;
    for (const root of roots) {
      if (size >= limit) break;
      if (mate[root] !== -1) continue;
      const end = this.findPath(mate, root);
      if (end === -1) continue;
      for (let v = end; v !== -1;) {
        const pv = this.parent[v]!;
        const next = mate[pv]!;
        mate[v] = pv;
        mate[pv] = v;
        v = next;
      }
      size++;
    }
    return size;
  }

  private lowestCommonAncestor(mate: Int32Array, x: number, y: number): number {
    const { base, parent, onPath } = this;
    onPath.fill(0);
    for (let a = x; ;) {
      a = base[a]!;
      onPath[a] = 1;
      if (mate[a] === -1) break;
      a = parent[mate[a]!]!;
    }
    for (let b = y; ;) {
      b = base[b]!;
      if (onPath[b]) return b;
      b = parent[mate[b]!]!;
    }
  }

  private markPath(mate: Int32Array, v: number, blossomBase: number, child: number): void {
    const { base, parent, inBlossom } = this;
    while (base[v] !== blossomBase) {
      inBlossom[base[v]!] = 1;
      inBlossom[base[mate[v]!]!] = 1;
      parent[v] = child;
      child = mate[v]!;
      v = parent[mate[v]!]!;
    }
  }

  /** Breadth-first search for an augmenting path from root; returns its free end, or -1. */
  private findPath(mate: Int32Array, root: number): number {
    const { graph, parent, base, used, inBlossom, queue } = this;
    const n = graph.vertices;
    used.fill(0);
    parent.fill(-1);
    for (let i = 0; i < n; i++) base[i] = i;
    used[root] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = graph.start[v]!; k < graph.start[v + 1]!; k++) {
        const to = graph.neighbours[k]!;
        if (base[v] === base[to] || mate[v] === to) continue;
        if (to === root || (mate[to] !== -1 && parent[mate[to]!] !== -1)) {
          const blossomBase = this.lowestCommonAncestor(mate, v, to);
          inBlossom.fill(0);
          this.markPath(mate, v, blossomBase, to);
          this.markPath(mate, to, blossomBase, v);
          for (let i = 0; i < n; i++) {
            if (!inBlossom[base[i]!]) continue;
            base[i] = blossomBase;
            if (!used[i]) {
              used[i] = 1;
              queue[tail++] = i;
            }
          }
        } else if (parent[to] === -1) {
          parent[to] = v;
          if (mate[to] === -1) return to;
          const next = mate[to]!;
          used[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    return -1;
  }
}

/** Size of a maximum matching of the graph, or `limit` when it has at least that many pairs. */
export function maximumMatchingSize(graph: Graph, limit = Number.POSITIVE_INFINITY): number {
  const mate = new Int32Array(graph.vertices).fill(-1);
  // A greedy start saves most of the searches.
  for (let v = 0; v < graph.vertices; v++) {
    if (mate[v] !== -1) continue;
    for (let k = graph.start[v]!; k < graph.start[v + 1]!; k++) {
      const u = graph.neighbours[k]!;
      if (mate[u] === -1) {
        mate[u] = v;
        mate[v] = u;
        break;
      }
    }
  }
  const all = Array.from({ length: graph.vertices }, (_, v) => v);
  return Math.min(limit, new BlossomMatcher(graph).grow(mate, all, limit));
}
