// Builds repositories and services from a Config. Each module's dependencies are passed
// explicitly; nothing reaches for globals. app.ts adds HTTP and realtime on top.
import type { SearchEngine } from '@ketnoi/search';
import type { Config } from './config.js';
import type { Clock } from './lib/clock.js';
import { EventBus } from './lib/events.js';
import type { Logger } from './lib/logger.js';
import { PasswordHasher } from './modules/accounts/passwords.js';
import { UsersRepository } from './modules/accounts/repository.js';
import { AccountsService } from './modules/accounts/service.js';
import { NeedsRepository } from './modules/needs/repository.js';
import { NeedsService } from './modules/needs/service.js';
import { IntroConnections } from './modules/profiles/connections.js';
import { ProfilesRepository } from './modules/profiles/repository.js';
import type { SearchSync } from './modules/profiles/service.js';
import { ProfilesService } from './modules/profiles/service.js';
import { ProvinceSharingRules } from './modules/profiles/visibility.js';
import { ProvincePoliciesRepository } from './modules/provinces/repository.js';
import { openSearchEngine } from './modules/search/engine.js';
import { SearchIndexer } from './modules/search/indexer.js';
import { SearchOutbox } from './modules/search/outbox.js';
import { SearchService } from './modules/search/service.js';
import { StoreDocumentSource } from './modules/search/source.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';

export interface ContainerOptions {
  logger: Logger;
  clock: Clock;
  /** Replace the configured search engine (tests wrap the real one to simulate outages). */
  searchEngine?: SearchEngine;
}

export type Container = Awaited<ReturnType<typeof buildContainer>>;

export async function buildContainer(config: Config, options: ContainerOptions) {
  const { logger, clock } = options;
  const store: Store = await openStore(config, logger);
  const events = new EventBus(store, logger);

  const repos = {
    users: new UsersRepository(store),
    profiles: new ProfilesRepository(store),
    needs: new NeedsRepository(store),
    provincePolicies: new ProvincePoliciesRepository(store),
  };

  const searchEngine = options.searchEngine ?? openSearchEngine(config);
  const outbox = new SearchOutbox(store, clock);
  const indexer = new SearchIndexer(searchEngine, outbox, new StoreDocumentSource(repos.profiles, repos.needs), logger.child({ module: 'search' }));
  const searchSync: SearchSync = {
    // Read-your-writes when the engine is up; never block a save for long when it is not.
    flushSoon: () =>
      Promise.race([indexer.drain().catch(() => undefined), new Promise<void>((r) => setTimeout(r, 2000).unref())]),
  };

  const visibility = new ProvinceSharingRules(repos.provincePolicies, repos.profiles);
  const connections = new IntroConnections(store);

  const passwordHasher = new PasswordHasher(config.passwordHashing);
  const services = {
    accounts: new AccountsService(repos.users, passwordHasher, events, clock, logger),
    profiles: new ProfilesService(store, repos.profiles, outbox, searchSync, connections, visibility, events, clock),
    needs: new NeedsService(store, repos.needs, repos.profiles, outbox, searchSync, events, clock),
    search: new SearchService(searchEngine, visibility),
  };

  return { config, logger, clock, store, events, repos, services, passwordHasher, search: { engine: searchEngine, outbox, indexer }, visibility, connections };
}

/** Bring derived data up to date at boot: the in-process index is rebuilt, a remote one catches up. */
export async function prepareSearch(container: Container): Promise<void> {
  const { engine, indexer } = container.search;
  try {
    await engine.configure();
    if (engine.engine === 'embedded') {
      const started = Date.now();
      const count = await indexer.rebuild();
      container.logger.info({ profiles: count, ms: Date.now() - started }, 'search index built');
    }
    await indexer.drain();
  } catch (error) {
    container.logger.warn({ err: error }, 'search engine not ready; the app runs without search and catches up later');
  }
  indexer.start();
}
