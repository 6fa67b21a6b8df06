// Index settings of the `profiles` index, applied by configure() before any document is loaded.
import type { Settings } from 'meilisearch';
import { SEARCHABLE_FIELDS } from '../documents.js';
import { ONE_TYPO_MIN_LENGTH, TWO_TYPOS_MIN_LENGTH } from '../query.js';

export interface MeiliSettingsOptions {
  /** Upper bound of exhaustive totals and of paging depth (Meilisearch default 1000). */
  maxTotalHits: number;
}

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
