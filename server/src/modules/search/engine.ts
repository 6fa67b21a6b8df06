import type { SearchEngine } from '@ketnoi/search';
import { createEmbeddedSearchEngine, createMeiliSearchEngine } from '@ketnoi/search';
import type { Config } from '../../config.js';

/** Meilisearch when MEILI_URL is set, otherwise the in-process engine. */
export function openSearchEngine(config: Config): SearchEngine {
  if (config.meili) {
    return createMeiliSearchEngine({
      url: config.meili.url,
      ...(config.meili.masterKey ? { apiKey: config.meili.masterKey } : {}),
      indexName: 'profiles',
    });
  }
  return createEmbeddedSearchEngine();
}
