import { mulberry32 } from '@ketnoi/seeds/generator/prng';
import { describe, expect, it } from 'vitest';
import { BlossomMatcher, graphFromPairs, maximumMatchingSize } from './blossom.js';

/** Largest matching by trying every subset of edges (small graphs only). */
function bruteForceMatching(vertices: number, pairs: [number, number][]): number {
  let best = 0;
  const used = new Uint8Array(vertices);
  const walk = (i: number, size: number) => {
    if (size + (pairs.length - i) <= best) return;
    if (i === pairs.length) {
      best = Math.max(best, size);
      return;
    }
    const [u, v] = pairs[i]!;
    if (u !== v && !used[u] && !used[v]) {
      used[u] = used[v] = 1;
      walk(i + 1, size + 1);
      used[u] = used[v] = 0;
    }
    walk(i + 1, size);
  };
  walk(0, 0);
  return best;
}

describe('blossom matching', () => {
  it('finds an augmenting path that only exists through a blossom', () => {
    // Matched 1=2 and 3=4; triangle 2-3-4; free 0 (on 1) and 5 (on 3). The only augmenting path is
    // 0–1=2–4=3–5: the search reaches 3 as an odd vertex first, and only contracting the triangle
    // makes it even so that 5 is found.
    const graph = graphFromPairs(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [2, 4],
      [3, 5],
    ]);
    const mate = Int32Array.from([-1, 2, 1, 4, 3, -1]);
    expect(new BlossomMatcher(graph).grow(mate, [0])).toBe(3);
    expect(Array.from(mate)).toEqual([1, 0, 4, 5, 2, 3]);
  });

  it('agrees with brute force on 300 random small graphs', () => {
    const random = mulberry32(5);
    for (let k = 0; k < 300; k++) {
      const vertices = 2 + Math.floor(random() * 9);
      const pairs: [number, number][] = [];
      const edges = Math.floor(random() * 16);
      for (let i = 0; i < edges; i++) pairs.push([Math.floor(random() * vertices), Math.floor(random() * vertices)]);
      const graph = graphFromPairs(vertices, pairs);
      const best = bruteForceMatching(vertices, pairs);
      expect(maximumMatchingSize(graph), JSON.stringify(pairs)).toBe(best);
      // Also from a random maximal matching, which leaves more work to the augmenting paths.
      const mate = new Int32Array(vertices).fill(-1);
      for (const [u, v] of [...pairs].sort(() => random() - 0.5))
        if (u !== v && mate[u] === -1 && mate[v] === -1) [mate[u], mate[v]] = [v, u];
      const roots = Array.from({ length: vertices }, (_, v) => v).sort(() => random() - 0.5);
      expect(new BlossomMatcher(graph).grow(mate, roots), JSON.stringify(pairs)).toBe(best);
    }
  });

  it('stops at the limit and keeps the vertices matched first', () => {
    // A path 0-1-2-3-4-5 matched as 1-2 and 3-4: growing to 3 pairs keeps 1..4 matched.
    const graph = graphFromPairs(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    const mate = Int32Array.from([-1, 2, 1, 4, 3, -1]);
    expect(new BlossomMatcher(graph).grow(mate.slice(), [0, 5], 2)).toBe(2);
    expect(new BlossomMatcher(graph).grow(mate, [0, 5])).toBe(3);
    for (const v of [1, 2, 3, 4]) expect(mate[v]).not.toBe(-1);
  });
});
