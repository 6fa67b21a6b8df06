// /api/staff/conflicts: conflict-of-interest declarations (staff and admins).
import { ConflictBody, ConflictListQuery, ConflictOutput, ConflictPage, IdParams } from '@ketnoi/contract';
import { type ApiRegistry, STAFF } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { ConflictsService } from './service.js';

const tags = ['staff'];

export function registerConflictRoutes(api: ApiRegistry, conflicts: ConflictsService): void {
  api.route({
    method: 'post',
    path: '/staff/conflicts',
    summary: 'Declare a conflict of interest: the two profiles are never matched or introduced',
    tags,
    auth: STAFF,
    request: { body: ConflictBody },
    responses: { 201: { description: 'Declared', schema: ConflictOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, body }) => conflicts.declare(user, body),
  });

  api.route({
    method: 'get',
    path: '/staff/conflicts',
    summary: 'Declared conflicts of interest concerning the province',
    tags,
    auth: STAFF,
    request: { query: ConflictListQuery },
    responses: { 200: { description: 'A page of declarations', schema: ConflictPage }, ...ErrorResponses(400, 401, 403, 404) },
    handler: ({ user, query }) => conflicts.list(user, query),
  });

  api.route({
    method: 'delete',
    path: '/staff/conflicts/:id',
    summary: 'Withdraw a conflict-of-interest declaration',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    responses: { 204: { description: 'Removed' }, ...ErrorResponses(401, 403, 404) },
    handler: async ({ user, params }) => {
      await conflicts.remove(user, params.id);
    },
  });
}
