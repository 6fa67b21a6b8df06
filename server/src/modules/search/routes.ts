import type { ApiRegistry } from '../../http/api.js';
import type { SearchService } from './service.js';
import { searchEndpoints } from '@ketnoi/contract/endpoints/search';

export function registerSearchRoutes(api: ApiRegistry, search: SearchService): void {
  api.route(searchEndpoints.search, { compress: true, handler: ({ user, query }) => search.search(user, query) });
}
