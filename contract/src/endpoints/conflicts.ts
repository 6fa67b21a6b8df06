// The conflicts endpoints: what the API promises (server/src/modules/conflicts implements them).
import { STAFF, endpoint, errorResponses } from '../endpoint.js';
import { IdParams } from '../primitives.js';
import { ConflictBody, ConflictListQuery, ConflictOutput, ConflictPage, OwnConflictBody, OwnConflictListQuery } from '../staff.js';

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

  declareOwn: endpoint({
    method: 'post',
    path: '/me/conflicts',
    summary: 'Declare your own conflict of interest with a profile: the two are never matched or introduced',
    description:
      'For experts, investors and providers (a startup asks its province staff: 403). The other profile must be one the ' +
      'caller may open (404); itself 400; already declared between the two, by anyone, 409. Staff of both provinces see ' +
      'it in `GET /api/staff/conflicts` with `byParty: true`; as a judge, the caller is kept from the startup’s entries.',
    tags: ['conflicts'],
    auth: 'user',
    request: { body: OwnConflictBody },
    responses: { 201: { description: 'Declared', schema: ConflictOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  listOwn: endpoint({
    method: 'get',
    path: '/me/conflicts',
    summary: 'The conflicts of interest you declared yourself, newest first',
    tags: ['conflicts'],
    auth: 'user',
    request: { query: OwnConflictListQuery },
    responses: { 200: { description: 'A page of declarations', schema: ConflictPage }, ...errorResponses(400, 401) },
  }),

  withdrawOwn: endpoint({
    method: 'delete',
    path: '/me/conflicts/:id',
    summary: 'Withdraw a conflict of interest you declared yourself (those staff declared stay: 404)',
    tags: ['conflicts'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 204: { description: 'Removed' }, ...errorResponses(401, 404) },
  }),
};
