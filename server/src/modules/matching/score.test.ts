import { describe, expect, it } from 'vitest';
import type { MatchProfile } from './score.js';
import { NO_SIGNALS, scoreHelperForNeed, scoreStartupForHelper, scoreStartupForInvestor } from './score.js';
import { DEFAULT_WEIGHTS } from './weights.js';

const base = { sectors: ['agri_food_ocop'], languages: ['vi'], verified: true };
const startup: MatchProfile = {
  _id: 's',
  kind: 'startup',
  province: 'lang-son',
  coverage: ['trademark'],
  stage: 'early_revenue',
  fundingAsk: { min: 3e8, max: 5e8 },
  ...base,
};
const expert: MatchProfile = {
  _id: 'e',
  kind: 'expert',
  province: 'lang-son',
  coverage: ['trademark'],
  capacity: 3,
  remote: false,
  servesProvinces: [],
  ...base,
};
const provider: MatchProfile = { _id: 'p', kind: 'provider', province: 'lang-son', coverage: ['workspace'], servesProvinces: [], ...base };
const investor: MatchProfile = {
  _id: 'i',
  kind: 'investor',
  province: 'ha-noi',
  coverage: ['funding'],
  ticket: { min: 1e8, max: 1e9 },
  stages: ['early_revenue'],
  servesProvinces: ['lang-son'],
  ...base,
};
const options = { weights: DEFAULT_WEIGHTS, lang: 'vi' as const, poolMedianExposure: 0 };
const need = { category: 'trademark', title: 'Đăng ký nhãn hiệu' };

const addsUp = (s: { score: number; reasons: { weight: number; score: number }[] }) => {
  const mean = s.reasons.reduce((a, r) => a + r.weight * r.score, 0) / s.reasons.reduce((a, r) => a + r.weight, 0);
  expect(Math.abs(mean - s.score)).toBeLessThanOrEqual(0.00005);
};

describe('pair scoring', () => {
  it('scores an expert for a startup need with capacity and no investor criteria', () => {
    const s = scoreHelperForNeed(startup, need, expert, NO_SIGNALS, options);
    expect(s.reasons.map((r) => r.criterion)).toEqual([
      'coverage',
      'sector',
      'geography',
      'capacity',
      'responsiveness',
      'feedback',
      'verified',
      'language',
      'exposure',
    ]);
    expect(s.reasons.find((r) => r.criterion === 'capacity')!.detail).toBe('Còn 3/3 suất tư vấn');
    addsUp(s);
  });

  it('ranks an expert at capacity below an equally good one with room', () => {
    const room = scoreHelperForNeed(startup, need, expert, { ...NO_SIGNALS, activeConsultations: 2 }, options);
    const full = scoreHelperForNeed(startup, need, expert, { ...NO_SIGNALS, activeConsultations: 3 }, options);
    expect(full.reasons.find((r) => r.criterion === 'capacity')!.score).toBe(0);
    expect(full.score).toBeLessThan(room.score);
  });

  it('leaves capacity out for providers and adds stage and ticket for investors', () => {
    const p = scoreHelperForNeed(startup, { category: 'workspace', title: 'Chỗ ngồi' }, provider, NO_SIGNALS, options);
    expect(p.reasons.map((r) => r.criterion)).not.toContain('capacity');
    const i = scoreHelperForNeed(startup, { category: 'funding', title: 'Gọi vốn' }, investor, NO_SIGNALS, options);
    expect(i.reasons.map((r) => r.criterion)).toEqual(expect.arrayContaining(['stage', 'ticket']));
    expect(i.reasons.find((r) => r.criterion === 'geography')!.detail).toBe('Nhận hỗ trợ tại Lạng Sơn');
    addsUp(i);
  });

  it('scores startups for experts (no feedback, no capacity) and for investors (thesis)', () => {
    const forExpert = scoreStartupForHelper(expert, startup, [need], NO_SIGNALS, options);
    expect(forExpert.reasons.map((r) => r.criterion)).toEqual([
      'coverage',
      'sector',
      'geography',
      'responsiveness',
      'verified',
      'language',
      'exposure',
    ]);
    addsUp(forExpert);
    const forInvestor = scoreStartupForInvestor(investor, startup, [{ category: 'funding', title: 'Gọi vốn mồi' }], NO_SIGNALS, {
      ...options,
      lang: 'en',
    });
    expect(forInvestor.reasons.find((r) => r.criterion === 'ticket')!.detail).toBe('Ticket 100M–1B VND fits the ask of 300M–500M VND');
    expect(forInvestor.score).toBeGreaterThan(0.8);
    addsUp(forInvestor);
  });

  it('lets live signals move the score only within their weight', () => {
    const good = scoreHelperForNeed(
      startup,
      need,
      expert,
      { ...NO_SIGNALS, medianResponseHours: 2, timedResponses: 10, accepted: 10, ratingSum: 50, ratings: 10 },
      options,
    );
    const none = scoreHelperForNeed(startup, need, expert, NO_SIGNALS, options);
    expect(good.score).toBeGreaterThan(none.score);
    const liveWeight = DEFAULT_WEIGHTS.responsiveness + DEFAULT_WEIGHTS.feedback;
    const total = none.reasons.reduce((a, r) => a + r.weight, 0);
    expect(good.score - none.score).toBeLessThanOrEqual((0.5 * liveWeight) / total + 0.0001);
  });
});
