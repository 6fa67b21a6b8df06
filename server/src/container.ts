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
import { ConsultationsRepository } from './modules/consultations/repository.js';
import { ConsultationsService } from './modules/consultations/service.js';
import { TokenBuckets } from './modules/conversations/rateLimit.js';
import { ConversationsRepository } from './modules/conversations/repository.js';
import { ConversationsService } from './modules/conversations/service.js';
import { IntrosRepository } from './modules/intros/repository.js';
import { IntrosService } from './modules/intros/service.js';
import { NeedsRepository } from './modules/needs/repository.js';
import { NotificationsRepository } from './modules/notifications/repository.js';
import { NotificationsService } from './modules/notifications/service.js';
import { NotificationSubscriber } from './modules/notifications/subscriber.js';
import { ConflictsRepository } from './modules/staff/conflictsRepository.js';
import { NeedsService } from './modules/needs/service.js';
// ── matching (issue 4) ──
import { buildMatching } from './modules/matching/index.js';
// ── end matching ──
// ── staff & reports (issue 6) ──
import { buildAudit } from './modules/audit/index.js';
import { buildReports } from './modules/reports/index.js';
import { buildStaff } from './modules/staff/index.js';
// ── end staff & reports ──
import { buildEvents } from './modules/events/index.js';
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
  /**
   * Use this already-open store instead of opening one from the config (several app instances
   * in one process over one store, as several processes share one MongoDB). The caller closes it.
   */
  store?: Store;
}

export type Container = Awaited<ReturnType<typeof buildContainer>>;

export async function buildContainer(config: Config, options: ContainerOptions) {
  const { logger, clock } = options;
  const ownsStore = !options.store;
  const store: Store = options.store ?? (await openStore(config, logger));
  const events = new EventBus(store, logger);

  const repos = {
    users: new UsersRepository(store),
    profiles: new ProfilesRepository(store),
    needs: new NeedsRepository(store),
    provincePolicies: new ProvincePoliciesRepository(store),
    intros: new IntrosRepository(store),
    consultations: new ConsultationsRepository(store),
    conversations: new ConversationsRepository(store),
    notifications: new NotificationsRepository(store),
    conflicts: new ConflictsRepository(store),
  };

  const searchEngine = options.searchEngine ?? openSearchEngine(config);
  const outbox = new SearchOutbox(store, clock);
  const indexer = new SearchIndexer(
    searchEngine,
    outbox,
    new StoreDocumentSource(repos.profiles, repos.needs),
    logger.child({ module: 'search' }),
  );
  const searchSync: SearchSync = {
    // Read-your-writes when the engine is up; never block a save for long when it is not.
    flushSoon: () => Promise.race([indexer.drain().catch(() => undefined), new Promise<void>((r) => setTimeout(r, 2000).unref())]),
  };

  const visibility = new ProvinceSharingRules(repos.provincePolicies, repos.profiles);
  const connections = new IntroConnections(store);

  const passwordHasher = new PasswordHasher(config.passwordHashing);
  const needs = new NeedsService(store, repos.needs, repos.profiles, outbox, searchSync, events, clock);
  // Messages: a burst of 20, then 5 per second per user, across HTTP and Socket.IO.
  const conversations = new ConversationsService(repos.conversations, repos.profiles, new TokenBuckets(20, 5), events, clock);
  const intros = new IntrosService(
    store,
    repos.intros,
    repos.profiles,
    repos.needs,
    conversations,
    repos.provincePolicies,
    repos.conflicts,
    visibility,
    events,
    clock,
    config,
  );
  const notifications = new NotificationsService(repos.notifications, events, clock);
  const services = {
    accounts: new AccountsService(repos.users, passwordHasher, events, clock, logger),
    profiles: new ProfilesService(store, repos.profiles, outbox, searchSync, connections, visibility, events, clock),
    needs,
    search: new SearchService(searchEngine, visibility),
    intros,
    consultations: new ConsultationsService(store, repos.consultations, repos.intros, repos.profiles, needs, events, clock),
    conversations,
    notifications,
  };
  const notificationSubscriber = new NotificationSubscriber(
    notifications,
    repos.profiles,
    repos.users,
    repos.conversations,
    logger.child({ module: 'notifications' }),
  );
  notificationSubscriber.subscribe(events);

  // ── matching (issue 4) ──
  const matching = buildMatching({
    store,
    clock,
    engine: searchEngine,
    profiles: repos.profiles,
    needs: repos.needs,
    provincePolicies: repos.provincePolicies,
    visibility,
  });
  // ── end matching ──

  // ── staff & reports (issue 6) ──
  const audit = buildAudit({
    store,
    clock,
    events,
    logger: logger.child({ module: 'audit' }),
    users: repos.users,
    profiles: repos.profiles,
  });
  matching.weights.publishChangesTo(events);
  const staff = buildStaff({
    store,
    clock,
    events,
    intros: repos.intros,
    needs: repos.needs,
    profiles: repos.profiles,
    profilesService: services.profiles,
    conflicts: repos.conflicts,
    provincePolicies: repos.provincePolicies,
  });
  const eventsModule = buildEvents({
    store,
    clock,
    events,
    profiles: repos.profiles,
    intros: repos.intros,
    conflicts: repos.conflicts,
    notifications,
    weightsFor: (province) => matching.matching.weightsFor(province),
  });
  const reports = buildReports({
    eventsSheet: (user, query, lang) => eventsModule.report.sheet(user, query, lang),
    needs: repos.needs,
    intros: repos.intros,
    consultations: repos.consultations,
    profiles: repos.profiles,
    users: repos.users,
    exposure: matching.exposure.collection,
    clock,
  });
  // ── end staff & reports ──

  return {
    config,
    logger,
    clock,
    store,
    events,
    repos,
    services,
    passwordHasher,
    search: { engine: searchEngine, outbox, indexer },
    visibility,
    connections,
    notificationSubscriber,
    ownsStore,
    matching,
    audit,
    staff,
    reports,
    eventsModule,
  };
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
