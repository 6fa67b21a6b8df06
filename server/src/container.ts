// Composes the modules from a Config, in dependency order. Each module's index.ts builds it from
// explicit dependencies (nothing reaches for globals); app.ts adds HTTP and realtime on top.
import type { SearchEngine } from '@ketnoi/search';
import type { Config } from './config.js';
import type { ApiRegistry } from './http/api.js';
import type { HttpContext } from './http/context.js';
import type { Clock } from './lib/clock.js';
import { EventBus } from './lib/events.js';
import type { Logger } from './lib/logger.js';
import { buildAccounts } from './modules/accounts/index.js';
import { buildAudit } from './modules/audit/index.js';
import { buildConflicts } from './modules/conflicts/index.js';
import { buildConsultations } from './modules/consultations/index.js';
import { buildConversations } from './modules/conversations/index.js';
import { buildHealth } from './modules/health/index.js';
import { buildIntros } from './modules/intros/index.js';
import { buildScheduler, JOBS } from './jobs/index.js';
import { buildMail, PublicOrigin } from './modules/mail/index.js';
import { introMailActions } from './modules/mail/introActions.js';
import type { RetryPolicy } from './modules/mail/outbox.js';
import type { MailTransport } from './modules/mail/transport.js';
import type { MailWorkerOptions } from './modules/mail/worker.js';
import { buildMatching } from './modules/matching/index.js';
import { buildNeeds } from './modules/needs/index.js';
import { buildNotifications } from './modules/notifications/index.js';
import { buildProfiles } from './modules/profiles/index.js';
import { presentProfile } from './modules/profiles/presenter.js';
import { buildProvinces } from './modules/provinces/index.js';
import { buildReference } from './modules/reference/index.js';
import { buildReports } from './modules/reports/index.js';
import { buildSearch, buildSearchIndex } from './modules/search/index.js';
import { buildStaff } from './modules/staff/index.js';
import { buildUserAdmin } from './modules/userAdmin/index.js';
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
  /** Mail delivery settings for tests and benchmarks (the transport itself is always a real one). */
  mail?: { transport?: MailTransport; retry?: RetryPolicy; worker?: Partial<MailWorkerOptions> };
}

export type Container = Awaited<ReturnType<typeof buildContainer>>;
export type Modules = Container['modules'];

export async function buildContainer(config: Config, options: ContainerOptions) {
  const { logger, clock } = options;
  const ownsStore = !options.store;
  const store: Store = options.store ?? (await openStore(config, logger));
  const events = new EventBus(store, logger);
  const base = { store, events, clock };

  const searchIndex = buildSearchIndex({ config, store, clock, logger, ...(options.searchEngine ? { engine: options.searchEngine } : {}) });
  const accounts = buildAccounts({ ...base, config, logger });
  const provinces = buildProvinces(base);
  const profiles = buildProfiles({ ...base, provincePolicies: provinces.repository, search: searchIndex });
  const search = buildSearch({ index: searchIndex, visibility: profiles.visibility });
  const needs = buildNeeds({ ...base, profiles: profiles.repository, search: searchIndex });
  const conflicts = buildConflicts({ ...base, profiles: profiles.repository });
  const conversations = buildConversations({ ...base, profiles: profiles.repository, users: accounts.repository });
  const intros = buildIntros({
    ...base,
    config,
    profiles: profiles.repository,
    needs: needs.repository,
    conversations: conversations.service,
    provincePolicies: provinces.repository,
    conflicts: conflicts.repository,
    visibility: profiles.visibility,
  });
  const consultations = buildConsultations({ ...base, intros: intros.repository, profiles: profiles.repository, needs: needs.service });
  const notifications = buildNotifications({
    ...base,
    logger,
    profiles: profiles.repository,
    users: accounts.repository,
    conversations: conversations.repository,
  });
  const matching = buildMatching({
    store,
    clock,
    events,
    logger: logger.child({ module: 'matching' }),
    engine: searchIndex.engine,
    profiles: profiles.repository,
    needs: needs.repository,
    provincePolicies: provinces.repository,
    visibility: profiles.visibility,
  });
  const audit = buildAudit({ ...base, users: accounts.repository, profiles: profiles.repository });
  const staff = buildStaff({
    ...base,
    intros: intros.repository,
    needs: needs.repository,
    profiles: profiles.repository,
    profilesService: profiles.service,
    provincePolicies: provinces.repository,
  });
  const reports = buildReports({
    needs: needs.repository,
    intros: intros.repository,
    consultations: consultations.repository,
    profiles: profiles.repository,
    users: accounts.repository,
    exposure: matching.exposure.collection,
    clock,
  });
  const publicOrigin = new PublicOrigin(config);
  const mail = buildMail({
    config,
    store,
    clock,
    logger,
    users: accounts.repository,
    hasher: accounts.hasher,
    origin: () => publicOrigin.get(),
    wakeWorker: () => jobs.trigger(JOBS.mailDelivery),
    ...options.mail,
  });
  for (const [purpose, handler] of Object.entries(
    introMailActions({ intros: intros.service, users: accounts.repository, profiles: profiles.repository }),
  ))
    mail.actions.register(purpose, handler);
  const jobs = buildScheduler({ logger, intros: intros.service, mail, exposure: matching.exposure });
  const userAdmin = buildUserAdmin({
    ...base,
    logger,
    users: accounts.repository,
    profiles: profiles.repository,
    search: searchIndex,
    sendPasswordReset: mail.sendPasswordReset,
  });

  const health = buildHealth({
    store,
    searchHealth: async () => ({
      engine: searchIndex.engine.engine,
      ok: await searchIndex.indexer.probe(),
      lag: await searchIndex.outbox.size(),
    }),
    mailHealth: () => mail.health(),
  });

  // Routes are registered in this order (a module's own paths never shadow another's).
  const modules = {
    health,
    reference: buildReference(),
    accounts: {
      ...accounts,
      routes: (api: ApiRegistry, http: HttpContext) =>
        accounts.routes(api, http, async (user) => {
          const own = await profiles.service.ownProfile(user);
          return own ? presentProfile(own, { includeContact: true, includeModeration: true }) : null;
        }),
    },
    profiles,
    needs,
    search,
    matching,
    staff,
    provinces,
    conflicts,
    reports,
    audit,
    intros,
    consultations,
    conversations,
    notifications,
    mail,
    userAdmin,
  };
  return { config, logger, clock, store, events, ownsStore, modules, jobs, publicOrigin };
}

/** Bring derived data up to date at boot: the in-process index is rebuilt, a remote one catches up. */
export async function prepareSearch(container: Container): Promise<void> {
  const { engine, indexer } = container.modules.search;
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
