import type { ApiRegistry } from '../../http/api.js';
import type { UserAdminService } from './service.js';
import { userAdminEndpoints } from '@ketnoi/contract/endpoints/userAdmin';

export function registerUserAdminRoutes(api: ApiRegistry, users: UserAdminService): void {
  api.route(userAdminEndpoints.list, { handler: ({ query }) => users.list(query) });

  api.route(userAdminEndpoints.suspend, { handler: ({ user, params, body }) => users.suspend(user, params.id, body.reason) });

  api.route(userAdminEndpoints.unsuspend, { handler: ({ user, params }) => users.unsuspend(user, params.id) });

  api.route(userAdminEndpoints.sendPasswordReset, { handler: ({ user, params }) => users.sendPasswordReset(user, params.id) });
}
