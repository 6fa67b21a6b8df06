import { type ApiRegistry, STAFF } from '../../http/api.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { CohortPlanner } from './cohort.js';
import { pickLang } from './lang.js';
import {
  ExposureList,
  ExposureQuery,
  MatchList,
  MatchQuery,
  PlanBody,
  PlanOutput,
  WeightsBody,
  WeightsOutput,
  WeightsQuery,
} from '@ketnoi/contract';
import type { MatchingService } from './service.js';
import type { WeightsService } from './weightsService.js';

export interface MatchingRoutesDeps {
  matching: MatchingService;
  planner: CohortPlanner;
  weights: WeightsService;
}

export function registerMatchingRoutes(api: ApiRegistry, { matching, planner, weights }: MatchingRoutesDeps): void {
  api.route({
    method: 'get',
    path: '/matches/exposure',
    summary: 'How often each profile was shown in match lists (staff: own province; admin: any or all)',
    tags: ['matches'],
    auth: STAFF,
    request: { query: ExposureQuery },
    responses: { 200: { description: 'Most shown first', schema: ExposureList }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => matching.exposureCounts(user, query),
  });

  api.route({
    method: 'get',
    path: '/matches',
    summary: 'Ranked matches with reasons: helpers for a startup’s need(s), or startups for an expert, provider or investor',
    description:
      'score = Σ weight·score / Σ weight over `reasons` (one per criterion that applies). Reasons are in Vietnamese or English ' +
      '(`?lang=`, else Accept-Language, else vi). Candidates that declined the pair in the last 90 days, declared conflicts, ' +
      'hidden or suspended profiles and provinces hidden by the sharing policy never appear.',
    tags: ['matches'],
    auth: 'user',
    request: { query: MatchQuery },
    responses: { 200: { description: 'Best first', schema: MatchList }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, query, req }) =>
      matching.matches(user, {
        ...(query.for ? { for: query.for } : {}),
        ...(query.needId ? { needId: query.needId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        limit: query.limit,
        lang: pickLang(query.lang, req.headers['accept-language']),
      }),
  });

  api.route({
    method: 'post',
    path: '/matches/plan',
    summary: 'Plan a cohort: one expert or provider per need, nobody over capacity, total score maximal',
    description:
      'Exact min-cost max-flow: as many needs as possible get someone and, among those plans, the total score is maximal. ' +
      'Capacity per candidate = its spare capacity (capacity − scheduled consultations), at most capacityPerCandidate.',
    tags: ['matches'],
    auth: STAFF,
    request: { body: PlanBody },
    responses: { 200: { description: 'The plan', schema: PlanOutput }, ...ErrorResponses(400, 401, 403, 404, 409) },
    handler: ({ user, body }) => planner.plan(user, body),
  });

  api.route({
    method: 'get',
    path: '/admin/weights',
    summary: 'Matching weights of a province (defaults and its overrides)',
    tags: ['matches'],
    auth: STAFF,
    request: { query: WeightsQuery },
    responses: { 200: { description: 'Weights', schema: WeightsOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query }) => weights.get(user, query.province),
  });

  api.route({
    method: 'put',
    path: '/admin/weights',
    summary: 'Replace a province’s weight overrides (criteria left out use the defaults)',
    tags: ['matches'],
    auth: STAFF,
    request: { query: WeightsQuery, body: WeightsBody },
    responses: { 200: { description: 'Weights saved', schema: WeightsOutput }, ...ErrorResponses(400, 401, 403) },
    handler: ({ user, query, body }) => weights.put(user, query.province, body.weights),
  });
}
