// Investor thesis fit: the startup's stage among the investor's stages, and the investor's ticket
// range against the startup's funding ask.
import { stageCodes } from '@ketnoi/seeds';
import { joinLabels, stageLabel, vndRange } from './labels.js';
import type { CriterionResult } from './types.js';
import { NEUTRAL, result } from './types.js';

/** Score for a stage right next to one the investor takes (an idea about to become a prototype). */
export const ADJACENT_STAGE_SCORE = 0.4;

export function stageFit(startupStage: string | undefined, investorStages: readonly string[]): CriterionResult {
  if (investorStages.length === 0) return result(NEUTRAL, 'Nhà đầu tư không giới hạn giai đoạn', 'The investor takes any stage');
  if (!startupStage) return result(NEUTRAL, 'Dự án chưa nêu giai đoạn', 'The startup names no stage');
  const stage = stageLabel(startupStage);
  if (investorStages.includes(startupStage)) return result(1, `Đầu tư giai đoạn ${stage.vi}`, `Invests at the ${stage.en} stage`);
  const at = (stageCodes as readonly string[]).indexOf(startupStage);
  const near = investorStages.some((s) => Math.abs((stageCodes as readonly string[]).indexOf(s) - at) === 1);
  const takes = joinLabels(investorStages.map(stageLabel));
  if (near) {
    return result(
      ADJACENT_STAGE_SCORE,
      `Giai đoạn ${stage.vi} liền kề giai đoạn nhà đầu tư chọn (${takes.vi})`,
      `Stage ${stage.en} is next to the investor's (${takes.en})`,
    );
  }
  return result(
    0,
    `Nhà đầu tư chọn giai đoạn ${takes.vi}, dự án đang ở giai đoạn ${stage.vi}`,
    `The investor takes ${takes.en}; the startup is at ${stage.en}`,
  );
}

export interface Range {
  min: number;
  max: number;
}

/**
 * 1 when the ranges overlap; otherwise half the ratio of the nearer ends (an ask of 2 billion
 * against a ticket from 3 billion gives 0.5 × 2/3), so near misses still rank above far ones.
 */
export function ticketFit(fundingAsk: Range | undefined, ticket: Range | undefined): CriterionResult {
  if (!ticket) return result(NEUTRAL, 'Nhà đầu tư chưa nêu khoản đầu tư', 'The investor names no ticket size');
  if (!fundingAsk) return result(NEUTRAL, 'Dự án chưa nêu số vốn cần gọi', 'The startup names no funding ask');
  const t = vndRange(ticket);
  const a = vndRange(fundingAsk);
  if (fundingAsk.min <= ticket.max && ticket.min <= fundingAsk.max) {
    return result(1, `Khoản đầu tư ${t.vi} khớp nhu cầu ${a.vi}`, `Ticket ${t.en} fits the ask of ${a.en}`);
  }
  const ratio = fundingAsk.max < ticket.min ? fundingAsk.max / ticket.min : ticket.max / fundingAsk.min;
  const score = 0.5 * (Number.isFinite(ratio) ? ratio : 0);
  return result(score, `Khoản đầu tư ${t.vi} lệch nhu cầu ${a.vi}`, `Ticket ${t.en} misses the ask of ${a.en}`);
}
