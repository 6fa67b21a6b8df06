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
import { buildCalls } from './modules/calls/index.js';
import { buildConflicts } from './modules/conflicts/index.js';
import { buildConsultations } from './modules/consultations/index.js';
import { buildConversations } from './modules/conversations/index.js';
import { buildEvents } from './modules/events/index.js';
import { buildFiles, buildFileStorage } from './modules/files/index.js';
import { buildHealth } from './modules/health/index.js';
import { buildIntros } from './modules/intros/index.js';
import { buildScheduler, JOBS } from './jobs/index.js';
import { buildMail, PublicOrigin } from './modules/mail/index.js';
import { followUpMailActions } from './modules/mail/followUpActions.js';
import { introMailActions } from './modules/mail/introActions.js';
import type { RetryPolicy } from './modules/mail/outbox.js';
import type { MailTransport } from './modules/mail/transport.js';
import { ConsultationMailTriggers } from './modules/mail/triggers/consultations.js';
import { EventReminders } from './modules/mail/triggers/eventReminders.js';
import { EventMailTriggers } from './modules/mail/triggers/events.js';
import { ConsultationFollowUps } from './modules/mail/triggers/followUps.js';
import { IntroMailTriggers } from './modules/mail/triggers/intros.js';
import { MessageMailTriggers } from './modules/mail/triggers/messages.js';
import { IntroReminders } from './modules/mail/triggers/reminders.js';
import type { MailWorkerOptions } from './modules/mail/worker.js';
import { buildMatching } from './modules/matching/index.js';
import { buildNeeds } from './modules/needs/index.js';
import { buildNotifications } from './modules/notifications/index.js';
import { buildOpportunities } from './modules/opportunities/index.js';
import { buildPortal } from './modules/portal/index.js';
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
  const publicOrigin = new PublicOrigin(config);
  // Mail first: the services queue mail inside their own transactions (mail/triggers/).
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
  const provinces = buildProvinces(base);
  const fileStorage = await buildFileStorage({ store, clock, config });
  const profiles = buildProfiles({ ...base, provincePolicies: provinces.repository, search: searchIndex, files: fileStorage.references });
  const search = buildSearch({ index: searchIndex, visibility: profiles.visibility });
  const needs = buildNeeds({ ...base, profiles: profiles.repository, search: searchIndex });
  const conflicts = buildConflicts({ ...base, profiles: profiles.repository, visibility: profiles.visibility });
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
    mail: new IntroMailTriggers({ mail: mail.service, profiles: profiles.repository, users: accounts.repository, needs: needs.repository }),
  });
  const consultations = buildConsultations({
    ...base,
    intros: intros.repository,
    profiles: profiles.repository,
    needs: needs.service,
    mail: new ConsultationMailTriggers({ mail: mail.service, profiles: profiles.repository }),
    files: fileStorage.references,
  });
  const files = buildFiles({
    ...base,
    logger,
    storage: fileStorage,
    profiles: profiles.repository,
    consultations: consultations.repository,
    visibility: profiles.visibility,
    connections: profiles.connections,
  });
  const notifications = buildNotifications({
    ...base,
    logger,
    profiles: profiles.repository,
    users: accounts.repository,
    conversations: conversations.repository,
    mail: new MessageMailTriggers({ mail: mail.service }),
  });
  const opportunities = buildOpportunities({
    ...base,
    profiles: profiles.repository,
    needs: needs.repository,
    visibility: profiles.visibility,
    intros: intros.service,
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
    opportunities: opportunities.matcher,
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
    // The events module is built after mail (its registrations queue mail); this runs on request.
    eventsSheet: (user, query, lang) => eventsModule.report.sheet(user, query, lang),
    needs: needs.repository,
    intros: intros.repository,
    consultations: consultations.repository,
    profiles: profiles.repository,
    users: accounts.repository,
    exposure: matching.exposure.collection,
    clock,
  });
  const portal = buildPortal({
    clock,
    events,
    logger,
    origin: () => publicOrigin.get(),
    profiles: profiles.repository,
    visibility: profiles.visibility,
    reports: reports.service,
  });

  for (const [purpose, handler] of Object.entries({
    ...introMailActions({ intros: intros.service, users: accounts.repository, profiles: profiles.repository }),
    ...followUpMailActions({ consultations: consultations.service, users: accounts.repository, profiles: profiles.repository }),
  }))
    mail.actions.register(purpose, handler);
  const eventsModule = buildEvents({
    ...base,
    profiles: profiles.repository,
    intros: intros.repository,
    conflicts: conflicts.repository,
    notifications: notifications.service,
    mail: new EventMailTriggers({ mail: mail.service, profiles: profiles.repository }),
    weightsFor: (province) => matching.matching.weightsFor(province),
  });
  portal.useEvents({
    collection: eventsModule.repos.events.collection,
    calendar: (query) => eventsModule.calendar.list(null, query),
  });
  const calls = buildCalls({
    ...base,
    eventsRepository: eventsModule.repos.events,
    users: accounts.repository,
    profiles: profiles.repository,
    needs: needs.repository,
    conflicts: conflicts.repository,
    notifications: notifications.service,
    mail: mail.service,
  });
  portal.useCalls((eventId) => calls.repos.calls.findByEvent(eventId));

  const jobs = buildScheduler({
    logger,
    intros: intros.service,
    exposure: matching.exposure,
    reminders: new IntroReminders({
      mail: mail.service,
      marks: mail.marks,
      intros: intros.repository,
      profiles: profiles.repository,
      needs: needs.repository,
      clock,
    }),
    followUps: new ConsultationFollowUps({
      store,
      mail: mail.service,
      consultations: consultations.repository,
      profiles: profiles.repository,
      needs: needs.repository,
      clock,
    }),
    eventReminders: new EventReminders({
      mail: mail.service,
      marks: mail.marks,
      events: eventsModule.repos.events,
      registrations: eventsModule.repos.registrations,
      clock,
    }),
    mail,
    files: files.service,
    opportunities: opportunities.service,
  });
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
        accounts.routes(api, http, {
          loadOwnProfile: async (user) => {
            const own = await profiles.service.ownProfile(user);
            return own ? presentProfile(own, { includeContact: true, includeModeration: true }) : null;
          },
          passwordChanged: async (user) => {
            await mail.service.enqueue('password.changed', user._id, { at: user.updatedAt });
          },
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
    events: eventsModule,
    calls,
    intros,
    consultations,
    conversations,
    notifications,
    mail,
    files,
    opportunities,
    portal,
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
