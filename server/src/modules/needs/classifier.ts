// Need classifier: suggests need categories for a founder's free text (Vietnamese with or
// without diacritics, English, NFC or NFD). Pure and deterministic.
//
// How a score is made (so a broker can be told why):
// 1. The text and every category keyword (seeds: needCategories) are split into tokens, each
//    kept in two forms: exact (lowercase NFC) and folded (no diacritics, đ → d).
// 2. A keyword matches where all its tokens match consecutive text tokens. A token matches when
//    the exact forms agree, or when the founder typed it without diacritics and the folded forms
//    agree. Typed-without-diacritics single syllables are ambiguous ("quy" is quỹ, quy, quý…), so
//    they count less; a token typed with *different* diacritics only counts inside a phrase.
// 3. Longest phrase wins: once "đăng ký thương hiệu" (trademark) matches, the shorter
//    "thương hiệu" (marketing) inside it is not counted. Overlapping phrases of equal length
//    all count.
// 4. A match weighs its length in words (a Vietnamese syllable 1, an English word 1.5, so
//    whole phrases outweigh single words) times its match quality, divided among the
//    categories that list the same phrase. The title line, the first phrase of the text and
//    training words weigh 1.5× (see the constants below).
// 5. confidence = category score / (sum of scores + PRIOR_MASS): in 0..1, summing to < 1, and
//    low when the evidence is thin.
import { fold, lowerExact, tokenize } from '@ketnoi/search';
import { needCategories, type NeedCategoryCode } from '@ketnoi/seeds';

export interface CategorySuggestion {
  code: NeedCategoryCode;
  confidence: number;
}

export interface CategoryExplanation extends CategorySuggestion {
  score: number;
  /** The keywords that matched, as written in the reference list. */
  matched: string[];
}

/** Evidence mass reserved for "none of these"; one two-syllable phrase alone gives 0.5. */
const PRIOR_MASS = 2;
const TITLE_BOOST = 1.5;
/** The first phrase of a need usually names it ("Tập huấn kỹ thuật trồng chè…"). */
const LEAD_BOOST = 1.5;
const SYLLABLE_UNIT = 1;
const ASCII_TOKEN_UNIT = 1.5;
/**
 * Training words name the form of help and the rest of the text names what is to be taught
 * ("Tập huấn kỹ thuật trồng chè", "Đào tạo sử dụng phần mềm"), so they outweigh the topic.
 */
const CATEGORY_BOOST: Partial<Record<NeedCategoryCode, number>> = { training: 1.5 };
/** Match quality when the founder omitted diacritics on a single-syllable keyword. */
const UNMARKED_SINGLE_SYLLABLE = 0.6;
/** Match quality for a token typed with different diacritics, inside a multi-token phrase. */
const MISMARKED_IN_PHRASE = 0.5;

interface Token {
  exact: string;
  folded: string;
  /** Typed without any diacritics (so its folded form is all we know). */
  unmarked: boolean;
}

interface Keyword {
  text: string;
  tokens: Token[];
  weight: number;
  categories: NeedCategoryCode[];
}

// English plural "s" is dropped on both sides ("investors" ~ "investor"); Vietnamese syllables
// never end in s, so folded Vietnamese is unaffected.
function normalizeAsciiToken(token: string): string {
  return token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;
}

function toTokens(text: string): Token[] {
  return tokenize(lowerExact(text)).map((exact) => {
    const folded = fold(exact);
    const unmarked = folded === exact;
    return unmarked ? { exact: normalizeAsciiToken(exact), folded: normalizeAsciiToken(folded), unmarked } : { exact, folded, unmarked };
  });
}

function buildKeywordIndex(): Map<string, Keyword[]> {
  const byPhrase = new Map<string, Keyword>();
  for (const category of needCategories) {
    for (const text of [...category.keywords.vi, ...category.keywords.en]) {
      const tokens = toTokens(text);
      if (tokens.length === 0) continue;
      const key = tokens.map((t) => t.exact).join(' ');
      const existing = byPhrase.get(key);
      if (existing) {
        if (!existing.categories.includes(category.code)) existing.categories.push(category.code);
        continue;
      }
      // Weighed per space-separated word, so "e-commerce" or "r&d" count as one English word.
      const weight = text
        .trim()
        .split(/\s+/)
        .reduce((sum, word) => sum + (fold(word) === word.toLowerCase() ? ASCII_TOKEN_UNIT : SYLLABLE_UNIT), 0);
      byPhrase.set(key, { text, tokens, weight, categories: [category.code] });
    }
  }
  // Indexed by the folded first token: every candidate that could start at a text position.
  const index = new Map<string, Keyword[]>();
  for (const keyword of byPhrase.values()) {
    const first = keyword.tokens[0]!.folded;
    const list = index.get(first) ?? [];
    list.push(keyword);
    index.set(first, list);
  }
  return index;
}

