// Capacity, responsiveness, feedback and exposure: the criteria fed by live signals.
import { describe, expect, it } from 'vitest';
import { capacityCriterion, spareCapacity } from './capacity.js';
import { exposureFairness, median } from './exposure.js';
import { feedback, feedbackScore } from './feedback.js';
import { responsiveness, speedScore } from './responsiveness.js';
import { NEUTRAL } from './types.js';

describe('spare capacity', () => {
  it('scores room between 0.5 and 1 and a full book 0', () => {
    expect(spareCapacity(3, 1)).toEqual({
      score: 0.5 + 0.5 * (2 / 3),
      detail: { vi: 'Còn 2/3 suất tư vấn', en: '2 of 3 consultation slots free' },
    });
    expect(spareCapacity(3, 0).score).toBe(1);
    expect(spareCapacity(5, 4).score).toBeCloseTo(0.6, 10);
    expect(spareCapacity(3, 3)).toEqual({ score: 0, detail: { vi: 'Đã kín lịch (3/3 suất)', en: 'Fully booked (3/3 slots)' } });
    expect(spareCapacity(3, 5).score).toBe(0);
    expect(spareCapacity(0, 0).score).toBe(0);
  });

  it('does not apply to profiles that declare no capacity', () => {
    expect(capacityCriterion(undefined, 2)).toBeNull();
    expect(capacityCriterion(2, 2)?.score).toBe(0);
  });
});

describe('responsiveness', () => {
  it('is neutral without history', () => {
    expect(responsiveness({ medianHours: null, timed: 0, accepted: 0, declined: 0 })).toEqual({
      score: NEUTRAL,
      detail: { vi: 'Chưa có lịch sử trả lời lời mời', en: 'No reply history yet' },
    });
  });

  it('rewards quick answers and acceptance, and says so', () => {
    const quick = responsiveness({ medianHours: 9, timed: 6, accepted: 5, declined: 1 });
    const slow = responsiveness({ medianHours: 120, timed: 6, accepted: 1, declined: 5 });
    expect(quick.score).toBeGreaterThan(NEUTRAL);
    expect(slow.score).toBeLessThan(NEUTRAL);
    expect(quick.detail.vi).toBe('Trả lời trung bình sau 9 giờ, nhận 5/6 lời mời');
    expect(quick.detail.en).toBe('Answers in 9 hours (median), accepted 5 of 6 requests');
    expect(slow.detail.vi).toContain('sau 5 ngày');
  });

  it('trusts a long record more than a single answer', () => {
    const once = responsiveness({ medianHours: 1, timed: 1, accepted: 1, declined: 0 }).score;
    const often = responsiveness({ medianHours: 1, timed: 20, accepted: 20, declined: 0 }).score;
    expect(once).toBeGreaterThan(NEUTRAL);
    expect(often).toBeGreaterThan(once);
    expect(speedScore(24)).toBe(0.5);
  });
});

describe('feedback', () => {
  it('is neutral without ratings and shrinks small samples towards the middle', () => {
    expect(feedback(0, 0)).toEqual({ score: NEUTRAL, detail: { vi: 'Chưa có đánh giá', en: 'No ratings yet' } });
    const one = feedback(5, 1).score;
    const many = feedback(50, 10).score;
    expect(one).toBeCloseTo(0.625, 10);
    expect(many).toBeGreaterThan(one);
    expect(feedback(1, 1).score).toBeLessThan(NEUTRAL);
    expect(feedbackScore(5 * 1000, 1000)).toBeGreaterThan(0.99);
  });

  it('writes the average with a decimal comma in Vietnamese', () => {
    expect(feedback(23, 5).detail).toEqual({ vi: 'Đánh giá 4,6/5 từ 5 buổi tư vấn', en: 'Rated 4.6/5 over 5 consultations' });
  });
});

describe('fair exposure', () => {
  it('changes nothing when nobody has been shown, and penalises the over-shown', () => {
    expect(exposureFairness(0, 0).score).toBe(1);
    expect(exposureFairness(0, 4).score).toBe(1);
    expect(exposureFairness(4, 4).score).toBeCloseTo(5 / 9, 10);
    expect(exposureFairness(40, 4).score).toBeLessThan(0.15);
    expect(exposureFairness(40, 4).detail.vi).toBe('Được đề xuất nhiều gần đây (40 lần trong 14 ngày)');
  });

  it('takes the median of a pool', () => {
    expect(median([])).toBe(0);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
