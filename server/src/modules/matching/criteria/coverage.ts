// Need coverage, the strongest signal: can this candidate help with this kind of need at all?
// 1 when the candidate's coverage (expertise / offerings / funding) contains the need category;
// RELATED_CREDIT when it contains a category that is part of the same piece of work (see
// RELATED_CATEGORIES); 0 otherwise.
import { joinLabels, needLabel, vndRange } from './labels.js';
import type { CriterionResult } from './types.js';
import { result } from './types.js';

/**
 * Categories whose holders can partly serve a need, with the reason. Only pairs where one
 * professional routinely does part of the other's work:
 * - trademark ↔ legal: filing a mark is a legal procedure; IP agents are usually law firms and a
 *   business lawyer can do a search and a simple filing.
 * - standards ↔ technology: food-safety and quality certificates hinge on the production process
 *   (one-way layout, HACCP), which process engineers design.
 * - distribution ↔ marketing: channel access and branding/e-commerce selling come together
 *   (trade-fair organisers, online marketplaces).
 * - funding ↔ mentoring: investment readiness (business model, pitch, financials) is mentoring.
 * - mentoring ↔ training: group training and one-to-one coaching overlap.
 * Workspace has no substitute.
 */
export const RELATED_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  trademark: ['legal'],
  legal: ['trademark'],
  standards: ['technology'],
  technology: ['standards'],
  distribution: ['marketing'],
  marketing: ['distribution'],
  funding: ['mentoring'],
  mentoring: ['funding', 'training'],
  training: ['mentoring'],
  workspace: [],
};

/** Partial credit for a related category: well below an exact match, above nothing. */
export const RELATED_CREDIT = 0.35;

export type CoverageKind = 'exact' | 'related' | 'none';

export function relatedCategories(category: string): readonly string[] {
  return RELATED_CATEGORIES[category] ?? [];
}

/** How `offered` covers `category`, and through which category. */
export function coverageOf(category: string, offered: readonly string[]): { kind: CoverageKind; score: number; via: string | null } {
  if (offered.includes(category)) return { kind: 'exact', score: 1, via: category };
  const related = relatedCategories(category).find((c) => offered.includes(c));
  if (related) return { kind: 'related', score: RELATED_CREDIT, via: related };
  return { kind: 'none', score: 0, via: null };
}

type HelperKind = 'expert' | 'provider' | 'investor';

const VERB: Record<HelperKind, { vi: string; en: string }> = {
  expert: { vi: 'Chuyên môn', en: 'Expertise' },
  provider: { vi: 'Cung cấp', en: 'Offers' },
  investor: { vi: 'Đầu tư', en: 'Invests' },
};

/** A startup's need against a helper's coverage: "Chuyên môn: đăng ký nhãn hiệu (đúng nhu cầu)". */
export function helperCoverage(needCategory: string, helper: { kind: HelperKind; coverage: readonly string[] }): CriterionResult {
  const c = coverageOf(needCategory, helper.coverage);
  const verb = VERB[helper.kind];
  const need = needLabel(needCategory);
  if (c.kind === 'exact') return result(1, `${verb.vi}: ${need.vi} (đúng nhu cầu)`, `${verb.en}: ${need.en} (exactly the need)`);
  if (c.kind === 'related') {
    const via = needLabel(c.via!);
    return result(
      c.score,
      `${verb.vi}: ${via.vi} (liên quan đến nhu cầu ${need.vi})`,
      `${verb.en}: ${via.en} (related to the need: ${need.en})`,
    );
  }
  return result(0, `Không có chuyên môn ${need.vi}`, `No ${need.en} expertise`);
}

export interface NeedSummary {
  category: string;
  /** Only when the reader of the reasons may read the need itself (needs/policy.ts). */
  title?: string;
}

/** ` – “title”` when the title may be shown, else nothing. */
const quoted = (need: NeedSummary) => (need.title ? ` – “${need.title}”` : '');

/** A helper looking at a startup: the best of the startup's open needs against what it covers. */
export function startupNeedCoverage(needs: readonly NeedSummary[], helperCoverageList: readonly string[]): CriterionResult {
  let best: { need: NeedSummary; c: ReturnType<typeof coverageOf> } | null = null;
  for (const need of needs) {
    const c = coverageOf(need.category, helperCoverageList);
    if (!best || c.score > best.c.score) best = { need, c };
  }
  if (!best || best.c.kind === 'none') {
    const all = joinLabels([...new Set(needs.map((n) => n.category))].map(needLabel));
    return needs.length
      ? result(0, `Nhu cầu (${all.vi}) ngoài chuyên môn của bạn`, `Needs (${all.en}) are outside what you cover`)
      : result(0, 'Chưa có nhu cầu đang mở', 'No open needs');
  }
  const need = needLabel(best.need.category);
  if (best.c.kind === 'exact') {
    return result(
      1,
      `Cần: ${need.vi}${quoted(best.need)} (đúng chuyên môn của bạn)`,
      `Needs: ${need.en}${quoted(best.need)} (what you cover)`,
    );
  }
  const via = needLabel(best.c.via!);
  return result(best.c.score, `Cần: ${need.vi} (gần với ${via.vi} của bạn)`, `Needs: ${need.en} (close to your ${via.en})`);
}

/** An investor looking at a startup: an open funding need beats a stated ask beats nothing. */
export function fundingInterest(needs: readonly NeedSummary[], fundingAsk: { min: number; max: number } | undefined): CriterionResult {
  const funding = needs.find((n) => n.category === 'funding');
  if (funding) {
    return funding.title
      ? result(1, `Đang tìm vốn: “${funding.title}”`, `Looking for funding: “${funding.title}”`)
      : result(1, 'Đang tìm vốn (có nhu cầu gọi vốn đang mở)', 'Looking for funding (an open funding need)');
  }
  if (fundingAsk) {
    const r = vndRange(fundingAsk);
    return result(
      0.6,
      `Có nêu nhu cầu vốn ${r.vi} nhưng chưa mở yêu cầu gọi vốn`,
      `States a funding ask of ${r.en} but has no open funding need`,
    );
  }
  return result(0.2, 'Chưa nêu nhu cầu gọi vốn', 'Has not asked for funding');
}
