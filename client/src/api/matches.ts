import type { Exposure, ExposureParams, MatchList, MatchParams, Plan, PlanInput } from '@ketnoi/contract';
import { http } from './http.js';

export const matchesApi = {
  list: (params: MatchParams) => http.get<MatchList>('/api/matches', params),
  plan: (input: PlanInput) => http.post<Plan>('/api/matches/plan', input),
  exposure: (params: ExposureParams = {}) => http.get<Exposure>('/api/matches/exposure', params),
};
