/** Scoring criteria named in DESIGN.md; the server's codes may be camelCase or snake_case. */
export const DEFAULT_CRITERIA = [
  'need_coverage',
  'sector',
  'geography',
  'stage_ticket',
  'capacity',
  'responsiveness',
  'rating',
  'verified',
  'language',
] as const;

/** i18n key for a criterion code: needCoverage, need-coverage and need_coverage read the same. */
export function criterionKey(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]/g, '_')
    .toLowerCase();
}
