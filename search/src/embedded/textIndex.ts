// Full-text index of the embedded engine.
//
// The term dictionary is MiniSearch's SearchableMap (a radix tree with prefix and Levenshtein
// lookups); postings and scoring are our own typed arrays. MiniSearch's own document scorer
// walks Map-based postings at about 1 µs per posting, which made common Vietnamese syllables
// ("san pham" ≈ 370 000 postings at 100 000 profiles) take 300–1000 ms; the typed-array walk
// below does the same BM25+ scoring in a few milliseconds.
//
// One posting = (slot, per-field term frequencies packed 4 bits × 6 fields, exact-variant mask).
// The variant mask records which diacritic spellings of the folded term the document contains
// ("mat" → bit 0 "mật", bit 1 "mặt", …), so the exact-diacritic criterion costs one AND per
// posting instead of a second index.
//
// Deleting a document only marks its slot dead (skipped by the caller's live/filter bit set);
// compact() later drops dead postings, after which the slots may be reused.
import SearchableMap from 'minisearch/SearchableMap';
import { SEARCHABLE_FIELDS, type ProfileSearchDocument, type SearchableField } from '../documents.js';
import { tokenize } from '../text.js';
import { exactKeyOfWord, foldWord } from '../wordCache.js';
import type { Bitset } from './bitset.js';

