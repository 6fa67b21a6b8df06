import { describe, expect, it } from 'vitest';
import { Bitset } from './bitset.js';
import { topK } from './topK.js';

function randomSet(seed: number, size: number, max: number): Set<number> {
  let x = seed;
  const out = new Set<number>();
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.add(x % max);
  }
  return out;
}

const bitsOf = (set: Set<number>): Bitset => {
  const b = new Bitset(8);
  for (const v of set) b.set(v);
  return b;
};

describe('Bitset', () => {
  it('agrees with Set for and/or/andNot/count/iteration, across different widths', () => {
    const a = randomSet(1, 700, 5000);
    const b = randomSet(2, 300, 1200);
    const sorted = (s: Iterable<number>) => [...s].sort((x, y) => x - y);
    expect([...bitsOf(a)]).toEqual(sorted(a));
    expect(bitsOf(a).count()).toBe(a.size);
    expect([...bitsOf(a).and(bitsOf(b))]).toEqual(sorted([...a].filter((v) => b.has(v))));
    expect([...bitsOf(b).and(bitsOf(a))]).toEqual(sorted([...a].filter((v) => b.has(v))));
    expect([...bitsOf(b).or(bitsOf(a))]).toEqual(sorted(new Set([...a, ...b])));
    expect([...bitsOf(a).andNot(bitsOf(b))]).toEqual(sorted([...a].filter((v) => !b.has(v))));
    expect(bitsOf(a).countAnd(bitsOf(b))).toBe([...a].filter((v) => b.has(v)).length);
  });

  it('sets, clears and tests single bits including bit 31 of a word', () => {
    const b = new Bitset(1);
    b.set(31);
    b.set(100_000);
    expect(b.has(31)).toBe(true);
    expect(b.has(100_000)).toBe(true);
    expect(b.has(30)).toBe(false);
    b.clear(31);
    expect(b.has(31)).toBe(false);
    expect(b.count()).toBe(1);
    b.clear(100_000);
    expect(b.isEmpty()).toBe(true);
  });
});

describe('topK', () => {
  it('returns the k best in order, equal to a full sort', () => {
    const values = Array.from({ length: 5000 }, (_v, i) => (i * 7919) % 1000);
    const cmp = (a: number, b: number) => values[b]! - values[a]! || a - b;
    const full = Array.from({ length: values.length }, (_v, i) => i).sort(cmp);
    for (const k of [0, 1, 10, 100, 1300, 5000, 9000]) expect(topK(values.length, k, cmp)).toEqual(full.slice(0, k));
  });
});
