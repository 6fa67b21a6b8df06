import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rateLimit.js';

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
});
