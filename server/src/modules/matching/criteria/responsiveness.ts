// Responsiveness: how fast the candidate answers introduction requests (median hours to first
// answer; unanswered, expired requests count with the hours they waited) and how often it
// accepts. Each part is pulled towards neutral by a small-sample prior of PRIOR_SAMPLES, so one
// quick answer is not "the most responsive expert in the country". No history → exactly neutral.
import { duration } from './labels.js';
import type { CriterionResult } from './types.js';
import { NEUTRAL, result } from './types.js';

export const PRIOR_SAMPLES = 2;
/** Speed half-point: an answer after this many hours scores 0.5 on speed. */
export const HALF_SCORE_HOURS = 24;
export const SPEED_SHARE = 0.6;

export interface ResponsivenessInput {
  /** Median hours from request to first answer, over `timed` requests; null without any. */
  medianHours: number | null;
  timed: number;
  accepted: number;
  declined: number;
}

const shrink = (raw: number, n: number) => (n * raw + PRIOR_SAMPLES * NEUTRAL) / (n + PRIOR_SAMPLES);

export function speedScore(hours: number): number {
  return 1 / (1 + Math.max(0, hours) / HALF_SCORE_HOURS);
}

export function responsiveness(input: ResponsivenessInput): CriterionResult {
  const decided = input.accepted + input.declined;
  if ((input.medianHours === null || input.timed === 0) && decided === 0) {
    return result(NEUTRAL, 'Chưa có lịch sử trả lời lời mời', 'No reply history yet');
  }
  const speed = input.medianHours === null || input.timed === 0 ? NEUTRAL : shrink(speedScore(input.medianHours), input.timed);
  const acceptance = decided === 0 ? NEUTRAL : shrink(input.accepted / decided, decided);
  const score = SPEED_SHARE * speed + (1 - SPEED_SHARE) * acceptance;
  const vi: string[] = [];
  const en: string[] = [];
  if (input.medianHours !== null && input.timed > 0) {
    const d = duration(input.medianHours);
    vi.push(`Trả lời trung bình sau ${d.vi}`);
    en.push(`Answers in ${d.en} (median)`);
  }
  if (decided > 0) {
    vi.push(`nhận ${input.accepted}/${decided} lời mời`);
    en.push(`accepted ${input.accepted} of ${decided} requests`);
  }
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  return result(score, capital(vi.join(', ')), capital(en.join(', ')));
}
