import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../reference.js';
import { queryKeys } from '../keys.js';
import type { CodeLabel, Reference } from '@ketnoi/contract';

export function useReference() {
  return useQuery({ queryKey: queryKeys.reference, queryFn: referenceApi.get, staleTime: Infinity, gcTime: Infinity });
}

export interface Labels {
  province: (code: string) => string;
  category: (code: string) => string;
  sector: (code: string) => string;
  stage: (code: string) => string;
  region: (code: string) => string | undefined;
}

function pick(list: CodeLabel[] | undefined, code: string, lang: string): string | undefined {
  const entry = list?.find((item) => item.code === code);
  return entry ? (lang.startsWith('en') ? entry.en : entry.vi) : undefined;
}

export function makeLabels(reference: Reference | undefined, lang: string, t: (key: string) => string): Labels {
  return {
    province: (code) => reference?.provinces.find((p) => p.code === code)?.name ?? code,
    region: (code) => reference?.provinces.find((p) => p.code === code)?.region,
    category: (code) => pick(reference?.needCategories, code, lang) ?? t(`category.${code}`),
    sector: (code) => pick(reference?.sectors, code, lang) ?? code,
    stage: (code) => pick(reference?.stages, code, lang) ?? t(`stage.${code}`),
  };
}

/** Readable names for reference codes in the current language (falls back to the code). */
export function useLabels(): Labels {
  const { t, i18n } = useTranslation();
  const { data } = useReference();
  return makeLabels(data, i18n.language, t);
}
