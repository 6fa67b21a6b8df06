// The calls module: calls for entries attached to events, entries, judging with recusals and
// declared conflicts of interest, results by a published rubric (docs/CALLS.md). Built once by
// container.ts after the events, conflicts, needs, notifications and mail modules it uses.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import { WriteGuards } from '../../store/guards.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ConflictsRepository } from '../conflicts/repository.js';
import type { EventsRepository } from '../events/repository.js';
import type { MailService } from '../mail/service.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { NotificationsService } from '../notifications/service.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { CallsCore } from './deps.js';
import { EntriesService } from './entries.js';
import { JudgingService } from './judging.js';
import { Jury } from './jury.js';
import { PublicationService } from './publication.js';
import { CallsRepository, EntriesRepository, JudgementsRepository } from './repository.js';
import { registerCallRoutes } from './routes.js';
import { CallsService } from './service.js';

export interface CallsDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  eventsRepository: EventsRepository;
  users: UsersRepository;
  profiles: ProfilesRepository;
  needs: NeedsRepository;
  conflicts: ConflictsRepository;
  notifications: NotificationsService;
  /** Queues `call.results_published` in the publishing transaction. */
  mail: Pick<MailService, 'enqueue'>;
}

export function buildCalls(d: CallsDeps) {
  const repos = {
    calls: new CallsRepository(d.store),
    entries: new EntriesRepository(d.store),
    judgements: new JudgementsRepository(d.store),
  };
  const guards = new WriteGuards(d.store);
  const jury = new Jury(d.users, d.profiles, d.conflicts);
  const shared: CallsCore = { ...repos, jury, bus: d.events, clock: d.clock };
  const entries = new EntriesService({
    ...shared,
    store: d.store,
    events: d.eventsRepository,
    profiles: d.profiles,
    needs: d.needs,
    notifications: d.notifications,
  });
  const calls = new CallsService({
    ...shared,
    store: d.store,
    guards,
    events: d.eventsRepository,
    entriesService: entries,
    users: d.users,
    profiles: d.profiles,
    notifications: d.notifications,
  });
  const judging = new JudgingService({ ...shared, guards, callsService: calls, entriesService: entries });
  const publication = new PublicationService({
    ...shared,
    guards,
    callsService: calls,
    profiles: d.profiles,
    needs: d.needs,
    notifications: d.notifications,
    mail: d.mail,
  });
  const module = { repos, jury, calls, entries, judging, publication };
  return { ...module, routes: (api: ApiRegistry) => registerCallRoutes(api, module) };
}

export type CallsModule = Omit<ReturnType<typeof buildCalls>, 'routes'>;
