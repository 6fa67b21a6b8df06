import { describe, expect, it } from 'vitest';
import { valueAtPath, valuesAtPath } from './paths.js';

describe('valuesAtPath (MongoDB array semantics)', () => {
  it('reads plain values, missing fields and values under primitives as one value', () => {
    expect(valuesAtPath({ a: 1 }, 'a')).toEqual([1]);
    expect(valuesAtPath({ a: { b: 'x' } }, 'a.b')).toEqual(['x']);
    expect(valuesAtPath({ a: { b: null } }, 'a.b')).toEqual([null]);
    expect(valuesAtPath({}, 'a')).toEqual([undefined]);
    expect(valuesAtPath({ a: null }, 'a.b')).toEqual([undefined]);
    expect(valuesAtPath({ a: 5 }, 'a.b')).toEqual([undefined]);
    expect(valuesAtPath({ a: { b: { c: 1 } } }, 'a.b')).toEqual([{ c: 1 }]);
  });

  it('expands arrays on the way and at the leaf', () => {
    expect(valuesAtPath({ tags: ['x', 'y'] }, 'tags')).toEqual(['x', 'y']);
    expect(valuesAtPath({ tags: [] }, 'tags')).toEqual([undefined]);
    expect(valuesAtPath({ members: [{ userId: 'u1' }, { userId: 'u2' }, {}] }, 'members.userId')).toEqual(['u1', 'u2', undefined]);
    expect(valuesAtPath({ a: { b: [{ c: [1, 2] }, { c: 3 }] } }, 'a.b.c')).toEqual([1, 2, 3]);
    expect(valuesAtPath({ a: [[1, 2], 3] }, 'a')).toEqual([[1, 2], 3]);
  });

  it('takes a numeric part as an array position', () => {
    expect(valuesAtPath({ a: [{ b: 1 }, { b: 2 }] }, 'a.1.b')).toEqual([2]);
    expect(valuesAtPath({ a: [{ b: 1 }] }, 'a.5.b')).toEqual([undefined]);
  });

  it('valueAtPath reads the first value without expanding the leaf', () => {
    expect(valueAtPath({ a: { b: [1, 2] } }, 'a.b')).toEqual([1, 2]);
    expect(valueAtPath({ a: 1 }, 'a.b')).toBeUndefined();
  });
});
