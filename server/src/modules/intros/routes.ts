import type { ApiRegistry } from '../../http/api.js';
import type { IntrosService } from './service.js';
import { introsEndpoints } from '@ketnoi/contract/endpoints/intros';

export function registerIntroRoutes(api: ApiRegistry, intros: IntrosService): void {
  api.route(introsEndpoints.request, { handler: async ({ user, body }) => intros.presentOne(await intros.create(user, body)) });

  api.route(introsEndpoints.list, { compress: true, handler: ({ user, query }) => intros.list(user, query) });

  api.route(introsEndpoints.get, { handler: async ({ user, params }) => intros.presentOne(await intros.get(user, params.id)) });

  api.route(introsEndpoints.accept, { handler: async ({ user, params }) => intros.presentOne(await intros.accept(user, params.id)) });
  api.route(introsEndpoints.decline, {
    handler: async ({ user, params, body }) => intros.presentOne(await intros.decline(user, params.id, body.reason)),
  });
  api.route(introsEndpoints.withdraw, { handler: async ({ user, params }) => intros.presentOne(await intros.withdraw(user, params.id)) });
  api.route(introsEndpoints.approve, { handler: async ({ user, params }) => intros.presentOne(await intros.approve(user, params.id)) });
  api.route(introsEndpoints.reject, {
    handler: async ({ user, params, body }) => intros.presentOne(await intros.reject(user, params.id, body.reason)),
  });
}
