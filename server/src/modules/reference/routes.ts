import { referencePayload } from '@ketnoi/seeds';
import type { ApiRegistry } from '../../http/api.js';
import { referenceEndpoints } from '@ketnoi/contract/endpoints/reference';

export function registerReferenceRoutes(api: ApiRegistry): void {
  const payload = referencePayload();
  api.route(referenceEndpoints.lists, {
    compress: true,
    handler: ({ res }) => {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return payload;
    },
  });
}
