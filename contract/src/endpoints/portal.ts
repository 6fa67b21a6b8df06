// The portal endpoints: what the API promises (server/src/modules/portal implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { PublicStatsOutput, PublicStatsQuery } from '../portal.js';

export const portalEndpoints = {
  stats: endpoint({
    method: 'get',
    path: '/public/stats',
    summary: 'Public figures of a province, a region or the country (counts only, no sign-in)',
    description:
      'Profiles are counted as a visitor sees them: startups always; experts, investors and providers only from provinces ' +
      'whose sharing policy is `all`; never hidden or suspended ones. Needs, intros, consultations and outcomes over all ' +
      'time, as in the staff reports. Answers are kept a few minutes, never past a change of the data.',
    tags: ['portal'],
    auth: 'public',
    request: { query: PublicStatsQuery },
    responses: { 200: { description: 'Figures', schema: PublicStatsOutput }, ...errorResponses(400) },
  }),
};
