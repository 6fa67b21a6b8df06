// The profiles module: one profile per startup, expert, investor or provider; the directory; who
// sees what (sharing policy, contact only for connected parties).
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { FileReferences } from '../files/references.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import type { SearchIndex } from '../search/index.js';
import { IntroConnections } from './connections.js';
import { OutcomeBadges } from './outcomeBadges.js';
import { ProfilesRepository } from './repository.js';
import { registerProfileRoutes } from './routes.js';
import { ProfilesService } from './service.js';
import { ProvinceSharingRules } from './visibility.js';

export function buildProfiles(d: {
  store: Store;
  events: EventBus;
  clock: Clock;
  provincePolicies: ProvincePoliciesRepository;
  search: SearchIndex;
  files: FileReferences;
}) {
  const repository = new ProfilesRepository(d.store);
  const visibility = new ProvinceSharingRules(d.provincePolicies, repository);
  const connections = new IntroConnections(d.store);
  const service = new ProfilesService(
    d.store,
    repository,
    d.search.outbox,
    d.search.sync,
    connections,
    visibility,
    d.events,
    d.clock,
    d.files,
    new OutcomeBadges(d.store),
  );
  return { repository, visibility, connections, service, routes: (api: ApiRegistry) => registerProfileRoutes(api, service) };
}

export type ProfilesModule = ReturnType<typeof buildProfiles>;