const FIELD_COUNT = SEARCHABLE_FIELDS.length;
const TF_MAX = 15;
const VARIANT_OVERFLOW_BIT = 31;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Score weights of expanded terms, relative to the typed term (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** At most this many dictionary terms stand in for one query term (bounded work per query). */
export const MAX_EXPANSIONS = 64;

class PostingList {
  slots = new Int32Array(4);
  tfs = new Uint32Array(4);
  variants = new Uint32Array(4);
  length = 0;

  push(slot: number, tf: number, variants: number): void {
    if (this.length === this.slots.length) {
      const size = this.length * 2;
      this.slots = grow(this.slots, new Int32Array(size));
      this.tfs = grow(this.tfs, new Uint32Array(size));
      this.variants = grow(this.variants, new Uint32Array(size));
    }
    this.slots[this.length] = slot;
    this.tfs[this.length] = tf;
    this.variants[this.length] = variants;
    this.length++;
  }

  /** Keep only postings of live slots; returns the new length. */
  compact(live: Bitset): number {
    let w = 0;
    for (let r = 0; r < this.length; r++) {
      const slot = this.slots[r]!;
      if (!live.has(slot)) continue;
      this.slots[w] = slot;
      this.tfs[w] = this.tfs[r]!;
      this.variants[w] = this.variants[r]!;
      w++;
    }
    this.length = w;
    this.trim();
    return w;
  }

  trim(): void {
    if (this.slots.length === this.length) return;
    const n = Math.max(1, this.length);
    this.slots = this.slots.slice(0, n);
    this.tfs = this.tfs.slice(0, n);
    this.variants = this.variants.slice(0, n);
  }
}

function grow<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

interface TermEntry {
  postings: PostingList;
  /** Exact keys seen for this folded term; the index is the bit in a posting's variant mask. */
  variants: string[];
}

export interface TextQuery {
  terms: readonly string[];
  exactByTerm: readonly (string | undefined)[];
  /** All terms must match (AND) or any (OR). */
  requireAll: boolean;
  /** Only slots set here are considered (live slots, or live ∧ filters). */
  scope: Bitset;
  typoBudget: (term: string) => number;
  prefixLast: boolean;
}

export interface TextMatches {
  /** Matching slots, and per match: words matched, diacritic words matched exactly, score. */
  slots: Int32Array;
  coverage: Uint8Array;
  exact: Uint8Array;
  score: Float64Array;
  /** Folded dictionary terms that matched (for highlighting and proximity), per query term. */
  expansions: Set<string>[];
}

function popcount16(x: number): number {
  let v = x - ((x >>> 1) & 0x5555);
  v = (v & 0x3333) + ((v >>> 2) & 0x3333);
  v = (v + (v >>> 4)) & 0x0f0f;
  return (v + (v >>> 8)) & 0x1f;
}

interface Expansion {
  term: string;
  entry: TermEntry;
  weight: number;
  exactMask: number;
}

export class TextIndex {
  private dict = new SearchableMap<TermEntry>();
  private fieldLengths = new Uint16Array(FIELD_COUNT * 1024);
  private readonly fieldLengthSums = new Float64Array(FIELD_COUNT);
  private liveDocs = 0;
  private readonly boosts: Float64Array;
  // Per-query scratch, indexed by slot; always left zeroed after a query.
  private masks = new Uint16Array(0);
  private exactMasks = new Uint16Array(0);
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);

  constructor(boosts: Record<SearchableField, number>) {
    this.boosts = Float64Array.from(SEARCHABLE_FIELDS.map((f) => boosts[f]));
  }

  get documentCount(): number {
    return this.liveDocs;
  }

  get termCount(): number {
    return this.dict.size;
  }

  add(slot: number, doc: ProfileSearchDocument): void {
    const perTerm = new Map<string, { tf: number; variants: string[] }>();
    if (this.fieldLengths.length < (slot + 1) * FIELD_COUNT) {
      const grown = new Uint16Array(Math.max((slot + 1) * FIELD_COUNT, this.fieldLengths.length * 2));
      grown.set(this.fieldLengths);
      this.fieldLengths = grown;
    }
    SEARCHABLE_FIELDS.forEach((field, f) => {
      // Documents are NFC (normalised on upsert). Words keep their case here: the memoised
      // fold/exactKey lowercase them, which is cheaper than lowercasing whole fields.
      const words = tokenize(doc[field] ?? '');
      const length = Math.min(words.length, 0xffff);
      this.fieldLengths[slot * FIELD_COUNT + f] = length;
      this.fieldLengthSums[f]! += length;
      for (const word of words) {
        const folded = foldWord(word);
        let info = perTerm.get(folded);
        if (!info) perTerm.set(folded, (info = { tf: 0, variants: [] }));
        const shift = f * 4;
        const tf = (info.tf >>> shift) & TF_MAX;
        if (tf < TF_MAX) info.tf = (info.tf & ~(TF_MAX << shift)) | ((tf + 1) << shift);
        if (hasNonAscii(word)) {
          const key = exactKeyOfWord(word);
          if (!info.variants.includes(key)) info.variants.push(key);
        }
      }
    });
    for (const [term, info] of perTerm) {
      let entry = this.dict.get(term);
      if (!entry) {
        entry = { postings: new PostingList(), variants: [] };
        this.dict.set(term, entry);
      }
      let mask = 0;
      for (const key of info.variants) {
        let bit = entry.variants.indexOf(key);
        if (bit === -1 && entry.variants.length < VARIANT_OVERFLOW_BIT) bit = entry.variants.push(key) - 1;
        mask |= 1 << (bit === -1 ? VARIANT_OVERFLOW_BIT : bit);
      }
      entry.postings.push(slot, info.tf >>> 0, mask >>> 0);
    }
    this.liveDocs++;
  }

  /** Forget a document's statistics; its postings stay until compact(). */
  remove(slot: number): void {
    for (let f = 0; f < FIELD_COUNT; f++) this.fieldLengthSums[f]! -= this.fieldLengths[slot * FIELD_COUNT + f]!;
    this.liveDocs--;
  }

  /** Drop postings of slots not in `live`; afterwards dead slots may be reused. */
  compact(live: Bitset): void {
    const empty: string[] = [];
    for (const [term, entry] of this.dict) {
      if (entry.postings.compact(live) === 0) empty.push(term);
    }
    for (const term of empty) this.dict.delete(term);
  }

  /** Release growth slack after a bulk load. */
  trim(): void {
    for (const entry of this.dict.values()) entry.postings.trim();
  }

  clear(): void {
    this.dict = new SearchableMap<TermEntry>();
    this.fieldLengths = new Uint16Array(FIELD_COUNT * 1024);
    this.fieldLengthSums.fill(0);
    this.liveDocs = 0;
    this.masks = new Uint16Array(0);
    this.exactMasks = new Uint16Array(0);
    this.scores = new Float64Array(0);
    this.touched = new Int32Array(0);
  }

  search(query: TextQuery, slotCapacity: number): TextMatches {
    this.ensureScratch(slotCapacity);
    const expansionsByTerm = query.terms.map((term, i) => this.expand(term, query.exactByTerm[i], query, i === query.terms.length - 1));
    // Rarest term first: under AND, later terms only update slots every earlier term matched.
    const order = query.terms.map((_t, i) => i).sort((a, b) => postingsOf(expansionsByTerm[a]!) - postingsOf(expansionsByTerm[b]!));

    const { masks, exactMasks, scores, touched, fieldLengths, boosts } = this;
    const avg = Array.from(this.fieldLengthSums, (sum) => (this.liveDocs > 0 ? sum / this.liveDocs : 0) || 1);
    const n = Math.max(this.liveDocs, 1);
    const scope = query.scope;
    let touchedCount = 0;
    let required = 0;

    for (const i of order) {
      const bit = 1 << i;
      const mustHave = query.requireAll ? required : -1;
      for (const { entry, weight, exactMask } of expansionsByTerm[i]!) {
        const p = entry.postings;
        const df = p.length;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const { slots, tfs, variants } = p;
        for (let k = 0; k < df; k++) {
          const slot = slots[k]!;
          const mask = masks[slot]!;
          if (mustHave > 0 && (mask & mustHave) !== mustHave) continue;
          if (!scope.has(slot)) continue;
          if (mask === 0) touched[touchedCount++] = slot;
          masks[slot] = mask | bit;
          const packed = tfs[k]!;
          let s = 0;
          for (let f = 0; f < FIELD_COUNT; f++) {
            const tf = (packed >>> (f * 4)) & TF_MAX;
            if (tf === 0) continue;
            const norm = 1 - BM25.b + (BM25.b * fieldLengths[slot * FIELD_COUNT + f]!) / avg[f]!;
            s += boosts[f]! * ((tf * (BM25.k + 1)) / (tf + BM25.k * norm) + BM25.d);
          }
          scores[slot]! += weight * idf * s;
          if (exactMask !== 0 && (variants[k]! & exactMask) !== 0) exactMasks[slot]! |= bit;
        }
      }
      required |= bit;
    }

    const full = required;
    let count = 0;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t]!;
      if (!query.requireAll || masks[slot] === full) count++;
    }
    const out: TextMatches = {
      slots: new Int32Array(count),
      coverage: new Uint8Array(count),
      exact: new Uint8Array(count),
      score: new Float64Array(count),
      expansions: expansionsByTerm.map((list) => new Set(list.map((e) => e.term))),
    };
    let w = 0;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t]!;
      const mask = masks[slot]!;
      if (!query.requireAll || mask === full) {
        out.slots[w] = slot;
        out.coverage[w] = popcount16(mask);
        out.exact[w] = popcount16(exactMasks[slot]!);
        out.score[w] = scores[slot]!;
        w++;
      }
      masks[slot] = 0;
      exactMasks[slot] = 0;
      scores[slot] = 0;
    }
    return out;
  }

  /** The typed term, its prefix completions (last term) and, for unknown words, typo neighbours. */
  private expand(term: string, exact: string | undefined, query: TextQuery, isLast: boolean): Expansion[] {
    const found = new Map<string, Expansion>();
    const add = (t: string, entry: TermEntry, weight: number, exactPrefix: boolean): void => {
      const previous = found.get(t);
      if (previous && previous.weight >= weight) return;
      found.set(t, { term: t, entry, weight, exactMask: exact ? variantMask(entry, exact, exactPrefix) : 0 });
    };
    const own = this.dict.get(term);
    if (own) add(term, own, 1, query.prefixLast && isLast);
    if (query.prefixLast && isLast && term.length >= 2) {
      for (const [t, entry] of this.dict.atPrefix(term)) {
        if (t === term) continue;
        const distance = t.length - term.length;
        add(t, entry, (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * distance), true);
      }
    }
    // Typo tolerance only for words the index does not know: in Vietnamese nearly every
    // one-letter change of a syllable is another real syllable ("nhan" → "nhanh"), so correcting
    // known words would flood results (and cost) with other words.
    const budget = query.typoBudget(term);
    if (!own && budget > 0) {
      for (const [t, [entry, distance]] of this.dict.fuzzyGet(term, budget)) {
        if (distance === 0) continue;
        add(t, entry, (FUZZY_WEIGHT * t.length) / (t.length + distance), false);
      }
    }
    const list = [...found.values()];
    if (list.length <= MAX_EXPANSIONS) return list;
    return list.sort((a, b) => b.weight - a.weight || b.entry.postings.length - a.entry.postings.length).slice(0, MAX_EXPANSIONS);
  }

  private ensureScratch(capacity: number): void {
    if (this.masks.length >= capacity) return;
    const size = Math.max(capacity, 1024, this.masks.length * 2);
    this.masks = new Uint16Array(size);
    this.exactMasks = new Uint16Array(size);
    this.scores = new Float64Array(size);
    this.touched = new Int32Array(size);
  }
}

function postingsOf(list: readonly Expansion[]): number {
  let total = 0;
  for (const e of list) total += e.entry.postings.length;
  return total;
}

/** Bits of the entry's spellings equal to (or, while typing, starting with) the exact key. */
function variantMask(entry: TermEntry, exact: string, prefix: boolean): number {
  let mask = 0;
  entry.variants.forEach((variant, bit) => {
    if (variant === exact || (prefix && variant.startsWith(exact))) mask |= 1 << bit;
  });
  return mask >>> 0;
}

/** Words with diacritics always contain a non-ASCII letter; plain ones carry no variant. */
function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
}
