// Vocabulary for generated experts, investors and providers. The styles (expert roles per need
// category, investor styles per type, provider styles) are data: data/orgStyles.json.
import {
  investorTypeCodes,
  needCategoryCodes,
  resourceKindCodes,
  stageCodes,
  type InvestorTypeCode,
  type NeedCategoryCode,
  type ResourceKindCode,
  type StageCode,
} from '../reference/index.js';
import styles from './data/orgStyles.json';

/** Weights for an expert's main field: few experts specialise in venues. */
export const expertiseWeights: readonly (readonly [NeedCategoryCode, number])[] = [
  ['trademark', 10],
  ['standards', 12],
  ['distribution', 12],
  ['workspace', 2],
  ['funding', 9],
  ['mentoring', 15],
  ['technology', 14],
  ['legal', 9],
  ['marketing', 12],
  ['training', 8],
];

export const expertOrganizations = [
  'Trung tâm Hỗ trợ Khởi nghiệp {place}',
  'Trường Đại học {brand}',
  'Công ty Tư vấn {brand}',
  'Văn phòng Luật {brand}',
  'Hiệp hội Doanh nghiệp nhỏ và vừa {place}',
  'Viện Nghiên cứu {brand}',
] as const;

export interface InvestorStyle {
  names: readonly string[];
  headline: string;
  about: string;
  ticket: { min: number; max: number };
  stages: readonly StageCode[];
}

export const investorTypeWeights: readonly (readonly [InvestorTypeCode, number])[] = [
  ['angel', 35],
  ['vc', 15],
  ['fund', 20],
  ['corporate', 15],
  ['public', 15],
];

export interface ProviderStyle {
  names: readonly string[];
  headline: string;
  about: string;
  offerings: readonly NeedCategoryCode[];
  resources: readonly { name: string; kind: ResourceKindCode; capacity?: readonly [number, number] }[];
}

// ---------------------------------------------------------------------------------------------
// Loading data/orgStyles.json: every code it uses must be in the reference tables, and every
// need category and investor type must have its style.

function check(ok: boolean, problem: string): void {
  if (!ok) throw new Error(`orgStyles.json: ${problem}`);
}

const within = (codes: readonly string[], list: unknown): boolean =>
  Array.isArray(list) && list.every((code) => codes.includes(String(code)));

/** `table` keyed by exactly `codes`, in any order. */
function byCode<C extends string, T>(name: string, codes: readonly C[], table: Record<string, T>): Record<C, T> {
  check(Object.keys(table).length === codes.length && codes.every((c) => c in table), `${name} must have one entry per code`);
  return table as Record<C, T>;
}

export const expertRoles: Record<NeedCategoryCode, { title: string; headline: string; about: string }> = byCode(
  'expertRoles',
  needCategoryCodes,
  styles.expertRoles,
);

export const investorStyles: Record<InvestorTypeCode, InvestorStyle> = byCode(
  'investorStyles',
  investorTypeCodes,
  styles.investorStyles as Record<string, InvestorStyle>,
);
for (const [type, style] of Object.entries(investorStyles)) {
  check(within(stageCodes, style.stages), `investorStyles.${type}: unknown stage`);
  check(style.ticket.min <= style.ticket.max, `investorStyles.${type}: ticket min above max`);
}

export const providerStyles: readonly ProviderStyle[] = styles.providerStyles as unknown as ProviderStyle[];
providerStyles.forEach((style, i) => {
  check(within(needCategoryCodes, style.offerings), `providerStyles[${i}]: unknown offering`);
  check(
    within(
      resourceKindCodes,
      style.resources.map((r) => r.kind),
    ),
    `providerStyles[${i}]: unknown resource kind`,
  );
  check(
    style.resources.every((r) => r.capacity === undefined || (r.capacity.length === 2 && r.capacity[0] <= r.capacity[1])),
    `providerStyles[${i}]: capacity is [min, max]`,
  );
});
