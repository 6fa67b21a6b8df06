import { PublicStatsOutput, PublicStatsQuery } from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { PublicStatsService } from './stats.js';
import { publicScope } from './stats.js';

export function registerPortalRoutes(api: ApiRegistry, stats: PublicStatsService): void {
  api.route({
    method: 'get',
    path: '/public/stats',
    summary: 'Public figures of a province, a region or the country (counts only, no sign-in)',
    description:
      'Profiles are counted as a visitor sees them: startups always; experts, investors and providers only from provinces ' +
      'whose sharing policy is `all`; never hidden or suspended ones. Needs, intros, consultations and outcomes over all ' +
      'time, as in the staff reports. Refreshed every few minutes.',
    tags: ['portal'],
    auth: 'public',
    request: { query: PublicStatsQuery },
    responses: { 200: { description: 'Figures', schema: PublicStatsOutput }, ...ErrorResponses(400) },
    handler: ({ query }) => stats.stats(publicScope(query)),
  });
}
