// The conflicts module: declared conflicts of interest. Intros refuse the pair, matching never
// proposes it, judging keeps a conflicted judge away from the entry.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { OwnConflictsService } from './own.js';
import { ConflictsRepository } from './repository.js';
import { registerConflictRoutes } from './routes.js';
import { ConflictsService } from './service.js';

export function buildConflicts(d: {
  store: Store;
  events: EventBus;
  clock: Clock;
  profiles: ProfilesRepository;
  visibility: VisibilityRules;
}) {
  const repository = new ConflictsRepository(d.store);
  const service = new ConflictsService(d.store, repository, d.profiles, d.events, d.clock);
  const own = new OwnConflictsService({ ...d, conflicts: repository });
  return { repository, service, own, routes: (api: ApiRegistry) => registerConflictRoutes(api, service, own) };
}

export type ConflictsModule = ReturnType<typeof buildConflicts>;
