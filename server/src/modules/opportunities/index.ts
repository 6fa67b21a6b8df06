// The opportunities module: typed offers and requests from any profile — a supermarket looking
// for OCOP suppliers, a fund's open call, a lab's testing capacity — classified like needs,
// searchable without diacritics, expiring and renewable, matched both ways and answered by an
// introduction that carries the opportunity.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { IntrosService } from '../intros/service.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { OpportunityMatcher } from './matcher.js';
import { OpportunitiesRepository } from './repository.js';
import { registerOpportunityRoutes } from './routes.js';
import { OpportunitiesService } from './service.js';

export function buildOpportunities(d: {
  store: Store;
  events: EventBus;
  clock: Clock;
  profiles: ProfilesRepository;
  needs: NeedsRepository;
  visibility: VisibilityRules;
  intros: IntrosService;
}) {
  const repository = new OpportunitiesRepository(d.store);
  const service = new OpportunitiesService(d.store, repository, d.profiles, d.visibility, d.intros, d.events, d.clock);
  const matcher = new OpportunityMatcher(repository, d.profiles, d.needs, d.visibility, d.clock);
  return { repository, service, matcher, routes: (api: ApiRegistry) => registerOpportunityRoutes(api, service, d.intros) };
}

export type OpportunitiesModule = ReturnType<typeof buildOpportunities>;
