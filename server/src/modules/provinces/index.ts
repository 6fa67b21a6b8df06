// The provinces module: each province's settings (sharing, staff approval, stale-need days,
// matching weight overrides) and the staff routes that change them.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import { ProvincePoliciesRepository } from './repository.js';
import { registerProvinceRoutes } from './routes.js';
import { ProvinceSettingsService } from './service.js';

export function buildProvinces(d: { store: Store; events: EventBus; clock: Clock }) {
  const repository = new ProvincePoliciesRepository(d.store);
  const service = new ProvinceSettingsService(d.store, repository, d.events, d.clock);
  return { repository, service, routes: (api: ApiRegistry) => registerProvinceRoutes(api, service) };
}

export type ProvincesModule = ReturnType<typeof buildProvinces>;
