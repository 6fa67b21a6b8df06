// The needs endpoints: what the API promises (server/src/modules/needs implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { CreateNeedBody, NeedListQuery, NeedOutput, NeedPage, UpdateNeedBody } from '../needs.js';
import { IdParams } from '../primitives.js';

export const needsEndpoints = {
  create: endpoint({
    method: 'post',
    path: '/needs',
    summary: 'State a need (a startup for itself, or staff on its behalf); classified when no category is given',
    tags: ['needs'],
    auth: ['startup', 'staff', 'admin'],
    request: { body: CreateNeedBody },
    responses: {
      201: { description: 'Need created, with suggestedCategories', schema: NeedOutput },
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),

  list: endpoint({
    method: 'get',
    path: '/needs',
    summary:
      'Needs visible to you: your own (startup), your province (staff), open needs you could help with (experts, providers, investors)',
    tags: ['needs'],
    auth: 'user',
    request: { query: NeedListQuery },
    responses: { 200: { description: 'A page of needs, newest first', schema: NeedPage }, ...errorResponses(400, 401, 403) },
  }),

  get: endpoint({
    method: 'get',
    path: '/needs/:id',
    summary: 'One need, with its status history',
    tags: ['needs'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Need', schema: NeedOutput }, ...errorResponses(401, 404) },
  }),

  update: endpoint({
    method: 'patch',
    path: '/needs/:id',
    summary: 'Change status, title, description or category (the startup, or staff of its province)',
    tags: ['needs'],
    auth: 'user',
    request: { params: IdParams, body: UpdateNeedBody },
    responses: { 200: { description: 'Need updated', schema: NeedOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),
};
