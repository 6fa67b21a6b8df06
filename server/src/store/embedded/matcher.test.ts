// Differential test: the compiled matcher must agree with mingo (MongoDB semantics) on every
// document for every filter it accepts.
import { Query } from 'mingo';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers/random.js';
import { compileFilter } from './matcher.js';

const random = seededRandom(20261121);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const STRINGS = ['a', 'b', 'lang-son', 'đà nẵng', '2026-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z', '10', ''];
const NUMBERS = [0, 1, 2.5, 10, -3, 100];
const scalar = () => (random() < 0.5 ? pick(STRINGS) : random() < 0.8 ? pick(NUMBERS) : random() < 0.5);

function randomDoc(i: number): Record<string, unknown> {
  const doc: Record<string, unknown> = { _id: `d${i}` };
  const r = random();
  if (r < 0.7) doc.s = pick(STRINGS);
  else if (r < 0.8) doc.s = null;
  else if (r < 0.9) doc.s = pick(NUMBERS);
  if (random() < 0.7) doc.n = pick(NUMBERS);
  if (random() < 0.6) doc.tags = Array.from({ length: Math.floor(random() * 3) }, () => pick(STRINGS));
  if (random() < 0.3) doc.tags = [pick(NUMBERS), pick(STRINGS)];
  if (random() < 0.5) doc.p = { level: pick(NUMBERS), name: pick(STRINGS) };
  if (random() < 0.3) doc.items = [{ k: pick(STRINGS) }, { k: pick(STRINGS), v: pick(NUMBERS) }];
  if (random() < 0.2) doc.flag = random() < 0.5;
  return doc;
}

const FIELDS = ['s', 'n', 'tags', 'p.level', 'p.name', 'items.k', 'items.v', 'flag', 'missing'];

function randomCondition(): unknown {
  const r = random();
  if (r < 0.25) return scalar();
  const op = pick(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$exists']);
  if (op === '$in' || op === '$nin') return { [op]: Array.from({ length: 1 + Math.floor(random() * 3) }, scalar) };
  if (op === '$exists') return { $exists: random() < 0.5 };
  if (op.startsWith('$g') || op.startsWith('$l')) {
    const v = random() < 0.5 ? pick(NUMBERS) : pick(STRINGS);
    return random() < 0.3 ? { [op]: v, $ne: scalar() } : { [op]: v };
  }
  return { [op]: scalar() };
}

function randomFilter(depth = 0): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const n = 1 + Math.floor(random() * 2);
  for (let i = 0; i < n; i++) filter[pick(FIELDS)] = randomCondition();
  if (depth < 2 && random() < 0.3) filter[pick(['$and', '$or', '$nor'])] = [randomFilter(depth + 1), randomFilter(depth + 1)];
  return filter;
}

describe('compiled filter matcher', () => {
  it('agrees with mingo on random documents and filters', () => {
    const docs = Array.from({ length: 300 }, (_, i) => randomDoc(i));
    let compared = 0;
    for (let f = 0; f < 600; f++) {
      const filter = randomFilter();
      const compiled = compileFilter(filter);
      expect(compiled, JSON.stringify(filter)).not.toBeNull();
      const query = new Query(filter, { scriptEnabled: false });
      for (const doc of docs) {
        const expected = query.test(doc);
        if (compiled!(doc) !== expected)
          throw new Error(`disagreement on ${JSON.stringify(filter)} for ${JSON.stringify(doc)}: mingo says ${expected}`);
        compared++;
      }
    }
    expect(compared).toBe(600 * 300);
  });

  it('declines filters outside its subset, so mingo handles them', () => {
    for (const filter of [
      { s: null },
      { tags: ['a', 'b'] },
      { p: { level: 1 } },
      { s: { $regex: 'a' } },
      { $expr: { $gt: ['$n', 1] } },
      { n: { $in: [null] } },
      { tags: { $size: 2 } },
      { $where: 'true' },
    ]) {
      expect(compileFilter(filter as Record<string, unknown>), JSON.stringify(filter)).toBeNull();
    }
  });
});
