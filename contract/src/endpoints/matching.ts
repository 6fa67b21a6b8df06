// The matching endpoints: what the API promises (server/src/modules/matching implements them).
import { STAFF, endpoint, errorResponses } from '../endpoint.js';
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
} from '../matching.js';

export const matchingEndpoints = {
  exposure: endpoint({
    method: 'get',
    path: '/matches/exposure',
    summary: 'How often each profile was shown in match lists (staff: own province; admin: any or all)',
    tags: ['matches'],
    auth: STAFF,
    request: { query: ExposureQuery },
    responses: { 200: { description: 'Most shown first', schema: ExposureList }, ...errorResponses(400, 401, 403) },
  }),

  matches: endpoint({
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
    responses: { 200: { description: 'Best first', schema: MatchList }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  planCohort: endpoint({
    method: 'post',
    path: '/matches/plan',
    summary: 'Plan a cohort: one expert or provider per need, nobody over capacity, total score maximal',
    description:
      'Exact min-cost max-flow: as many needs as possible get someone and, among those plans, the total score is maximal. ' +
      'Capacity per candidate = its spare capacity (capacity − scheduled consultations), at most capacityPerCandidate.',
    tags: ['matches'],
    auth: STAFF,
    request: { body: PlanBody },
    responses: { 200: { description: 'The plan', schema: PlanOutput }, ...errorResponses(400, 401, 403, 404, 409) },
  }),

  weights: endpoint({
    method: 'get',
    path: '/admin/weights',
    summary: 'Matching weights of a province (defaults and its overrides)',
    tags: ['matches'],
    auth: STAFF,
    request: { query: WeightsQuery },
    responses: { 200: { description: 'Weights', schema: WeightsOutput }, ...errorResponses(400, 401, 403) },
  }),

  saveWeights: endpoint({
    method: 'put',
    path: '/admin/weights',
    summary: 'Replace a province’s weight overrides (criteria left out use the defaults)',
    tags: ['matches'],
    auth: STAFF,
    request: { query: WeightsQuery, body: WeightsBody },
    responses: { 200: { description: 'Weights saved', schema: WeightsOutput }, ...errorResponses(400, 401, 403) },
  }),
};
