import { describe, expect, it } from 'vitest';
import type { ProfileDoc } from '../profiles/repository.js';
import { DEFAULT_WEIGHTS } from '../matching/weights.js';
import { mutualCoverage, scoreMeeting, type Side } from './suggestions.js';

const profile = (o: Partial<ProfileDoc>) =>
  ({
    _id: 'p',
    kind: 'startup',
    province: 'lang-son',
    sectors: ['agri_food_ocop'],
    languages: ['vi'],
    verified: false,
    coverage: [],
    ...o,
  }) as ProfileDoc;
const side = (offers: string[], seeks: string[], o: Partial<ProfileDoc> = {}): Side => ({ profile: profile(o), offers, seeks });

describe('mutual coverage', () => {
  it('scores what they offer against what I seek, and the other way round', () => {
    expect(mutualCoverage(side([], ['funding']), side(['funding'], []))).toMatchObject({
      score: 1,
      detail: { vi: 'Họ giúp được điều bạn tìm: gọi vốn, đầu tư', en: 'They offer what you seek: Funding & investment' },
    });
    expect(mutualCoverage(side(['distribution'], ['funding']), side(['funding'], ['distribution'])).score).toBe(1);
    // Both seek something, only one is served: the better direction counts for most.
    expect(mutualCoverage(side([], ['funding']), side(['funding'], ['trademark'])).score).toBeCloseTo(0.8);
    // A related category earns part of it (legal is close to trademark).
    const related = mutualCoverage(side([], ['trademark']), side(['legal'], []));
    expect(related.score).toBeCloseTo(0.35);
    expect(related.detail.en).toBe('They offer Legal & company formation, close to what you seek (Trademark & IP)');
  });

  it('says so when nothing matches', () => {
    expect(mutualCoverage(side([], []), side(['funding'], [])).detail.en).toBe('Neither of you says what you are looking for');
    expect(mutualCoverage(side([], ['workspace']), side(['funding'], [])).score).toBe(0);
  });

  it('combines with the matcher’s other criteria, reasons adding up to the score', () => {
    const scored = scoreMeeting(
      side([], ['funding']),
      side(['funding'], [], { kind: 'investor', province: 'lang-son', verified: true, servesProvinces: [] }),
      DEFAULT_WEIGHTS,
      'vi',
    );
    expect(scored.reasons.map((r) => r.criterion)).toEqual(['coverage', 'sector', 'geography', 'verified', 'language']);
    const sum = scored.reasons.reduce((n, r) => n + r.weight * r.score, 0) / scored.reasons.reduce((n, r) => n + r.weight, 0);
    expect(scored.score).toBeCloseTo(sum, 3);
    expect(scored.reasons.find((r) => r.criterion === 'geography')!.detail).toBe('Cùng tỉnh Lạng Sơn');
  });
});
