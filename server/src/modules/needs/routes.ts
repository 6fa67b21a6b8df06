import type { ApiRegistry } from '../../http/api.js';
import { CreateNeedBody, IdParams, NeedListQuery, NeedOutput, NeedPage, UpdateNeedBody } from '@ketnoi/contract';
import { ErrorResponses } from '../../openapi/errors.js';
import { presentNeed } from './presenter.js';
import type { NeedsService } from './service.js';

export function registerNeedRoutes(api: ApiRegistry, needs: NeedsService): void {
  api.route({
    method: 'post',
    path: '/needs',
    summary: 'State a need (a startup for itself, or staff on its behalf); classified when no category is given',
    tags: ['needs'],
    auth: ['startup', 'staff', 'admin'],
    request: { body: CreateNeedBody },
    responses: {
      201: { description: 'Need created, with suggestedCategories', schema: NeedOutput },
      ...ErrorResponses(400, 401, 403, 404, 409),
    },
    handler: async ({ user, body }) => presentNeed(await needs.create(user, body), { withSuggestions: true }),
  });

  api.route({
    method: 'get',
    path: '/needs',
    compress: true,
    summary:
      'Needs visible to you: your own (startup), your province (staff), open needs you could help with (experts, providers, investors)',
    tags: ['needs'],
    auth: 'user',
    request: { query: NeedListQuery },
    responses: { 200: { description: 'A page of needs, newest first', schema: NeedPage }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => needs.list(user, query),
  });

  api.route({
    method: 'get',
    path: '/needs/:id',
    summary: 'One need, with its status history',
    tags: ['needs'],
    auth: 'user',
    request: { params: IdParams },
    responses: { 200: { description: 'Need', schema: NeedOutput }, ...ErrorResponses(401, 404) },
    handler: async ({ user, params }) => presentNeed(await needs.get(user, params.id), { withSuggestions: true }),
  });

  api.route({
    method: 'patch',
    path: '/needs/:id',
    summary: 'Change status, title, description or category (the startup, or staff of its province)',
    tags: ['needs'],
    auth: 'user',
    request: { params: IdParams, body: UpdateNeedBody },
    responses: { 200: { description: 'Need updated', schema: NeedOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: async ({ user, params, body }) => presentNeed(await needs.update(user, params.id, body), { withSuggestions: true }),
  });
}
