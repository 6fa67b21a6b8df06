// The results formula written out plainly, judge by judge, straight from the contract's words:
// the independent check of results.ts in its tests, and the baseline of bench/judging.bench.ts.
// Quadratic on purpose (every judge's scores are looked up again for every score).
import type { Criterion, JudgeScore } from './results.js';

/** Entry id → total, for entries that at least one judge scored. */
export function plainTotals(criteria: Criterion[], entries: string[], scores: JudgeScore[], normalize: boolean): Map<string, number> {
  const pct = (s: JudgeScore) =>
    (100 * criteria.reduce((sum, c) => sum + c.weight * ((s.scores[c.code] ?? 0) / c.max), 0)) /
    criteria.reduce((sum, c) => sum + c.weight, 0);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = (xs: number[]) => {
    const m = mean(xs);
    return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
  };
  const all = scores.map(pct);
  const pooledMean = mean(all);
  const pooledSd = sd(all);
  const adjusted = scores.map((s, i) => {
    if (!normalize) return all[i]!;
    const mine = scores.filter((t) => t.judgeId === s.judgeId).map(pct);
    const spread = sd(mine);
    const mapped = pooledMean + (spread === 0 ? 0 : (all[i]! - mean(mine)) / spread) * pooledSd;
    return Math.min(100, Math.max(0, mapped)); // totals are on 0..100
  });
  const out = new Map<string, number>();
  for (const entry of entries) {
    const mine = adjusted.filter((_, i) => scores[i]!.entryId === entry);
    if (mine.length) out.set(entry, mean(mine));
  }
  return out;
}
