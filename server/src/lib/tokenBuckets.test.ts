import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './tokenBuckets.js';

describe('TokenBuckets', () => {
  it('allows a burst, then the steady rate, per key', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, 2, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
    expect(buckets.take('b')).toBe(true);
    now += 500; // one token back at 2 per second
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
    now += 60_000; // never more than the burst
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
  });

  it('gives a token back on refund, up to the burst', () => {
    const buckets = new TokenBuckets(2, 1, () => 0);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([true, true, false]);
    buckets.refund('a');
    expect([buckets.take('a'), buckets.take('a')]).toEqual([true, false]);
    buckets.refund('a');
    buckets.refund('a');
    buckets.refund('a');
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([true, true, false]);
  });

  it('says how many whole seconds until the next token', () => {
    let now = 0;
    const buckets = new TokenBuckets(2, 0.1, () => now);
    expect(buckets.waitSeconds('a')).toBe(0);
    buckets.take('a');
    buckets.take('a');
    expect(buckets.waitSeconds('a')).toBe(10);
    now += 2_500;
    expect(buckets.waitSeconds('a')).toBe(8);
    now += 7_500;
    expect(buckets.waitSeconds('a')).toBe(0);
  });

  it('forgets idle buckets only once they have refilled, so a slow bucket keeps its debt', () => {
    let now = 0;
    // A day's bucket of 2 (one token back every 12 hours), and 50 000 other keys to make it prune.
    const buckets = new TokenBuckets(2, 2 / 86_400, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([true, true, false]);
    now += 120_000;
    for (let i = 0; i <= 50_000; i++) buckets.take(`other-${i}`);
    expect(buckets.take('a')).toBe(false);
  });
});
