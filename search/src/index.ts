export * from './text.js';
export * from './engine.js';
export * from './errors.js';
export * from './documents.js';
export * from './labels.js';
export { parseQuery, typoBudget, MAX_QUERY_CHARS, MAX_QUERY_TERMS, type ParsedQuery } from './query.js';
export { highlightText, MARK_OPEN, MARK_CLOSE } from './highlight.js';
export { createEmbeddedSearchEngine, DEFAULT_BOOSTS, type EmbeddedSearchOptions } from './embedded/embeddedEngine.js';
export {
  createMeiliSearchEngine,
  EXACT_RERANK_WINDOW,
  type MeiliSearchEngine,
  type MeiliSearchOptions,
} from './meili/meiliEngine.js';
export { buildMeiliFilter, quoteFilterValue } from './meili/filters.js';
export { createFlakyEngine, type FlakySearchEngine } from './testing/flakyEngine.js';
