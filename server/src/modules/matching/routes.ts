import type { ApiRegistry } from '../../http/api.js';
import type { CohortPlanner } from './cohort.js';
import { pickLang } from './lang.js';
import type { MatchingService } from './service.js';
import type { WeightsService } from './weightsService.js';
import { matchingEndpoints } from '@ketnoi/contract/endpoints/matching';

export interface MatchingRoutesDeps {
  matching: MatchingService;
  planner: CohortPlanner;
  weights: WeightsService;
}

export function registerMatchingRoutes(api: ApiRegistry, { matching, planner, weights }: MatchingRoutesDeps): void {
  api.route(matchingEndpoints.exposure, { handler: ({ user, query }) => matching.exposureCounts(user, query) });

  api.route(matchingEndpoints.matches, {
    handler: ({ user, query, req }) =>
      matching.matches(user, {
        ...(query.for ? { for: query.for } : {}),
        ...(query.needId ? { needId: query.needId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        limit: query.limit,
        lang: pickLang(query.lang, req.headers['accept-language']),
      }),
  });

  api.route(matchingEndpoints.planCohort, { handler: ({ user, body }) => planner.plan(user, body) });

  api.route(matchingEndpoints.weights, { handler: ({ user, query }) => weights.get(user, query.province) });

  api.route(matchingEndpoints.saveWeights, { handler: ({ user, query, body }) => weights.put(user, query.province, body.weights) });
}
