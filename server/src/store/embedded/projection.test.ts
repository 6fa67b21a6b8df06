import { Query } from 'mingo';
import { describe, expect, it } from 'vitest';
import type { Doc, Projection } from '../types.js';
import { compileProjection } from './projection.js';

const docs: Doc[] = [
  { _id: 'a', name: 'Lan', province: 'lang-son', history: [{ at: '2026-01-01', to: 'open' }], nested: { x: 1 } },
  { _id: 'b', name: 'Bình', tags: [] },
  { _id: 'c' },
];

describe('compiled projections', () => {
  it.each<Projection>([
    { name: 1 },
    { name: 1, _id: 0 },
    { history: 1, province: 1 },
    { name: 0 },
    { name: 0, nested: 0 },
    { _id: 0 },
    { _id: 1 },
    { missing: 1 },
  ])('agrees with mingo for %j', (projection) => {
    const compiled = compileProjection(projection)!;
    expect(compiled).not.toBeNull();
    for (const doc of docs) {
      const expected = new Query({}, {}).find([doc], projection as never).next();
      expect(compiled(doc)).toEqual(expected);
    }
  });

  it('copies, so changing the result never changes the document', () => {
    const out = compileProjection({ history: 1 })!(docs[0]!) as { history: { to: string }[] };
    out.history[0]!.to = 'changed';
    expect((docs[0]!.history as { to: string }[])[0]!.to).toBe('open');
  });

  it('leaves dotted paths and mixed projections to mingo', () => {
    expect(compileProjection({ 'nested.x': 1 })).toBeNull();
    expect(compileProjection({ name: 1, province: 0 })).toBeNull();
  });
});
