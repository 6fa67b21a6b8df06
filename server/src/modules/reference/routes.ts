import { referencePayload } from '@ketnoi/seeds';
import { z } from 'zod';
import type { ApiRegistry } from '../../http/api.js';

const Labelled = z.object({ code: z.string(), vi: z.string(), en: z.string() });
const ReferenceResponse = z
  .object({
    provinces: z.array(z.object({ code: z.string(), name: z.string(), region: z.string(), legacyNames: z.array(z.string()) })),
    needCategories: z.array(Labelled),
    sectors: z.array(Labelled),
    stages: z.array(Labelled),
  })
  .meta({ id: 'Reference' });

export function registerReferenceRoutes(api: ApiRegistry): void {
  const payload = referencePayload();
  api.route({
    method: 'get',
    path: '/reference',
    compress: true,
    summary: 'Provinces (with legacy names and regions), need categories, sectors and stages',
    tags: ['reference'],
    auth: 'public',
    responses: { 200: { description: 'Reference data', schema: ReferenceResponse } },
    handler: ({ res }) => {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return payload;
    },
  });
}
