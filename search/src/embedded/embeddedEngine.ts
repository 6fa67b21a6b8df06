// The embedded (default, in-process) search engine: a text index (MiniSearch's radix-tree term
// dictionary + typed-array postings, see textIndex.ts), bit-set postings for filters and facets,
// and a sorted array for browsing.
//
// Ranking of a text query, lexicographic like Meilisearch's ranking rules:
//   1. coverage   – distinct query words matched (differs only in the "any word" fallback;
//                   normally every word must match);
//   2. exactness  – query words the user TYPED WITH DIACRITICS that the profile contains in
//                   exactly that spelling. For "mật ong" a profile with "mật ong" scores 1
//                   ("ong" has no diacritics and never counts) and one with only "mặt"/"mất"/
//                   "mat" scores 0, so all "mật ong" profiles come first. Words typed without
//                   diacritics ("mat ong") express no preference. Spellings are compared with
//                   exactKey ("hoà" = "hòa"). Computed for every match from the postings' variant
//                   masks, so the whole result is ordered, not a top window;
//   3. proximity  – within the top PROXIMITY_WINDOW only: consecutive query words found next to
//                   each other ("mat ong" → "mật ong" before "mặt nạ … sáp ong"). The window is
//                   fixed, not derived from the page, so pages never overlap or skip;
//   4. score      – BM25+ with field boosts (name > headline > needs/expertise > products >
//                   about > place); prefix and typo expansions weigh less than the typed word;
//   5. id         – deterministic tie-break.
// Matching: every word must match (each word as typed after folding, the last one also as a
// prefix, unknown words also with typos); only when nothing matches all words does the query
// relax to "any word" and the result says `relaxed: true`.
import { Bitset } from './bitset.js';
import { BrowseOrder, browseKey } from './browseOrder.js';
import { FilterPostings } from './postings.js';
import { TextIndex, type TextMatches } from './textIndex.js';
import { topK } from './topK.js';
import {
  HIGHLIGHT_FIELDS,
  SEARCHABLE_FIELDS,
  SEARCH_DOCUMENT_KEYS,
  type ProfileSearchDocument,
  type SearchableField,
} from '../documents.js';
import {
  MAX_TOTAL_HITS,
  normalizePaging,
  type IndexRebuild,
  type SearchEngine,
  type SearchHealth,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../engine.js';
import { SearchError, SearchUnavailableError } from '../errors.js';
import { highlightText } from '../highlight.js';
import { guardedRebuild } from '../rebuild.js';
import { parseQuery, typoBudget } from '../query.js';
import { toNfc, tokenize } from '../text.js';
import { foldWord } from '../wordCache.js';

export interface EmbeddedSearchOptions {
  /** Field boosts; defaults favour name > headline > needs/expertise > products > about. */
  boosts?: Partial<Record<SearchableField, number>>;
  /** Documents indexed per synchronous step of upsert before yielding to the event loop. */
  chunkSize?: number;
  /** Hits reachable and the bound of totals (default MAX_TOTAL_HITS, as on Meilisearch). */
  maxTotalHits?: number;
}

export const DEFAULT_BOOSTS: Record<SearchableField, number> = {
  name: 6,
  headline: 3,
  needsText: 2,
  needLabels: 2,
  productsText: 1.5,
  about: 1,
  placeText: 0.5,
};

export const PROXIMITY_WINDOW = 100;
const TEXT_FIELDS = SEARCHABLE_FIELDS;
/** Crop long fields in highlights to about this many characters around the first match. */
const HIGHLIGHT_CROP = 240;
/** Upserts larger than this re-sort the browse order once instead of splicing per document. */
const BULK_THRESHOLD = 1000;
/** Compact the text index when this share of slots is dead (and at least MIN_DEAD_FOR_COMPACTION). */
const DEAD_SHARE_FOR_COMPACTION = 0.2;
const MIN_DEAD_FOR_COMPACTION = 1000;

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class EmbeddedSearchEngine implements SearchEngine {
  readonly engine = 'embedded';
  private readonly chunkSize: number;
  private readonly maxTotalHits: number;
  private docs: (ProfileSearchDocument | undefined)[] = [];
  private idToSlot = new Map<string, number>();
  /** Slots whose postings are gone (after compaction) and may be reused. */
  private freeSlots: number[] = [];
  /** Slots removed since the last compaction: their postings still exist, so never reused yet. */
  private deadSlots: number[] = [];
  private live = new Bitset();
  private postings = new FilterPostings();
  private browse = new BrowseOrder();
  private text: TextIndex;
  private closed = false;
  /** The index being built by a rebuild, written alongside this one until it takes over. */
  private replacement: EmbeddedSearchEngine | null = null;

  constructor(private readonly options: EmbeddedSearchOptions) {
    this.text = new TextIndex({ ...DEFAULT_BOOSTS, ...options.boosts });
    this.chunkSize = Math.max(1, options.chunkSize ?? 2000);
    this.maxTotalHits = Math.max(1, options.maxTotalHits ?? MAX_TOTAL_HITS);
  }

  async configure(): Promise<void> {
    this.assertOpen();
  }

  async upsert(docs: readonly ProfileSearchDocument[]): Promise<void> {
    this.assertOpen();
    for (const doc of docs) {
      if (typeof doc?.id !== 'string' || doc.id.length === 0) throw new SearchError('search document without id');
    }
    const bulk = docs.length > BULK_THRESHOLD;
    if (bulk) this.browse.markDirty();
    for (let i = 0; i < docs.length; i += this.chunkSize) {
      if (i > 0) {
        // Keep the server responsive during a reindex; searches meanwhile see a partial index.
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.assertOpen();
      }
      for (const doc of docs.slice(i, i + this.chunkSize)) this.upsertOne(doc);
    }
    if (bulk) {
      this.browse.ensureSorted();
      this.text.trim();
    }
    this.maybeCompact();
    await this.replacement?.upsert(docs);
  }

  async delete(ids: readonly string[]): Promise<void> {
    this.assertOpen();
    for (const id of ids) {
      const slot = this.idToSlot.get(id);
      if (slot === undefined) continue;
      this.removeSlot(slot);
      this.idToSlot.delete(id);
    }
    this.maybeCompact();
    await this.replacement?.delete(ids);
  }

  async clear(): Promise<void> {
    this.assertOpen();
    this.reset();
  }

  async beginRebuild(): Promise<IndexRebuild> {
    this.assertOpen();
    const next = new EmbeddedSearchEngine(this.options);
    this.replacement = next;
    return guardedRebuild(() => this.replacement === next, 'embedded search: this rebuild was replaced by a newer one', {
      upsert: (docs) => next.upsert(docs),
      delete: (ids) => next.delete(ids),
      // One synchronous step: no search ever sees a mix of the two.
      finish: async () => {
        this.assertOpen();
        this.adopt(next);
        this.replacement = null;
      },
      abandon: async () => {
        if (this.replacement === next) this.replacement = null;
      },
    });
  }

  async count(): Promise<number> {
    this.assertOpen();
    return this.idToSlot.size;
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async health(): Promise<SearchHealth> {
    if (this.closed) return { engine: this.engine, ok: false, error: 'closed' };
    return { engine: this.engine, ok: true, documents: this.idToSlot.size };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.replacement = null;
    this.reset();
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.assertOpen();
    const { limit, offset } = normalizePaging(query);
    const facets = query.facets ?? [];
    const filter = this.postings.match(query.filters, this.live, (id) => this.idToSlot.get(id));
    const scope = filter ?? this.live;
    const parsed = parseQuery(query.q);

    // Hits end at the maxTotalHits-th and totals stop there, as on Meilisearch.
    const bound = this.maxTotalHits;
    const end = Math.min(offset + limit, bound);
    if (parsed.terms.length === 0) {
      return {
        hits: end > offset ? this.browse.page(filter, offset, end - offset).map((slot) => this.hit(slot, 0, null)) : [],
        total: Math.min(scope.count(), bound),
        facets: facets.length > 0 ? this.postings.facetsOfBits(scope, facets) : {},
      };
    }

    const textQuery = {
      terms: parsed.terms,
      exactByTerm: parsed.exactByTerm,
      scope,
      typoBudget,
      prefixLast: true,
    };
    let relaxed = false;
    let matches = this.text.search({ ...textQuery, requireAll: true }, this.docs.length);
    if (matches.slots.length === 0 && parsed.terms.length > 1) {
      matches = this.text.search({ ...textQuery, requireAll: false }, this.docs.length);
      relaxed = matches.slots.length > 0;
    }

    const order = end > offset ? this.rank(matches, end) : [];
    const highlightTerms = query.highlight === false ? null : union(matches.expansions);
    const result: SearchResult = {
      hits: order.slice(offset, end).map((c) => this.hit(matches.slots[c]!, matches.score[c]!, highlightTerms)),
      total: Math.min(matches.slots.length, bound),
      facets: this.postings.facetsOfDocuments(matches.slots, (slot) => this.docAt(slot), facets),
    };
    if (relaxed) result.relaxed = true;
    return result;
  }

  /** Candidate indices of the first `needed` results in rank order (see header comment). */
  private rank(m: TextMatches, needed: number): number[] {
    const idOf = (c: number): string => this.docAt(m.slots[c]!).id;
    const base = (a: number, b: number): number =>
      m.coverage[b]! - m.coverage[a]! || m.exact[b]! - m.exact[a]! || m.score[b]! - m.score[a]! || byId(idOf(a), idOf(b));
    const top = topK(m.slots.length, Math.max(PROXIMITY_WINDOW, needed), base);
    if (m.expansions.length < 2) return top;

    const window = top.slice(0, PROXIMITY_WINDOW);
    const proximity = new Map(window.map((c) => [c, this.adjacentPairs(m.slots[c]!, m.expansions)]));
    window.sort(
      (a, b) =>
        m.coverage[b]! - m.coverage[a]! ||
        m.exact[b]! - m.exact[a]! ||
        proximity.get(b)! - proximity.get(a)! ||
        m.score[b]! - m.score[a]! ||
        byId(idOf(a), idOf(b)),
    );
    return [...window, ...top.slice(PROXIMITY_WINDOW)];
  }

  /** How many consecutive query-word pairs occur side by side, in order, in one field. */
  private adjacentPairs(slot: number, expansions: readonly Set<string>[]): number {
    const doc = this.docAt(slot);
    const found = new Array<boolean>(expansions.length - 1).fill(false);
    for (const field of HIGHLIGHT_FIELDS) {
      const words = tokenize(doc[field]).map(foldWord);
      for (let j = 0; j + 1 < words.length; j++) {
        for (let i = 0; i + 1 < expansions.length; i++) {
          if (!found[i] && expansions[i]!.has(words[j]!) && expansions[i + 1]!.has(words[j + 1]!)) found[i] = true;
        }
      }
    }
    return found.filter(Boolean).length;
  }

  private hit(slot: number, score: number, highlightTerms: Set<string> | null): SearchHit {
    const doc = this.docAt(slot);
    const highlight: Record<string, string> = {};
    if (highlightTerms) {
      for (const field of HIGHLIGHT_FIELDS) {
        const marked = highlightText(doc[field], (word) => highlightTerms.has(word), { crop: HIGHLIGHT_CROP });
        if (marked !== undefined) highlight[field] = marked;
      }
    }
    return { id: doc.id, score, document: copyDocument(doc), highlight };
  }

  private upsertOne(input: ProfileSearchDocument): void {
    const doc = copyDocument(input);
    // Stored text is NFC, so the hot paths can lowercase without normalising again.
    for (const field of TEXT_FIELDS) doc[field] = toNfc(doc[field]);
    const previous = this.idToSlot.get(doc.id);
    if (previous !== undefined) this.removeSlot(previous);
    const slot = this.freeSlots.pop() ?? this.docs.length;
    this.idToSlot.set(doc.id, slot);
    this.docs[slot] = doc;
    this.live.set(slot);
    this.postings.add(slot, doc);
    this.text.add(slot, doc);
    this.browse.insert(slot, browseKey(doc));
  }

  /** Take a document out of every structure; its slot waits in deadSlots for compaction. */
  private removeSlot(slot: number): void {
    const doc = this.docs[slot];
    if (!doc) return;
    this.postings.remove(slot, doc);
    this.text.remove(slot);
    this.browse.remove(slot);
    this.live.clear(slot);
    this.docs[slot] = undefined;
    this.deadSlots.push(slot);
  }

  private maybeCompact(): void {
    const dead = this.deadSlots.length;
    if (dead < MIN_DEAD_FOR_COMPACTION || dead < DEAD_SHARE_FOR_COMPACTION * this.docs.length) return;
    this.text.compact(this.live);
    this.freeSlots.push(...this.deadSlots);
    this.deadSlots = [];
  }

  private docAt(slot: number): ProfileSearchDocument {
    const doc = this.docs[slot];
    if (!doc) throw new SearchError(`embedded search: no document in slot ${slot}`);
    return doc;
  }

  /** Take over a rebuilt index's structures (its documents are already own copies). */
  private adopt(next: EmbeddedSearchEngine): void {
    this.docs = next.docs;
    this.idToSlot = next.idToSlot;
    this.freeSlots = next.freeSlots;
    this.deadSlots = next.deadSlots;
    this.live = next.live;
    this.postings = next.postings;
    this.browse = next.browse;
    this.text = next.text;
  }

  private reset(): void {
    this.docs = [];
    this.idToSlot = new Map();
    this.freeSlots = [];
    this.deadSlots = [];
    this.live = new Bitset();
    this.postings.clear();
    this.browse.clear();
    this.text.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new SearchUnavailableError(this.engine, 'embedded search engine is closed');
  }
}

function union(sets: readonly Set<string>[]): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const term of set) all.add(term);
  return all;
}

/**
 * Own copy with only the keys of a search document: a caller mutating its object cannot
 * desynchronise the postings, and a stray field (say, `contact`) can never come back out.
 */
function copyDocument(doc: ProfileSearchDocument): ProfileSearchDocument {
  const source = doc as unknown as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of SEARCH_DOCUMENT_KEYS) {
    const value = source[key];
    if (value === undefined || value === null) continue;
    copy[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  for (const key of ARRAY_KEYS) if (!Array.isArray(copy[key])) copy[key] = [];
  for (const key of SEARCHABLE_FIELDS) if (typeof copy[key] !== 'string') copy[key] = '';
  return copy as unknown as ProfileSearchDocument;
}

const ARRAY_KEYS = ['sectors', 'need', 'servesProvinces', 'languages'] as const;

export function createEmbeddedSearchEngine(options: EmbeddedSearchOptions = {}): SearchEngine {
  return new EmbeddedSearchEngine(options);
}
