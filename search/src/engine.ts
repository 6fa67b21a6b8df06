// The SearchEngine port: what the server needs from a search engine, implemented by the
// embedded MiniSearch engine (default) and the Meilisearch engine (MEILI_URL).
import type { ProfileSearchDocument } from './documents.js';

export const FACET_NAMES = ['kind', 'province', 'sector', 'need'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Within one field the values are OR-ed; different fields are AND-ed. */
export interface SearchFilters {
  kind?: readonly string[];
  province?: readonly string[];
  sector?: readonly string[];
  need?: readonly string[];
  region?: readonly string[];
  /** Profiles that declare they serve one of these provinces. */
  servesProvince?: readonly string[];
  /**
   * Province sharing policies: leave out experts, investors and providers located in these
   * provinces. Startups are always visible, so they are never left out by this filter.
   */
  hideProvinces?: readonly string[];
  verified?: boolean;
  ids?: readonly string[];
  excludeIds?: readonly string[];
}

export interface SearchQuery {
  /** Free text; empty or absent means "browse with filters" (verified first, then by name). */
  q?: string;
  filters?: SearchFilters;
  facets?: readonly FacetName[];
  /** Default 20, clamped to 1..MAX_LIMIT. */
  limit?: number;
  /** Default 0, clamped to 0..MAX_OFFSET. */
  offset?: number;
  /** Default true: return `<mark>` highlights for matched fields. */
  highlight?: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  document: ProfileSearchDocument;
  /** field → HTML-escaped text with `<mark>…</mark>` around matched words. */
  highlight: Record<string, string>;
}

export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

export interface SearchResult {
  hits: SearchHit[];
  /** Matching profiles, at most MAX_TOTAL_HITS. */
  total: number;
  facets: FacetCounts;
  /** True when no profile matched every word and the engine fell back to matching any word. */
  relaxed?: boolean;
}

export interface SearchHealth {
  engine: string;
  ok: boolean;
  documents?: number;
  error?: string;
  /**
   * The index lost its documents or settings (e.g. Meilisearch restarted with an empty volume and
   * a write re-created the index without settings): it must be rebuilt from the store.
   */
  needsRebuild?: boolean;
}

/**
 * A replacement index built beside the live one (`SearchEngine.beginRebuild`). Searches keep
 * reading the live index until `finish` swaps the replacement in, in one step; meanwhile the
 * engine's own upsert/delete write to both, so no change is lost.
 */
export interface IndexRebuild {
  /** Add or replace documents in the replacement only (the bulk fill). */
  upsert(docs: readonly ProfileSearchDocument[]): Promise<void>;
  /** Remove documents from the replacement only. */
  delete(ids: readonly string[]): Promise<void>;
  /** Make the replacement the live index (atomically) and drop the old one. */
  finish(): Promise<void>;
  /** Drop the replacement; the live index stays as it was. */
  abandon(): Promise<void>;
}

export interface SearchEngine {
  /** "embedded" or "meilisearch". */
  readonly engine: string;
  /** Create the index and apply its settings; idempotent. Call before loading documents. */
  configure(): Promise<void>;
  /** Insert or replace documents by id; resolves once they are searchable. */
  upsert(docs: readonly ProfileSearchDocument[]): Promise<void>;
  /** Remove documents by id (unknown ids are ignored); resolves once they are gone. */
  delete(ids: readonly string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Remove every document, keep the settings. */
  clear(): Promise<void>;
  /**
   * Start building a replacement index with the same settings (one at a time: a second call
   * abandons the first). Used by rebuilds, so that search never goes empty while one runs.
   */
  beginRebuild(): Promise<IndexRebuild>;
  count(): Promise<number>;
  /** Resolves when the engine answers; throws SearchUnavailableError otherwise. */
  ping(): Promise<void>;
  /** Never throws: `{ok:false, error}` when the engine cannot be reached. */
  health(): Promise<SearchHealth>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;
export const MAX_OFFSET = 100_000;
/**
 * A search reaches its first MAX_TOTAL_HITS hits and no further, and its `total` stops there:
 * Meilisearch's `maxTotalHits` (its default, see meili/settings.ts) bounds both, so the embedded
 * engine applies the same bound. Facet counts are not bounded (Meilisearch counts every match).
 */
export const MAX_TOTAL_HITS = 1000;

/** Clamp paging input so that no query can ask for unbounded work. */
export function normalizePaging(query: SearchQuery): { limit: number; offset: number } {
  const rawLimit = Number.isFinite(query.limit) ? Math.floor(query.limit as number) : DEFAULT_LIMIT;
  const rawOffset = Number.isFinite(query.offset) ? Math.floor(query.offset as number) : 0;
  return {
    limit: Math.min(Math.max(rawLimit, 1), MAX_LIMIT),
    offset: Math.min(Math.max(rawOffset, 0), MAX_OFFSET),
  };
}
