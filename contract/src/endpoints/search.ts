// The search endpoints: what the API promises (server/src/modules/search implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { SearchQuerySchema, SearchResponse } from '../search.js';

export const searchEndpoints = {
  search: endpoint({
    method: 'get',
    path: '/search',
    summary: 'Find profiles in Vietnamese as people type it (diacritics optional, typos tolerated)',
    tags: ['search'],
    auth: 'public',
    request: { query: SearchQuerySchema },
    responses: {
      200: { description: 'Ranked profiles with facets and highlights', schema: SearchResponse },
      ...errorResponses(400, 503),
    },
  }),
};
