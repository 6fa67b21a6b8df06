// Criterion weights: defaults (rationale in docs/MATCHING.md), per-province overrides stored in
// province_policies.weights, and the weighted mean that turns criterion scores into one score.
import type { Bilingual, Criterion, CriterionResult, Lang } from './criteria/types.js';
import { CRITERIA, isCriterion } from './criteria/types.js';

export type Weights = Record<Criterion, number>;

import { MAX_WEIGHT } from '@ketnoi/contract';

export { MAX_WEIGHT };

export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  coverage: 5,
  geography: 3,
  capacity: 2,
  stage: 2,
  ticket: 2,
  sector: 1.5,
  responsiveness: 1.5,
  feedback: 1,
  verified: 1,
  language: 0.5,
  exposure: 0.5,
};

export const CRITERION_LABELS: Readonly<Record<Criterion, Bilingual>> = {
  coverage: { vi: 'Đúng nhu cầu', en: 'Need coverage' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  geography: { vi: 'Địa bàn', en: 'Geography' },
  stage: { vi: 'Giai đoạn', en: 'Stage' },
  ticket: { vi: 'Quy mô vốn', en: 'Ticket size' },
  capacity: { vi: 'Suất tư vấn còn trống', en: 'Spare capacity' },
  responsiveness: { vi: 'Phản hồi', en: 'Responsiveness' },
  feedback: { vi: 'Đánh giá', en: 'Feedback' },
  verified: { vi: 'Xác minh', en: 'Verified' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  exposure: { vi: 'Chia đều cơ hội', en: 'Fair exposure' },
};

/** Defaults overlaid with a province's stored overrides (unknown names in storage are ignored). */
export function effectiveWeights(overrides: Readonly<Record<string, number>> | undefined): Weights {
  const out = { ...DEFAULT_WEIGHTS };
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (isCriterion(name) && Number.isFinite(value) && value >= 0 && value <= MAX_WEIGHT) out[name] = value;
  }
  return out;
}

export interface Reason {
  criterion: Criterion;
  weight: number;
  score: number;
  detail: string;
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The weighted mean of the criteria that apply, with one reason per criterion. Criterion scores
 * are rounded first and the total is computed from the rounded values, so what the reasons say
 * adds up to the score: Σ weight·score / Σ weight = score (up to the final rounding).
 */
export function combine(results: Partial<Record<Criterion, CriterionResult>>, weights: Weights, lang: Lang): Scored {
  const reasons: Reason[] = [];
  let weighted = 0;
  let total = 0;
  for (const criterion of CRITERIA) {
    const r = results[criterion];
    if (!r) continue;
    const weight = weights[criterion];
    const score = round4(r.score);
    reasons.push({ criterion, weight, score, detail: r.detail[lang] });
    weighted += weight * score;
    total += weight;
  }
  return { score: total > 0 ? round4(weighted / total) : 0, reasons };
}
