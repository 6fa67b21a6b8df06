// Results of a call for entries, by the formula of the contract (docs/API.md "Calls and judging"):
// - a judge's score of an entry is Σ weight·score/max ÷ Σ weight × 100 (0..100);
// - with normalisation, each judge's scores are standardised over the entries that judge scored
//   (z = (s − mean_j) / sd_j) and mapped back onto the pooled mean and spread of every judge's
//   scores (mean + z·sd), so a lenient and a strict judge weigh the same. Spreads are population
//   standard deviations; a judge whose scores do not vary (or who scored one entry) has z = 0.
//   Mapped back, a score can leave the scale (a judge's one top mark far above their mean: 104);
//   it is held to 0..100, the scale the contract gives totals on;
// - an entry's total is the mean over the judges who scored it;
// - totals equal to two decimals (as shown) share a rank (1, 1, 3); unscored entries come last
//   without a rank;
// - byCriterion is the mean raw score per criterion over the judges who scored the entry.
// Pure: no I/O, so the bench and the tests call it directly.

export interface Criterion {
  code: string;
  weight: number;
  max: number;
}

export interface JudgeScore {
  judgeId: string;
  entryId: string;
  scores: Readonly<Record<string, number>>;
}

export interface EntryResult {
  entryId: string;
  rank: number | null;
  total: number | null;
  byCriterion: Record<string, number>;
  judges: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
/** A judge's score held to the 0..100 scale of totals. */
const onScale = (n: number) => Math.min(100, Math.max(0, n));

/** One judge's score of one entry on 0..100. */
export function weightedScore(criteria: readonly Criterion[], scores: Readonly<Record<string, number>>): number {
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    weighted += (c.weight * (scores[c.code] ?? 0)) / c.max;
    weights += c.weight;
  }
  return weights === 0 ? 0 : (weighted / weights) * 100;
}

interface Spread {
  mean: number;
  sd: number;
}

function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return { mean, sd: Math.sqrt(squares / values.length) };
}

/** Each (judge, entry) score, normalised when asked. */
function judgeScores(criteria: readonly Criterion[], scores: readonly JudgeScore[], normalize: boolean): number[] {
  const raw = scores.map((s) => weightedScore(criteria, s.scores));
  if (!normalize) return raw;
  const pooled = spreadOf(raw);
  const byJudge = new Map<string, number[]>();
  scores.forEach((s, i) => {
    const list = byJudge.get(s.judgeId);
    if (list) list.push(raw[i]!);
    else byJudge.set(s.judgeId, [raw[i]!]);
  });
  const judgeSpread = new Map([...byJudge].map(([judge, values]) => [judge, spreadOf(values)]));
  return scores.map((s, i) => {
    const own = judgeSpread.get(s.judgeId)!;
    const z = own.sd === 0 ? 0 : (raw[i]! - own.mean) / own.sd;
    return onScale(pooled.mean + z * pooled.sd);
  });
}

export function computeResults(
  criteria: readonly Criterion[],
  entryIds: readonly string[],
  scores: readonly JudgeScore[],
  options: { normalize: boolean },
): EntryResult[] {
  const counted = new Set(entryIds);
  const relevant = scores.filter((s) => counted.has(s.entryId));
  const values = judgeScores(criteria, relevant, options.normalize);
  const perEntry = new Map<string, { sum: number; judges: number; criteria: Record<string, number> }>();
  relevant.forEach((s, i) => {
    let acc = perEntry.get(s.entryId);
    if (!acc) perEntry.set(s.entryId, (acc = { sum: 0, judges: 0, criteria: {} }));
    acc.sum += values[i]!;
    acc.judges += 1;
    for (const c of criteria) acc.criteria[c.code] = (acc.criteria[c.code] ?? 0) + (s.scores[c.code] ?? 0);
  });
  const results: EntryResult[] = entryIds.map((entryId) => {
    const acc = perEntry.get(entryId);
    if (!acc) return { entryId, rank: null, total: null, byCriterion: {}, judges: 0 };
    const byCriterion = Object.fromEntries(criteria.map((c) => [c.code, round2(acc.criteria[c.code]! / acc.judges)]));
    return { entryId, rank: null, total: round2(acc.sum / acc.judges), byCriterion, judges: acc.judges };
  });
  results.sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.entryId.localeCompare(b.entryId));
  let previous: EntryResult | null = null;
  results.forEach((r, i) => {
    if (r.total === null) return;
    r.rank = previous && previous.total === r.total ? previous.rank : i + 1;
    previous = r;
  });
  return results;
}
