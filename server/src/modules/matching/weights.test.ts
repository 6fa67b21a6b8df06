import { describe, expect, it } from 'vitest';
import { CRITERIA } from './criteria/types.js';
import { pickLang } from './lang.js';
import { DEFAULT_WEIGHTS, MAX_WEIGHT, combine, effectiveWeights } from './weights.js';

describe('weights', () => {
  it('defines a default for every criterion with need coverage the heaviest', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual([...CRITERIA].sort());
    for (const c of CRITERIA) if (c !== 'coverage') expect(DEFAULT_WEIGHTS.coverage).toBeGreaterThan(DEFAULT_WEIGHTS[c]);
  });

  it('overlays valid province overrides and ignores anything else', () => {
    const w = effectiveWeights({ geography: 4, bogus: 3, feedback: -1, verified: MAX_WEIGHT + 1 });
    expect(w.geography).toBe(4);
    expect(w.feedback).toBe(DEFAULT_WEIGHTS.feedback);
    expect(w.verified).toBe(DEFAULT_WEIGHTS.verified);
    expect('bogus' in w).toBe(false);
  });

  it('combines into a weighted mean that the reasons add up to', () => {
    const results = {
      coverage: { score: 1, detail: { vi: 'a', en: 'A' } },
      geography: { score: 0.45, detail: { vi: 'b', en: 'B' } },
      capacity: { score: 0.8333333, detail: { vi: 'c', en: 'C' } },
      verified: { score: 0, detail: { vi: 'd', en: 'D' } },
    };
    const weights = { ...DEFAULT_WEIGHTS, coverage: 5, geography: 2, capacity: 2, verified: 1 };
    const scored = combine(results, weights, 'en');
    expect(scored.reasons.map((r) => r.criterion)).toEqual(['coverage', 'geography', 'capacity', 'verified']);
    expect(scored.reasons.map((r) => r.detail)).toEqual(['A', 'B', 'C', 'D']);
    const sum = scored.reasons.reduce((s, r) => s + r.weight * r.score, 0) / scored.reasons.reduce((s, r) => s + r.weight, 0);
    expect(Math.abs(sum - scored.score)).toBeLessThanOrEqual(0.00005);
    expect(scored.score).toBeCloseTo((5 * 1 + 2 * 0.45 + 2 * 0.8333 + 0) / 10, 4);
  });

  it('gives 0 when every applicable weight is 0', () => {
    const zero = effectiveWeights(Object.fromEntries(CRITERIA.map((c) => [c, 0])));
    expect(combine({ coverage: { score: 1, detail: { vi: '', en: '' } } }, zero, 'vi').score).toBe(0);
  });
});

describe('language of reasons', () => {
  it('prefers ?lang=, then Accept-Language by q, then Vietnamese', () => {
    expect(pickLang('en', 'vi')).toBe('en');
    expect(pickLang(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(pickLang(undefined, 'fr-FR, en;q=0.5, vi;q=0.8')).toBe('vi');
    expect(pickLang(undefined, 'fr, de')).toBe('vi');
    expect(pickLang(undefined, undefined)).toBe('vi');
    expect(pickLang(undefined, 'en;q=0')).toBe('vi');
  });
});
