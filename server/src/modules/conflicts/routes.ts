// /api/staff/conflicts: conflict-of-interest declarations (staff and admins).
import type { ApiRegistry } from '../../http/api.js';
import type { ConflictsService } from './service.js';
import { conflictsEndpoints } from '@ketnoi/contract/endpoints/conflicts';

export function registerConflictRoutes(api: ApiRegistry, conflicts: ConflictsService): void {
  api.route(conflictsEndpoints.declare, { handler: ({ user, body }) => conflicts.declare(user, body) });

  api.route(conflictsEndpoints.list, { handler: ({ user, query }) => conflicts.list(user, query) });

  api.route(conflictsEndpoints.withdraw, {
    handler: async ({ user, params }) => {
      await conflicts.remove(user, params.id);
    },
  });
}
