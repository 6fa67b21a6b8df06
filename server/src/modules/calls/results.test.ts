// The results formula against hand computations and an independent implementation.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@ketnoi/seeds';
import type { Criterion, JudgeScore } from './results.js';
import { computeResults, weightedScore } from './results.js';
import { plainTotals } from './results.plain.js';

const RUBRIC: Criterion[] = [
  { code: 'novelty', weight: 3, max: 10 },
  { code: 'market', weight: 2, max: 20 },
];
/** One criterion on 0..100, so a judge's score of an entry is the mark itself. */
const one: Criterion[] = [{ code: 'x', weight: 1, max: 100 }];
const s = (judgeId: string, entryId: string, x: number): JudgeScore => ({ judgeId, entryId, scores: { x } });
const score = (judgeId: string, entryId: string, novelty: number, market: number): JudgeScore => ({
  judgeId,
  entryId,
  scores: { novelty, market },
});

describe('weightedScore', () => {
  it('is Σ weight·score/max ÷ Σ weight × 100', () => {
    // (3·8/10 + 2·10/20) / 5 × 100 = (2.4 + 1) / 5 × 100
    expect(weightedScore(RUBRIC, { novelty: 8, market: 10 })).toBeCloseTo(68, 10);
    expect(weightedScore(RUBRIC, { novelty: 10, market: 20 })).toBeCloseTo(100, 10);
    expect(weightedScore(RUBRIC, { novelty: 0, market: 0 })).toBe(0);
  });
});

