// Summary statistics of a latency (or any) sample: nearest-rank percentiles, mean and max.

export interface Stats {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array (`p` in 0..100). Empty input gives 0. */
export function percentile(sortedAscending: readonly number[], p: number): number {
  const n = sortedAscending.length;
  if (n === 0) return 0;
  if (p <= 0) return sortedAscending[0]!;
  const rank = Math.ceil((p / 100) * n);
  return sortedAscending[Math.min(n, rank) - 1]!;
}

export function summarize(samples: readonly number[]): Stats {
  if (samples.length === 0) return { count: 0, mean: 0, min: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(samples).sort();
  const values = Array.from(sorted);
  let sum = 0;
  for (const v of values) sum += v;
  return {
    count: values.length,
    mean: sum / values.length,
    min: values[0]!,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values[values.length - 1]!,
  };
}

/** Median of a few repeated measurements (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
