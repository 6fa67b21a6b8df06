import type { ApiRegistry } from '../../http/api.js';
import { presentNeed } from './presenter.js';
import type { NeedsService } from './service.js';
import { needsEndpoints } from '@ketnoi/contract/endpoints/needs';

export function registerNeedRoutes(api: ApiRegistry, needs: NeedsService): void {
  api.route(needsEndpoints.create, {
    handler: async ({ user, body }) => presentNeed(await needs.create(user, body), { withSuggestions: true }),
  });

  api.route(needsEndpoints.list, { compress: true, handler: ({ user, query }) => needs.list(user, query) });

  api.route(needsEndpoints.get, {
    handler: async ({ user, params }) => presentNeed(await needs.get(user, params.id), { withSuggestions: true }),
  });

  api.route(needsEndpoints.update, {
    handler: async ({ user, params, body }) => presentNeed(await needs.update(user, params.id, body), { withSuggestions: true }),
  });
}
