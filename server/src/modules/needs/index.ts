// The needs module: a startup's requests for help, classified from plain words, with their status
// history (reports count from it).
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { SearchIndex } from '../search/index.js';
import { NeedIntroParties } from './introParties.js';
import { NeedsRepository } from './repository.js';
import { registerNeedRoutes } from './routes.js';
import { NeedsService } from './service.js';

export function buildNeeds(d: { store: Store; events: EventBus; clock: Clock; profiles: ProfilesRepository; search: SearchIndex }) {
  const repository = new NeedsRepository(d.store);
  const service = new NeedsService(
    d.store,
    repository,
    d.profiles,
    d.search.outbox,
    d.search.sync,
    d.events,
    d.clock,
    new NeedIntroParties(d.store),
  );
  return { repository, service, routes: (api: ApiRegistry) => registerNeedRoutes(api, service) };
}

export type NeedsModule = ReturnType<typeof buildNeeds>;
