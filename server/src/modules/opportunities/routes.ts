import type { ApiRegistry } from '../../http/api.js';
import type { IntrosService } from '../intros/service.js';
import type { OpportunitiesService } from './service.js';
import { opportunitiesEndpoints } from '@ketnoi/contract/endpoints/opportunities';

export function registerOpportunityRoutes(api: ApiRegistry, opportunities: OpportunitiesService, intros: IntrosService): void {
  api.route(opportunitiesEndpoints.post, {
    handler: async ({ user, body }) => opportunities.present(await opportunities.create(user, body), true),
  });

  api.route(opportunitiesEndpoints.list, { compress: true, handler: ({ user, query }) => opportunities.list(user, query) });

  api.route(opportunitiesEndpoints.get, {
    handler: async ({ user, params }) => opportunities.present(await opportunities.get(user, params.id)),
  });

  api.route(opportunitiesEndpoints.update, {
    handler: async ({ user, params, body }) => opportunities.present(await opportunities.update(user, params.id, body)),
  });

  api.route(opportunitiesEndpoints.expressInterest, {
    handler: async ({ user, params, body }) => intros.presentOne(await opportunities.interest(user, params.id, body.message)),
  });
}