describe('computeResults', () => {
  it('averages the judges who scored each entry, shares ranks on equal totals, and lists unscored entries last', () => {
    const results = computeResults(
      RUBRIC,
      ['e1', 'e2', 'e3', 'e4'],
      [
        score('j1', 'e1', 8, 10), // 68
        score('j2', 'e1', 6, 20), // (1.8 + 2) / 5 = 76
        score('j1', 'e2', 10, 0), // 60
        score('j3', 'e2', 6, 20), // 76 → mean 68
        score('j2', 'e3', 10, 20), // 100 (one judge: j1 recused, j3 conflicted)
      ],
      { normalize: false },
    );
    expect(results).toEqual([
      { entryId: 'e3', rank: 1, total: 100, byCriterion: { novelty: 10, market: 20 }, judges: 1 },
      { entryId: 'e1', rank: 2, total: 72, byCriterion: { novelty: 7, market: 15 }, judges: 2 },
      { entryId: 'e2', rank: 3, total: 68, byCriterion: { novelty: 8, market: 10 }, judges: 2 },
      { entryId: 'e4', rank: null, total: null, byCriterion: {}, judges: 0 },
    ]);
  });

  it('gives equal totals (as shown, two decimals) the same rank and skips the next', () => {
    const results = computeResults(RUBRIC, ['a', 'b', 'c'], [score('j1', 'a', 8, 10), score('j1', 'b', 8, 10), score('j1', 'c', 6, 10)], {
      normalize: false,
    });
    expect(results.map((r) => [r.entryId, r.rank, r.total])).toEqual([
      ['a', 1, 68],
      ['b', 1, 68],
      ['c', 3, 56],
    ]);
  });

  it('normalises a lenient and a strict judge onto the pooled mean and spread (hand computation)', () => {
    // Lenient A: 80, 90, 100; strict B: 40, 50, 60. Pooled mean 70, pooled sd √(2800/6); each judge's sd √(200/3).
    const results = computeResults(
      one,
      ['e1', 'e2', 'e3'],
      [s('A', 'e1', 80), s('A', 'e2', 90), s('A', 'e3', 100), s('B', 'e1', 40), s('B', 'e2', 50), s('B', 'e3', 60)],
      {
        normalize: true,
      },
    );
    const z = 10 / Math.sqrt(200 / 3);
    const pooledSd = Math.sqrt(2800 / 6);
    expect(results.map((r) => [r.entryId, r.total])).toEqual([
      ['e3', Math.round((70 + z * pooledSd) * 100) / 100],
      ['e2', 70],
      ['e1', Math.round((70 - z * pooledSd) * 100) / 100],
    ]);
    // Raw criterion means are reported unnormalised.
    expect(results.find((r) => r.entryId === 'e1')!.byCriterion).toEqual({ x: 60 });
  });

  it('lets normalisation undo a judge’s leniency: the ranking follows each judge’s own order', () => {
    // p and q are judged only by the lenient judge, r and t only by the strict one; each judge puts
    // their second entry first. Raw totals favour the lenient judge's entries.
    const scores = [s('lenient', 'p', 90), s('lenient', 'q', 94), s('strict', 'r', 50), s('strict', 't', 58)];
    expect(computeResults(one, ['p', 'q', 'r', 't'], scores, { normalize: false }).map((r) => r.entryId)).toEqual(['q', 'p', 't', 'r']);
    const normalised = computeResults(one, ['p', 'q', 'r', 't'], scores, { normalize: true });
    expect(normalised[0]!.total).toBe(normalised[1]!.total);
    expect(normalised.slice(0, 2).map((r) => r.rank)).toEqual([1, 1]);
    expect(new Set(normalised.slice(0, 2).map((r) => r.entryId))).toEqual(new Set(['q', 't']));
  });

  it('holds a normalised score to 0..100: two judges × three entries by hand', () => {
    // A: 100, 10, 10 (mean 40, sd √1800); B: 90, 90, 90 (sd 0: z = 0). Pooled: mean 65, sd √1525.
    // A's 100 maps to 65 + √2·√1525 ≈ 120.2, off the scale: it counts as 100, so e1 = (100 + 65) / 2.
    const results = computeResults(
      one,
      ['e1', 'e2', 'e3'],
      [s('A', 'e1', 100), s('A', 'e2', 10), s('A', 'e3', 10), s('B', 'e1', 90), s('B', 'e2', 90), s('B', 'e3', 90)],
      { normalize: true },
    );
    const low = 65 - (30 / Math.sqrt(1800)) * Math.sqrt(1525);
    expect(results.map((r) => [r.entryId, r.rank, r.total])).toEqual([
      ['e1', 1, 82.5],
      ['e2', 2, Math.round(((low + 65) / 2) * 100) / 100],
      ['e3', 2, Math.round(((low + 65) / 2) * 100) / 100],
    ]);
  });

  it('agrees with an independent computation on random competitions', () => {
    const random = mulberry32(19);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 200; round++) {
      const criteria: Criterion[] = Array.from({ length: 1 + int(5) }, (_, i) => ({ code: `c${i}`, weight: 1 + int(5), max: 5 + int(20) }));
      const entries = Array.from({ length: 1 + int(8) }, (_, i) => `e${i}`);
      const judges = Array.from({ length: 1 + int(5) }, (_, i) => `j${i}`);
      const scores: JudgeScore[] = [];
      for (const judgeId of judges)
        for (const entryId of entries)
          if (random() < 0.7) scores.push({ judgeId, entryId, scores: Object.fromEntries(criteria.map((c) => [c.code, int(c.max + 1)])) });
      const normalize = random() < 0.5;
      const expected = plainTotals(criteria, entries, scores, normalize);
      const actual = computeResults(criteria, entries, scores, { normalize });
      for (const r of actual) {
        const want = expected.get(r.entryId);
        if (want === undefined) expect(r.total).toBeNull();
        else expect(r.total).toBeCloseTo(want, 1);
        if (r.total !== null) expect(r.total >= 0 && r.total <= 100).toBe(true);
      }
      // Ranks: higher total never ranks below a lower one.
      const ranked = actual.filter((r) => r.rank !== null);
      for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.rank!).toBeGreaterThanOrEqual(ranked[i - 1]!.rank!);
    }
  });
});
