// The reference endpoints: what the API promises (server/src/modules/reference implements them).
import { endpoint } from '../endpoint.js';
import { ReferenceOutput } from '../reference.js';

export const referenceEndpoints = {
  lists: endpoint({
    method: 'get',
    path: '/reference',
    summary: 'Provinces (with legacy names and regions), need categories, sectors and stages',
    tags: ['reference'],
    auth: 'public',
    responses: { 200: { description: 'Reference data', schema: ReferenceOutput } },
  }),
};
