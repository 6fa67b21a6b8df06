// The ten need categories (DESIGN.md): their labels, kept as data in data/needCategories.json,
// with the words founders actually type, kept in needCategoryKeywords.json (one entry per
// category). The keyword lists feed the need classifier (server/src/modules/needs/classifier.ts)
// and search synonyms.
// Vietnamese entries keep their diacritics: matching folds them, but the classifier uses the
// marks to tell apart syllables that fold alike (quỹ "fund" vs quy trình "process").
import table from './data/needCategories.json';
import { codedLabels, type CodedLabel } from './labels.js';
import keywords from './needCategoryKeywords.json';

export interface NeedCategoryDef<C extends string = string> extends CodedLabel<C> {
  readonly keywords: { readonly vi: readonly string[]; readonly en: readonly string[] };
}

const labels = codedLabels('needCategories.json', table);

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
