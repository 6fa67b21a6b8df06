// The search module: the engine (embedded or Meilisearch), the outbox that profile and need
// writes append to in their transaction, the indexer that drains it, and GET /api/search.
import type { SearchEngine } from '@ketnoi/search';
import type { Config } from '../../config.js';
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import { NeedsRepository } from '../needs/repository.js';
import { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { openSearchEngine } from './engine.js';
import { SearchIndexer } from './indexer.js';
import { SearchOutbox } from './outbox.js';
import { registerSearchRoutes } from './routes.js';
import { SearchService } from './service.js';
import { StoreDocumentSource } from './source.js';

/** What profile and need writes call so that the writer reads its own write in search. */
export interface SearchSync {
  /** Best effort: index pending changes now so the caller reads its own write. */
  flushSoon(): Promise<void>;
}

export function buildSearchIndex(d: { config: Config; store: Store; clock: Clock; logger: Logger; engine?: SearchEngine }) {
  const engine = d.engine ?? openSearchEngine(d.config);
  const outbox = new SearchOutbox(d.store, d.clock);
  // The documents are read straight from the store's collections (repositories are stateless).
  const source = new StoreDocumentSource(new ProfilesRepository(d.store), new NeedsRepository(d.store));
  const indexer = new SearchIndexer(engine, outbox, source, d.logger.child({ module: 'search' }));
  const sync: SearchSync = {
    // Read-your-writes when the engine is up; never block a save for long when it is not.
    flushSoon: () => Promise.race([indexer.drain().catch(() => undefined), new Promise<void>((r) => setTimeout(r, 2000).unref())]),
  };
  return { engine, outbox, indexer, sync };
}

export type SearchIndex = ReturnType<typeof buildSearchIndex>;

export function buildSearch(d: { index: SearchIndex; visibility: VisibilityRules }) {
  const service = new SearchService(d.index.engine, d.visibility);
  return { ...d.index, service, routes: (api: ApiRegistry) => registerSearchRoutes(api, service) };
}

export type SearchModule = ReturnType<typeof buildSearch>;
