// The intros module: double opt-in introductions, brokered or asked for, with staff approval,
// expiry and a conversation once accepted.
import type { Config } from '../../config.js';
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { ConflictsRepository } from '../conflicts/repository.js';
import type { ConversationsService } from '../conversations/service.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import { IntrosRepository } from './repository.js';
import { registerIntroRoutes } from './routes.js';
import type { IntroMails } from './service.js';
import { IntrosService } from './service.js';

export interface IntrosDeps {
  store: Store;
  events: EventBus;
  clock: Clock;
  config: Pick<Config, 'introExpiryDays'>;
  profiles: ProfilesRepository;
  needs: NeedsRepository;
  conversations: ConversationsService;
  provincePolicies: ProvincePoliciesRepository;
  conflicts: ConflictsRepository;
  visibility: VisibilityRules;
  /** Queues the mails of a change in its transaction. */
  mail: IntroMails;
}

export function buildIntros(d: IntrosDeps) {
  const repository = new IntrosRepository(d.store);
  const service = new IntrosService(
    d.store,
    repository,
    d.profiles,
    d.needs,
    d.conversations,
    d.provincePolicies,
    d.conflicts,
    d.visibility,
    d.events,
    d.clock,
    d.config,
    d.mail,
  );
  return { repository, service, routes: (api: ApiRegistry) => registerIntroRoutes(api, service) };
}

export type IntrosModule = ReturnType<typeof buildIntros>;
