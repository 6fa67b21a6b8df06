// The events module: the regional calendar, registration and check-in, one-to-one meetings,
// agendas and the events report (docs/EVENTS.md). Built once by container.ts; the realtime
// gateway connects its socket events.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { IntrosRepository } from '../intros/repository.js';
import type { Weights } from '../matching/weights.js';
import type { NotificationsService } from '../notifications/service.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { ConflictsRepository } from '../conflicts/repository.js';
import { AgendaService } from './agenda.js';
import { MeetingBoard } from './board.js';
import type { EventsCore } from './deps.js';
import type { EventMails } from './mails.js';
import { MeetingsService } from './meetings.js';
import { MeetingsRepository } from './meetingsRepository.js';
import { EventNotices } from './notices.js';
import { RegistrationsService } from './registrations.js';
import { RegistrationsRepository } from './registrationsRepository.js';
import { EventsReport } from './report.js';
import { EventsRepository } from './repository.js';
import { EventsService } from './service.js';
import { MeetingSuggestions } from './suggestions.js';

import { registerEventRoutes } from './routes.js';

export { connectEventsRealtime } from './realtime.js';

export interface EventsDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  profiles: ProfilesRepository;
  intros: IntrosRepository;
  conflicts: ConflictsRepository;
  notifications: NotificationsService;
  /** Queues the event and meeting mails in the transaction of their cause (mail/triggers/events.ts). */
  mail: EventMails;
  /** The matching weights of a province (suggestions rank with the organiser's). */
  weightsFor: (province: string) => Promise<Weights>;
}

export function buildEvents(d: EventsDeps) {
  const repos = {
    events: new EventsRepository(d.store),
    registrations: new RegistrationsRepository(d.store),
    meetings: new MeetingsRepository(d.store),
  };
  const notices = new EventNotices(d.notifications);
  const board = new MeetingBoard(d.store, repos.meetings, notices, d.mail, d.events, d.clock);
  const core: EventsCore = { ...repos, store: d.store, profiles: d.profiles, board, notices, mails: d.mail, bus: d.events, clock: d.clock };
  const registrations = new RegistrationsService(core);
  const meetings = new MeetingsService({ ...core, conflicts: d.conflicts });
  const calendar = new EventsService({ ...core, registrationsService: registrations });
  const module = {
    repos,
    calendar,
    registrations,
    meetings,
    suggestions: new MeetingSuggestions(repos.events, repos.registrations, repos.meetings, d.profiles, d.conflicts, d.weightsFor),
    agenda: new AgendaService(repos.events, repos.registrations, repos.meetings, d.profiles, d.clock),
    report: new EventsReport(repos.events, repos.registrations, repos.meetings, d.intros, d.clock),
  };
  return { ...module, routes: (api: ApiRegistry) => registerEventRoutes(api, module) };
}

export type EventsModule = Omit<ReturnType<typeof buildEvents>, 'routes'>;
