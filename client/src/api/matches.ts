import { http } from './http.js';
import type { Match, MatchParams, Plan, PlanInput } from './types.js';

export const matchesApi = {
  list: (params: MatchParams) => http.get<{ items: Match[] }>('/api/matches', { ...params }),
  plan: (input: PlanInput) => http.post<Plan>('/api/matches/plan', input),
};
