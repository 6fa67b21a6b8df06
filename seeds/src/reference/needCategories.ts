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

const labels = [
  { code: 'trademark', vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ', en: 'Trademark & IP' },
  { code: 'standards', vi: 'Tiêu chuẩn, chất lượng, điều kiện lưu thông', en: 'Standards & market-circulation conditions' },
  { code: 'distribution', vi: 'Kết nối tiêu thụ, phân phối', en: 'Distribution & sales channels' },
  { code: 'workspace', vi: 'Không gian làm việc chung, địa điểm', en: 'Co-working space & venues' },
  { code: 'funding', vi: 'Gọi vốn, đầu tư', en: 'Funding & investment' },
  { code: 'mentoring', vi: 'Cố vấn, hoàn thiện mô hình kinh doanh', en: 'Mentoring & business model' },
  { code: 'technology', vi: 'Công nghệ, quy trình sản xuất, phát triển sản phẩm', en: 'Technology & product development' },
  { code: 'legal', vi: 'Pháp lý, thành lập doanh nghiệp', en: 'Legal & company formation' },
  { code: 'marketing', vi: 'Truyền thông, thương hiệu, chuyển đổi số', en: 'Marketing, branding & digital' },
  { code: 'training', vi: 'Đào tạo, tập huấn', en: 'Training & capacity building' },
] as const satisfies readonly CodedLabel[];

/** Each category with its keywords from needCategoryKeywords.json (one entry per code). */
export const needCategories = labels.map((label) => ({ ...label, keywords: keywords[label.code] })) satisfies readonly NeedCategoryDef[];

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
