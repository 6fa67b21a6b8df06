// Vietnamese text normalisation shared by search, classification and matching.
// DESIGN.md: store NFC; fold for matching = NFD, drop combining marks, đ/Đ → d, lowercase.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Canonical stored form: Unicode NFC, so decomposed input equals precomposed text. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Lowercase NFC without removing diacritics ("Mật Ong" → "mật ong"). */
export function lowerExact(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}

/** Diacritic- and case-insensitive key ("Đăng ký" → "dang ky"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Split into word tokens on anything that is not a letter or digit (Unicode aware). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** ASCII slug: "Lạng Sơn" → "lang-son", "TP Hồ Chí Minh" → "tp-ho-chi-minh". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
