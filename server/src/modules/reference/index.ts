// GET /api/reference: provinces (with legacy names and regions), need categories, sectors and
// stages, straight from @ketnoi/seeds. Read-only tables: no repository, policy or events.
import type { ApiRegistry } from '../../http/api.js';
import { registerReferenceRoutes } from './routes.js';

export function buildReference() {
  return { routes: (api: ApiRegistry) => registerReferenceRoutes(api) };
}
