import type { ApiRegistry } from '../../http/api.js';
import type { PublicStatsService } from './stats.js';
import { publicScope } from './stats.js';
import { portalEndpoints } from '@ketnoi/contract/endpoints/portal';

export function registerPortalRoutes(api: ApiRegistry, stats: PublicStatsService): void {
  api.route(portalEndpoints.stats, { handler: ({ query }) => stats.stats(publicScope(query)) });
}
