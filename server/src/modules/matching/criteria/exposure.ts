// Fair exposure: candidates who were shown much more than their peers recently get a lower
// score, so near-equal candidates take turns at the top instead of the same few experts being
// offered to every startup. Judged against the pool's median recent exposure, so it adapts to
// traffic: with e shown-count and m the pool median, score = (m + 1) / (e + m + 1).
//   never shown → 1; shown as often as the median → ≈ 0.5 or more; shown 10× the median → ≈ 0.1.
// When nobody has been shown yet every candidate gets 1, which changes no order.
import type { CriterionResult } from './types.js';
import { result } from './types.js';

export const EXPOSURE_WINDOW_DAYS = 14;

export function exposureFairness(recentShown: number, poolMedian: number): CriterionResult {
  const e = Math.max(0, recentShown);
  const m = Math.max(0, poolMedian);
  const score = (m + 1) / (e + m + 1);
  const days = EXPOSURE_WINDOW_DAYS;
  if (e === 0) return result(score, `Chưa được đề xuất trong ${days} ngày qua`, `Not suggested in the last ${days} days`);
  const often = e > m;
  return result(
    score,
    `${often ? 'Được đề xuất nhiều' : 'Ít được đề xuất'} gần đây (${e} lần trong ${days} ngày)`,
    `${often ? 'Suggested often' : 'Rarely suggested'} lately (${e} time${e === 1 ? '' : 's'} in ${days} days)`,
  );
}

/** Median of non-negative counts (0 for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
