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

// Tone marks in NFD: grave, acute, tilde, hook above, dot below.
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const OPEN_OA_OE = new RegExp(`o([ae])([${TONE_MARKS}])$`);
const OPEN_UY = new RegExp(`(^|[^q])uy([${TONE_MARKS}])$`);

/**
 * Exact-form key of one token: lowercase NFC with diacritics kept, and the two accepted
 * tone placements of open "oa/oe/uy" syllables unified ("hoà" = "hòa", "thuỷ" = "thủy"),
 * so that spelling style never counts as a different word when ranking exact matches.
 */
export function exactKey(token: string): string {
  const nfd = token.normalize('NFC').toLocaleLowerCase('vi').normalize('NFD');
  return nfd
    .replace(OPEN_OA_OE, (_m, vowel: string, tone: string) => `o${tone}${vowel}`)
    .replace(OPEN_UY, (_m, before: string, tone: string) => `${before}u${tone}y`)
    .normalize('NFC');
}

/** True when folding changes the token, i.e. it carries Vietnamese diacritics or đ. */
export function hasDiacritics(token: string): boolean {
  return fold(token) !== token.normalize('NFC').toLowerCase();
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for safe insertion into HTML (highlights are rendered as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}
