import type { ExposureParams, MatchParams, PlanInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const matchesApi = {
  list: (params: MatchParams) => call(endpoints.matching.matches, { query: params }),
  plan: (input: PlanInput) => call(endpoints.matching.planCohort, { body: input }),
  exposure: (params: ExposureParams = {}) => call(endpoints.matching.exposure, { query: params }),
};
