import { validate, version } from 'uuid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes valid, unique UUIDv7s that sort in creation order, across entropy refills', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    for (const id of ids.slice(0, 50)) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(7);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  // Mocked clocks lie ahead of the real one: ids made earlier in this process must not be newer.
  it('stays in order within one millisecond and when the clock goes back', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2099, 0, 5, 8, 0, 0));
    const sameMs = Array.from({ length: 300 }, () => newId());
    now.mockReturnValue(Date.UTC(2099, 0, 5, 7, 59, 0));
    const afterStep = Array.from({ length: 3 }, () => newId());
    const all = [...sameMs, ...afterStep];
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    // The time part is the (newest) clock reading: 48 bits of milliseconds.
    expect(parseInt(sameMs[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2099, 0, 5, 8, 0, 0));
  });

  it('uses the new millisecond as soon as the clock moves on', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2099, 0, 5, 9, 0, 0));
    const a = newId();
    now.mockReturnValue(Date.UTC(2099, 0, 5, 9, 0, 0) + 1);
    const b = newId();
    expect(b > a).toBe(true);
    expect(parseInt(b.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2099, 0, 5, 9, 0, 0) + 1);
  });
});
