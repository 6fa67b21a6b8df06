// Shared shapes of the scored criteria. Every criterion is a pure function returning a score in
// 0..1 and a sentence in Vietnamese and English that says why (DESIGN.md "Matching").

import type { Criterion } from '@ketnoi/contract';
import { CRITERIA } from '@ketnoi/contract';

export { CRITERIA, type Criterion };

export function isCriterion(name: string): name is Criterion {
  return (CRITERIA as readonly string[]).includes(name);
}

export interface Bilingual {
  vi: string;
  en: string;
}

export type Lang = keyof Bilingual;

export interface CriterionResult {
  /** 0..1, higher is a better match. */
  score: number;
  detail: Bilingual;
}

/** The value a live signal takes when there is no history: neither a reward nor a penalty. */
export const NEUTRAL = 0.5;

export const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export const result = (score: number, vi: string, en: string): CriterionResult => ({ score: clamp01(score), detail: { vi, en } });
