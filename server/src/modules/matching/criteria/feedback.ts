// Feedback: the average rating (1..5) startups gave after consultations, as a Bayesian average
// with PRIOR_RATINGS phantom ratings of PRIOR_MEAN (the middle of the scale), mapped to 0..1.
// No ratings → exactly neutral (0.5); one 5-star rating → 0.625, not the top of the list.
import { decimal } from './labels.js';
import type { CriterionResult } from './types.js';
import { NEUTRAL, result } from './types.js';

export const PRIOR_MEAN = 3;
export const PRIOR_RATINGS = 3;

export function feedbackScore(ratingSum: number, ratings: number): number {
  const mean = (ratingSum + PRIOR_MEAN * PRIOR_RATINGS) / (ratings + PRIOR_RATINGS);
  return (mean - 1) / 4;
}

export function feedback(ratingSum: number, ratings: number): CriterionResult {
  if (ratings === 0) return result(NEUTRAL, 'Chưa có đánh giá', 'No ratings yet');
  const avg = decimal(ratingSum / ratings);
  return result(
    feedbackScore(ratingSum, ratings),
    `Đánh giá ${avg.vi}/5 từ ${ratings} buổi tư vấn`,
    `Rated ${avg.en}/5 over ${ratings} consultation${ratings === 1 ? '' : 's'}`,
  );
}