const keywordIndex = buildKeywordIndex();

/** 1 for an exact match, a fraction for a diacritic-insensitive one, 0 for none. */
function tokenMatch(text: Token, keyword: Token, inPhrase: boolean): number {
  if (text.exact === keyword.exact) return 1;
  if (text.folded !== keyword.folded) return 0;
  if (text.unmarked) return inPhrase || keyword.unmarked ? 1 : UNMARKED_SINGLE_SYLLABLE;
  return inPhrase ? MISMARKED_IN_PHRASE : 0;
}

interface Match {
  start: number;
  end: number;
  keyword: Keyword;
  quality: number;
}

function findMatches(tokens: Token[]): Match[] {
  const matches: Match[] = [];
  tokens.forEach((token, start) => {
    for (const keyword of keywordIndex.get(token.folded) ?? []) {
      const length = keyword.tokens.length;
      if (start + length > tokens.length) continue;
      let quality = 1;
      for (let i = 0; i < length && quality > 0; i++) {
        quality = Math.min(quality, tokenMatch(tokens[start + i]!, keyword.tokens[i]!, length > 1));
      }
      if (quality > 0) matches.push({ start, end: start + length, keyword, quality });
    }
  });
  return matches;
}

const spanLength = (m: Match): number => m.end - m.start;

/** Longest phrase wins: a match is dropped when it overlaps a strictly longer accepted match. */
function selectLongestMatches(matches: Match[]): Match[] {
  const ordered = [...matches].sort((a, b) => spanLength(b) - spanLength(a) || a.start - b.start);
  const taken: Match[] = [];
  for (const match of ordered) {
    const shadowed = taken.some((t) => match.start < t.end && t.start < match.end && spanLength(t) > spanLength(match));
    if (!shadowed) taken.push(match);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function titleLength(text: string): number {
  const newline = text.search(/[\r\n]/);
  return newline < 0 ? 0 : toTokens(text.slice(0, newline)).length;
}

/**
 * Like classifyNeed, with each category's raw score and the keywords that produced it.
 * The first line of `text` is treated as the need's title when a description follows it.
 */
export function explainNeed(text: string): CategoryExplanation[] {
  const tokens = toTokens(text);
  const titleEnd = titleLength(text);
  const scores = new Map<NeedCategoryCode, { score: number; matched: Set<string>; firstAt: number }>();
  const selected = selectLongestMatches(findMatches(tokens));
  const leadStart = selected[0]?.start ?? -1;
  for (const match of selected) {
    const { keyword } = match;
    let boost = match.start < titleEnd ? TITLE_BOOST : 1;
    if (match.start === leadStart) boost *= LEAD_BOOST;
    for (const code of keyword.categories) {
      const points = (keyword.weight * match.quality * boost * (CATEGORY_BOOST[code] ?? 1)) / keyword.categories.length;
      const entry = scores.get(code) ?? { score: 0, matched: new Set<string>(), firstAt: match.start };
      entry.score += points;
      entry.matched.add(keyword.text);
      entry.firstAt = Math.min(entry.firstAt, match.start);
      scores.set(code, entry);
    }
  }
  const total = [...scores.values()].reduce((sum, e) => sum + e.score, 0);
  return [...scores.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.firstAt - b.firstAt)
    .map(([code, entry]) => ({
      code,
      // Floored to 3 decimals so the rounded confidences still sum to at most 1.
      confidence: Math.floor((entry.score / (total + PRIOR_MASS)) * 1000) / 1000,
      score: Math.round(entry.score * 100) / 100,
      matched: [...entry.matched],
    }));
}

/**
 * Suggest need categories for a free-text need, best first. Confidences are in 0..1 and sum
 * to at most 1; categories with no evidence are left out, so the list is empty when nothing
 * in the text points to any category. Pass `title + "\n" + description` to weight the title.
 */
export function classifyNeed(text: string): CategorySuggestion[] {
  return explainNeed(text).map(({ code, confidence }) => ({ code, confidence }));
}
