// The ten need categories (DESIGN.md) with the words founders actually type, kept as data in
// needCategoryKeywords.json (one entry per category). The keyword lists feed the need classifier
// (server/src/modules/needs/classifier.ts) and search synonyms.
// Vietnamese entries keep their diacritics: matching folds them, but the classifier uses the
// marks to tell apart syllables that fold alike (quỹ "fund" vs quy trình "process").
import type { CodedLabel } from './labels.js';
import keywords from './needCategoryKeywords.json';

export interface NeedCategoryDef<C extends string = string> extends CodedLabel<C> {
  readonly keywords: { readonly vi: readonly string[]; readonly en: readonly string[] };
}

export const needCategories = [
  { code: 'trademark', vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ', en: 'Trademark & IP', keywords: keywords.trademark },
  {
    code: 'standards',
    vi: 'Tiêu chuẩn, chất lượng, điều kiện lưu thông',
    en: 'Standards & market-circulation conditions',
    keywords: keywords.standards,
  },
  { code: 'distribution', vi: 'Kết nối tiêu thụ, phân phối', en: 'Distribution & sales channels', keywords: keywords.distribution },
  { code: 'workspace', vi: 'Không gian làm việc chung, địa điểm', en: 'Co-working space & venues', keywords: keywords.workspace },
  { code: 'funding', vi: 'Gọi vốn, đầu tư', en: 'Funding & investment', keywords: keywords.funding },
  { code: 'mentoring', vi: 'Cố vấn, hoàn thiện mô hình kinh doanh', en: 'Mentoring & business model', keywords: keywords.mentoring },
  {
    code: 'technology',
    vi: 'Công nghệ, quy trình sản xuất, phát triển sản phẩm',
    en: 'Technology & product development',
    keywords: keywords.technology,
  },
  { code: 'legal', vi: 'Pháp lý, thành lập doanh nghiệp', en: 'Legal & company formation', keywords: keywords.legal },
  { code: 'marketing', vi: 'Truyền thông, thương hiệu, chuyển đổi số', en: 'Marketing, branding & digital', keywords: keywords.marketing },
  { code: 'training', vi: 'Đào tạo, tập huấn', en: 'Training & capacity building', keywords: keywords.training },
] as const satisfies readonly NeedCategoryDef[];

export type NeedCategory = (typeof needCategories)[number];
export type NeedCategoryCode = NeedCategory['code'];

export const needCategoryCodes: NeedCategoryCode[] = needCategories.map((c) => c.code);

const categoriesByCode = new Map<string, NeedCategory>(needCategories.map((c) => [c.code, c]));

export function needCategoryByCode(code: string): NeedCategory | undefined {
  return categoriesByCode.get(code);
}

export function isNeedCategoryCode(code: string): code is NeedCategoryCode {
  return categoriesByCode.has(code);
}
