// Vietnamese text normalisation shared by search, classification and matching.
// DESIGN.md: store NFC; fold for matching = NFD, drop combining marks, đ/Đ → d, lowercase.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Canonical stored form: Unicode NFC, so decomposed input equals precomposed text. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Lowercase NFC without removing diacritics ("Mật Ong" → "mật ong"). */
export function lowerExact(text: string): string {
  // Plain toLowerCase: Unicode has locale-specific lowercasing only for tr/az/lt, so for
  // Vietnamese it equals toLocaleLowerCase('vi') and avoids a slow ICU call per string.
  return text.normalize('NFC').toLowerCase();
}

/** Diacritic- and case-insensitive key ("Đăng ký" → "dang ky"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** BMP lookup table of WORD_CHAR: tokenizing is on every indexing and ranking path. */
let bmpWordChars: Uint8Array | null = null;
function wordCharTable(): Uint8Array {
  if (!bmpWordChars) {
    bmpWordChars = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      if (c < 0xd800 || c > 0xdfff) bmpWordChars[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    }
  }
  return bmpWordChars;
}

/** Split into word tokens on anything that is not a letter or digit (Unicode aware). */
export function tokenize(text: string): string[] {
  const table = wordCharTable();
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    let width = 1;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // Astral code point (surrogate pair): rare, so ask the regex.
      isWord = WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
      width = 2;
    } else {
      isWord = table[c] === 1;
    }
    if (isWord) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      tokens.push(text.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start !== -1) tokens.push(text.slice(start));
  return tokens;
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
// Cheap pre-check on NFC: a toned a/e/y after o/u at the end of the word.
const MAYBE_MOVABLE_TONE = /(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/;

/**
 * Exact-form key of one token: lowercase NFC with diacritics kept, and the two accepted
 * tone placements of open "oa/oe/uy" syllables unified ("hoà" = "hòa", "thuỷ" = "thủy"),
 * so that spelling style never counts as a different word when ranking exact matches.
 */
export function exactKey(token: string): string {
  const lower = token.normalize('NFC').toLowerCase();
  if (!MAYBE_MOVABLE_TONE.test(lower)) return lower;
  const nfd = lower.normalize('NFD');
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
