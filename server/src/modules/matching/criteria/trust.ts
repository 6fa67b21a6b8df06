// Verified credentials and a shared language: simple yes/no criteria.
import { joinLabels, languageLabel } from './labels.js';
import type { CriterionResult } from './types.js';
import { result } from './types.js';

export function verified(isVerified: boolean): CriterionResult {
  return isVerified
    ? result(1, 'Hồ sơ đã được cán bộ tỉnh xác minh', 'Profile verified by province staff')
    : result(0, 'Hồ sơ chưa được xác minh', 'Profile not verified yet');
}

export function sharedLanguage(a: readonly string[], b: readonly string[]): CriterionResult {
  const shared = a.filter((l) => b.includes(l));
  if (shared.length === 0) return result(0, 'Không có ngôn ngữ chung', 'No shared language');
  const labels = joinLabels(shared.map(languageLabel));
  return result(1, `Cùng nói ${labels.vi}`, `Shared language: ${labels.en}`);
}
