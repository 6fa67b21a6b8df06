import type { ApiRegistry } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { SearchQuerySchema, SearchResponse } from '@ketnoi/contract';
import type { SearchService } from './service.js';

export function registerSearchRoutes(api: ApiRegistry, search: SearchService): void {
  api.route({
    method: 'get',
    path: '/search',
    compress: true,
    summary: 'Find profiles in Vietnamese as people type it (diacritics optional, typos tolerated)',
    tags: ['search'],
    auth: 'public',
    request: { query: SearchQuerySchema },
    responses: {
      200: { description: 'Ranked profiles with facets and highlights', schema: SearchResponse },
      ...ErrorResponses(400, 503),
    },
    handler: ({ user, query }) => search.search(user, query),
  });
}
