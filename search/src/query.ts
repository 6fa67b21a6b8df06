// Query-text parsing shared by both engines: NFC, bounded length, folded terms for matching and
// exact (diacritic-carrying) forms for the exact-match ranking criterion.
import { exactKey, fold, hasDiacritics, lowerExact, tokenize } from './text.js';

/** Longer input is cut: a search box never needs more, and work per query stays bounded. */
export const MAX_QUERY_CHARS = 256;
/**
 * Distinct words a query is made of; later words are ignored. Meilisearch takes at most 10 words
 * of a query and ignores the rest (a hard limit, "Known limitations" in its documentation), so the
 * embedded engine must not require an 11th word that Meilisearch never looks at.
 */
export const MAX_QUERY_TERMS = 10;

export interface ParsedQuery {
  /** Folded, de-duplicated terms in input order. */
  terms: string[];
  /**
   * For each term, the exact key of the form the user typed when it carries diacritics
   * ("mật" → "mật"), else undefined ("mat": no form was chosen, so none is preferred).
   */
  exactByTerm: (string | undefined)[];
  /** Exact keys of the input words that carry diacritics, de-duplicated. */
  exactTerms: string[];
  /** True when the last input word carries diacritics, so its exact form is matched as a prefix. */
  exactLastIsPrefix: boolean;
}

export function parseQuery(q: string | undefined): ParsedQuery {
  const text = lowerExact((q ?? '').slice(0, MAX_QUERY_CHARS));
  const words: string[] = [];
  const terms: string[] = [];
  const exactByTerm: (string | undefined)[] = [];
  for (const word of tokenize(text)) {
    const folded = fold(word);
    const exact = hasDiacritics(word) ? exactKey(word) : undefined;
    const at = terms.indexOf(folded);
    if (at === -1 && terms.length === MAX_QUERY_TERMS) break;
    words.push(word);
    if (at === -1) {
      terms.push(folded);
      exactByTerm.push(exact);
    } else if (exactByTerm[at] === undefined) {
      exactByTerm[at] = exact;
    }
  }
  const exactTerms = [...new Set(words.filter((w) => hasDiacritics(w)).map((w) => exactKey(w)))];
  const last = words[words.length - 1];
  return {
    terms,
    exactByTerm,
    exactTerms,
    exactLastIsPrefix: last !== undefined && hasDiacritics(last) && exactTerms[exactTerms.length - 1] === exactKey(last),
  };
}

/**
 * Typo budget by word length, the same as Meilisearch's default minWordSizeForTypos (one typo
 * from 5 letters, two from 9): Vietnamese syllables are short, and at 4 letters a typo already
 * turns "dang" into "lang"/"sang", so shorter words must match exactly (after folding).
 */
export const ONE_TYPO_MIN_LENGTH = 5;
export const TWO_TYPOS_MIN_LENGTH = 9;
export function typoBudget(term: string): number {
  if (term.length < ONE_TYPO_MIN_LENGTH) return 0;
  if (term.length < TWO_TYPOS_MIN_LENGTH) return 1;
  return 2;
}

/** Only the last term is matched as a prefix (search-as-you-type), and never a single letter. */
export function isPrefixTerm(term: string, index: number, count: number): boolean {
  return index === count - 1 && term.length >= 2;
}

/**
 * How many of the query's diacritic words occur in exactly that form in the texts (the last one
 * as a prefix when it is being typed). Used to rank exact-diacritic matches first.
 */
export function countExactMatches(texts: readonly string[], parsed: ParsedQuery): number {
  if (parsed.exactTerms.length === 0) return 0;
  const words = new Set<string>();
  for (const text of texts) for (const w of tokenize(lowerExact(text))) words.add(exactKey(w));
  const last = parsed.exactTerms.length - 1;
  let count = 0;
  parsed.exactTerms.forEach((term, i) => {
    if (words.has(term)) count++;
    else if (parsed.exactLastIsPrefix && i === last && [...words].some((w) => w.startsWith(term))) count++;
  });
  return count;
}
