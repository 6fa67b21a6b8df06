// The consultations module: meetings and resource bookings on an accepted introduction, their
// outcomes (what the province reports) and the startup's feedback.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { FileReferences } from '../files/references.js';
import type { IntrosRepository } from '../intros/repository.js';
import type { NeedsService } from '../needs/service.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import { ConsultationsRepository } from './repository.js';
import { registerConsultationRoutes } from './routes.js';
import type { ConsultationMails } from './service.js';
import { ConsultationsService } from './service.js';

export function buildConsultations(d: {
  store: Store;
  events: EventBus;
  clock: Clock;
  intros: IntrosRepository;
  profiles: ProfilesRepository;
  needs: NeedsService;
  /** Queues the mails of a change in its transaction. */
  mail: ConsultationMails;
  files: FileReferences;
}) {
  const repository = new ConsultationsRepository(d.store);
  const service = new ConsultationsService(d.store, repository, d.intros, d.profiles, d.needs, d.events, d.clock, d.mail, d.files);
  return { repository, service, routes: (api: ApiRegistry) => registerConsultationRoutes(api, service) };
}

export type ConsultationsModule = ReturnType<typeof buildConsultations>;
