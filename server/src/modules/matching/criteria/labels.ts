// Wording helpers for criterion details: reference labels (need categories, sectors, stages,
// provinces, regions) and Vietnamese/English number formats.
import { languages, needCategoryByCode, provinceByCode, regionByCode, sectors, stages } from '@ketnoi/seeds';
import type { Bilingual } from './types.js';

const lowerFirst = (s: string) => (s ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s);

const byCode = <T extends { code: string; vi: string; en: string }>(list: readonly T[]) => new Map<string, T>(list.map((x) => [x.code, x]));
const SECTORS = byCode(sectors);
const STAGES = byCode(stages);
const LANGUAGES = byCode(languages);

/** A need category as it reads inside a sentence: "đăng ký nhãn hiệu, sở hữu trí tuệ" / "Trademark & IP". */
export function needLabel(code: string): Bilingual {
  const c = needCategoryByCode(code);
  return c ? { vi: lowerFirst(c.vi), en: c.en } : { vi: code, en: code };
}

export function sectorLabel(code: string): Bilingual {
  const s = SECTORS.get(code);
  return s ? { vi: lowerFirst(s.vi), en: s.en } : { vi: code, en: code };
}

export function stageLabel(code: string): Bilingual {
  const s = STAGES.get(code);
  return s ? { vi: lowerFirst(s.vi), en: s.en.toLowerCase() } : { vi: code, en: code };
}

export function languageLabel(code: string): Bilingual {
  const l = LANGUAGES.get(code);
  return l ? { vi: lowerFirst(l.vi), en: l.en } : { vi: code, en: code };
}

export function provinceName(code: string): Bilingual {
  const p = provinceByCode(code);
  return p ? { vi: p.name, en: p.name } : { vi: code, en: code };
}

export function regionName(code: string | null): Bilingual {
  const r = code ? regionByCode(code) : undefined;
  return r ? { vi: r.vi, en: r.en } : { vi: 'không rõ vùng', en: 'unknown region' };
}

/** Join labels: "a, b và c" / "a, b and c". */
export function joinLabels(items: readonly Bilingual[]): Bilingual {
  const join = (words: string[], and: string) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
  return {
    vi: join(
      items.map((i) => i.vi),
      'và',
    ),
    en: join(
      items.map((i) => i.en),
      'and',
    ),
  };
}

/** Decimal in each language: 4,6 (vi) / 4.6 (en). */
export function decimal(n: number, digits = 1): Bilingual {
  const en = n.toFixed(digits).replace(/\.0+$/, '');
  return { vi: en.replace('.', ','), en };
}

/** Hours as people say them: "9 giờ" / "9 hours", "3 ngày" / "3 days" past two days. */
export function duration(hours: number): Bilingual {
  if (hours < 1) return { vi: 'dưới 1 giờ', en: 'less than an hour' };
  if (hours < 48) {
    const h = Math.round(hours);
    return { vi: `${h} giờ`, en: `${h} hour${h === 1 ? '' : 's'}` };
  }
  const d = Math.round(hours / 24);
  return { vi: `${d} ngày`, en: `${d} days` };
}

/** An amount of VND: "300 triệu" / "300M", "1,5 tỷ" / "1.5B". */
export function vnd(amount: number): Bilingual {
  const scaled = (unit: number, digits: number) => decimal(Math.round((amount / unit) * 10 ** digits) / 10 ** digits, digits);
  if (amount >= 1e9) {
    const n = scaled(1e9, 1);
    return { vi: `${n.vi} tỷ`, en: `${n.en}B` };
  }
  if (amount >= 1e6) {
    const n = scaled(1e6, 0);
    return { vi: `${n.vi} triệu`, en: `${n.en}M` };
  }
  const n = scaled(1e3, 0);
  return { vi: `${n.vi} nghìn`, en: `${n.en}K` };
}

export function vndRange(range: { min: number; max: number }): Bilingual {
  const a = vnd(range.min);
  const b = vnd(range.max);
  if (a.vi === b.vi) return { vi: `${a.vi} đồng`, en: `${a.en} VND` };
  return { vi: `${a.vi} – ${b.vi} đồng`, en: `${a.en}–${b.en} VND` };
}

export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;
