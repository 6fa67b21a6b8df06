import { referencePayload } from '@ketnoi/seeds';
import { ReferenceOutput } from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';

export function registerReferenceRoutes(api: ApiRegistry): void {
  const payload = referencePayload();
  api.route({
    method: 'get',
    path: '/reference',
    compress: true,
    summary: 'Provinces (with legacy names and regions), need categories, sectors and stages',
    tags: ['reference'],
    auth: 'public',
    responses: { 200: { description: 'Reference data', schema: ReferenceOutput } },
    handler: ({ res }) => {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return payload;
    },
  });
}
