import type {
  CreateOpportunityInput,
  InterestInput,
  Intro,
  Opportunity,
  OpportunityListParams,
  Page,
  UpdateOpportunityInput,
} from '@ketnoi/contract';
import { http } from './http.js';

const path = (id: string) => `/api/opportunities/${encodeURIComponent(id)}`;

export const opportunitiesApi = {
  list: (params: OpportunityListParams = {}, signal?: AbortSignal) => http.get<Page<Opportunity>>('/api/opportunities', params, signal),
  get: (id: string) => http.get<Opportunity>(path(id)),
  create: (input: CreateOpportunityInput) => http.post<Opportunity>('/api/opportunities', input),
  update: (id: string, input: UpdateOpportunityInput) => http.patch<Opportunity>(path(id), input),
  /** "Quan tâm": an introduction to the owner that carries the opportunity (409 when it is closed or expired). */
  interest: (id: string, input: InterestInput) => http.post<Intro>(`${path(id)}/interest`, input),
};
