// Bounded memo for per-word normalisation. Vietnamese has a few thousand syllables, so indexing
// and highlighting fold the same words over and over; the cache turns NFD + regex work into a
// Map lookup. It is cleared when full, so memory stays bounded whatever the input.
import { exactKey, fold } from './text.js';

const MAX_ENTRIES = 200_000;

class WordCache {
  private readonly map = new Map<string, string>();
  constructor(private readonly compute: (word: string) => string) {}

  get(word: string): string {
    let value = this.map.get(word);
    if (value === undefined) {
      if (this.map.size >= MAX_ENTRIES) this.map.clear();
      value = this.compute(word);
      this.map.set(word, value);
    }
    return value;
  }
}

const folds = new WordCache(fold);
const exactKeys = new WordCache(exactKey);

/** fold() of one word, memoised. */
export function foldWord(word: string): string {
  return folds.get(word);
}

/** exactKey() of one word, memoised. */
export function exactKeyOfWord(word: string): string {
  return exactKeys.get(word);
}
