import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../lib/stats.js';

describe('summarize', () => {
  it('gives nearest-rank percentiles, mean, min and max of an unsorted sample', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(summarize(samples)).toEqual({ count: 100, mean: 50.5, min: 1, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('handles one sample and no samples', () => {
    expect(summarize([7])).toMatchObject({ count: 1, p50: 7, p95: 7, p99: 7, max: 7, mean: 7 });
    expect(summarize([])).toMatchObject({ count: 0, p50: 0, max: 0 });
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  it('picks the value at rank ceil(p/100 × n)', () => {
    const sorted = [10, 20, 30, 40];
    expect(percentile(sorted, 25)).toBe(10);
    expect(percentile(sorted, 26)).toBe(20);
    expect(percentile(sorted, 100)).toBe(40);
    expect(percentile(sorted, 0)).toBe(10);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
