// Index settings of the `profiles` index, applied by configure() before any document is loaded.
import type { Settings } from 'meilisearch';
import { SEARCHABLE_FIELDS } from '../documents.js';
import { MAX_TOTAL_HITS } from '../engine.js';
import { ONE_TYPO_MIN_LENGTH, TWO_TYPOS_MIN_LENGTH } from '../query.js';

export interface MeiliSettingsOptions {
  /** Upper bound of exhaustive totals and of paging depth (Meilisearch default 1000). */
  maxTotalHits: number;
}

/**
 * 1000, Meilisearch's own default. Every query ranks up to maxTotalHits candidates, so 101 000
 * made each one rank a whole province. The web client loads 20 hits at a time ("xem thêm"), and
 * matching asks for at most 150 from the top: 1000 is 50 pages, more than anyone scrolls; past it
 * a search answers no more hits and its total stops at 1000.
 */
export const DEFAULT_MAX_TOTAL_HITS = MAX_TOTAL_HITS;

export function profileIndexSettings(options: MeiliSettingsOptions): Settings {
  return {
    // Order is importance for the `attribute` ranking rule: name > headline > needs > products > about.
    searchableAttributes: [...SEARCHABLE_FIELDS],
    filterableAttributes: ['kind', 'province', 'sectors', 'need', 'verified', 'id', 'servesProvinces', 'region'],
    sortableAttributes: ['verifiedRank', 'browseName', 'id'],
    // `sort` last: it only breaks ties (by id) for text queries; exactness before it.
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: ONE_TYPO_MIN_LENGTH, twoTypos: TWO_TYPOS_MIN_LENGTH },
    },
    faceting: { maxValuesPerFacet: 500 },
    pagination: { maxTotalHits: options.maxTotalHits },
  };
}

/**
 * Why the index's settings are not the ones the app needs (e.g. it was created implicitly by a
 * document write, which leaves everything filterable-off), or null when they match. Only the
 * settings that make queries fail or rank wrongly are compared.
 */
export function settingsMismatch(actual: Settings, wanted: Settings): string | null {
  const key = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));
  const sameSet = (a: readonly unknown[] | null | undefined, b: readonly unknown[] | null | undefined) =>
    JSON.stringify([...(a ?? [])].map(key).sort()) === JSON.stringify([...(b ?? [])].map(key).sort());
  const sameList = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) =>
    JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  if (!sameSet(actual.filterableAttributes, wanted.filterableAttributes)) return 'filterable attributes differ';
  if (!sameSet(actual.sortableAttributes, wanted.sortableAttributes)) return 'sortable attributes differ';
  if (!sameList(actual.searchableAttributes, wanted.searchableAttributes)) return 'searchable attributes differ';
  if (!sameList(actual.rankingRules, wanted.rankingRules)) return 'ranking rules differ';
  if (actual.pagination?.maxTotalHits !== wanted.pagination?.maxTotalHits) return 'maxTotalHits differs';
  return null;
}
