// The conflicts endpoints: what the API promises (server/src/modules/conflicts implements them).
import { STAFF, endpoint, errorResponses } from '../endpoint.js';
import { IdParams } from '../primitives.js';
import { ConflictBody, ConflictListQuery, ConflictOutput, ConflictPage } from '../staff.js';

const tags = ['staff'];

export const conflictsEndpoints = {
  declare: endpoint({
    method: 'post',
    path: '/staff/conflicts',
    summary: 'Declare a conflict of interest: the two profiles are never matched or introduced',
    tags,
    auth: STAFF,
    request: { body: ConflictBody },
    responses: { 201: { description: 'Declared', schema: ConflictOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  list: endpoint({
    method: 'get',
    path: '/staff/conflicts',
    summary: 'Declared conflicts of interest concerning the province',
    tags,
    auth: STAFF,
    request: { query: ConflictListQuery },
    responses: { 200: { description: 'A page of declarations', schema: ConflictPage }, ...errorResponses(400, 401, 403, 404) },
  }),

  withdraw: endpoint({
    method: 'delete',
    path: '/staff/conflicts/:id',
    summary: 'Withdraw a conflict-of-interest declaration',
    tags,
    auth: STAFF,
    request: { params: IdParams },
    responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
  }),
};
