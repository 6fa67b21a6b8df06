// JSON value helpers of the embedded engine.
import { describe, expect, it } from 'vitest';
import { copyIfPlainJson, jsonEqual } from './clone.js';

describe('jsonEqual', () => {
  it('compares JSON values deeply, ignoring key order', () => {
    expect(jsonEqual({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(jsonEqual({ a: {} }, { a: [] })).toBe(false);
    expect(jsonEqual({ a: null }, { b: null })).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});

describe('copyIfPlainJson', () => {
  it('copies plain JSON deeply and refuses anything a JSON round trip would change', () => {
    const value = { a: [1, 'x', { b: null, c: true }], d: { e: -2.5 } };
    const copy = copyIfPlainJson(value)!;
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(copy.a).not.toBe(value.a);
    expect(copy.a[2]).not.toBe(value.a[2]);
    for (const bad of [
      { a: undefined },
      { a: new Date(0) },
      { a: [Number.NaN] },
      { a: Infinity },
      { a: -0 },
      { a: () => 1 },
      { a: new Map() },
      [undefined],
    ]) {
      expect(copyIfPlainJson(bad)).toBeNull();
    }
    expect(copyIfPlainJson(Object.assign(Object.create(null), { a: 1 }))).toEqual({ a: 1 });
  });
});
