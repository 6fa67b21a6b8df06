// Test data: the settings Meilisearch gives an index that a document write created implicitly
// (its defaults, as GET /indexes/{uid}/settings answers them). The engine must tell such an index
// from one configure() set up, or every filtered search fails.
import type { Settings } from 'meilisearch';

export const IMPLICIT_INDEX_SETTINGS = {
  filterableAttributes: [],
  sortableAttributes: [],
  searchableAttributes: ['*'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  pagination: { maxTotalHits: 1000 },
} as const satisfies Settings;
