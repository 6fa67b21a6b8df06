// /api/staff/conflicts: conflict-of-interest declarations (staff and admins); /api/me/conflicts:
// those an expert, investor or provider declares itself.
import type { ApiRegistry } from '../../http/api.js';
import type { OwnConflictsService } from './own.js';
import type { ConflictsService } from './service.js';
import { conflictsEndpoints } from '@ketnoi/contract/endpoints/conflicts';

export function registerConflictRoutes(api: ApiRegistry, conflicts: ConflictsService, own: OwnConflictsService): void {
  api.route(conflictsEndpoints.declare, { handler: ({ user, body }) => conflicts.declare(user, body) });

  api.route(conflictsEndpoints.list, { handler: ({ user, query }) => conflicts.list(user, query) });

  api.route(conflictsEndpoints.withdraw, {
    handler: async ({ user, params }) => {
      await conflicts.remove(user, params.id);
    },
  });

  api.route(conflictsEndpoints.declareOwn, { handler: ({ user, body }) => own.declare(user, body) });

  api.route(conflictsEndpoints.listOwn, { handler: ({ user, query }) => own.list(user, query) });

  api.route(conflictsEndpoints.withdrawOwn, {
    handler: async ({ user, params }) => {
      await own.remove(user, params.id);
    },
  });
}
