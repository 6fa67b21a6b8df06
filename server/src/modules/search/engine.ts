import type { SearchEngine } from '@ketnoi/search';
import { createEmbeddedSearchEngine, createMeiliSearchEngine } from '@ketnoi/search';
import type { Config } from '../../config.js';

/** Meilisearch when MEILI_URL is set, otherwise the in-process engine. */
export function openSearchEngine(config: Config): SearchEngine {
  if (config.meili) {
    // MEILI_API_KEY as given; otherwise the master key only makes a scoped key at setup.
    return createMeiliSearchEngine({
      url: config.meili.url,
      ...(config.meili.apiKey ? { apiKey: config.meili.apiKey } : {}),
      ...(config.meili.masterKey ? { masterKey: config.meili.masterKey } : {}),
      indexName: 'profiles',
    });
  }
  return createEmbeddedSearchEngine();
}
