// Amounts of money as Vietnamese people type them: "50000000", "50.000.000", "50tr", "50 triệu",
// "1,5 tỷ", "2 tỷ 500 triệu", "500k", with or without "đ"/"đồng"/"VND". Anything else is refused
// (null) rather than guessed: "50tr" once became 50 ₫ (issue 14 item 22).

const UNIT_WORDS: [number, string[]][] = [
  [1_000_000_000, ['tỷ', 'tỉ', 'ty', 'ti']],
  [1_000_000, ['triệu', 'trieu', 'tr']],
  [1_000, ['nghìn', 'nghin', 'ngàn', 'ngan', 'k']],
];
const UNITS = new Map(UNIT_WORDS.flatMap(([value, words]) => words.map((w) => [w, value] as const)));
const UNIT_PATTERN = [...UNITS.keys()].sort((a, b) => b.length - a.length).join('|');
const CURRENCY = /\s*(?:đồng|dong|vnđ|vnd|đ|₫)\.?$/u;
const PART = new RegExp(`(\\d+(?:[.,]\\d+)*)\\s*(${UNIT_PATTERN})(?![\\p{L}])`, 'uy');

/** "1.500" and "1,500" group thousands (three digits after the mark); "1,5" and "1.5" are decimals. */
function numberOf(text: string): number | null {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** Whole VND from what was typed, or null when it is not an amount this understands. */
export function parseVnd(input: string): number | null {
  const text = input.normalize('NFC').toLowerCase().trim().replace(CURRENCY, '').trim();
  if (!text) return null;
  // Plain digits, grouped by dots, commas or spaces.
  if (/^\d{1,3}(?:[.,\s]\d{3})+$/.test(text) || /^\d+$/.test(text)) return safe(Number(text.replace(/[.,\s]/g, '')));
  // One or more "<number> <unit>" parts.
  let total = 0;
  let at = 0;
  PART.lastIndex = 0;
  while (at < text.length) {
    PART.lastIndex = at;
    const match = PART.exec(text);
    if (!match) return null;
    const amount = numberOf(match[1]!);
    const unit = UNITS.get(match[2]!);
    if (amount === null || unit === undefined) return null;
    total += amount * unit;
    at = PART.lastIndex;
    while (text[at] === ' ') at++;
  }
  return safe(Math.round(total));
}

function safe(value: number): number | null {
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}
