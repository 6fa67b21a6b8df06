import type { CreateOpportunityInput, InterestInput, OpportunityListParams, UpdateOpportunityInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const opportunitiesApi = {
  list: (params: OpportunityListParams = {}, signal?: AbortSignal) => call(endpoints.opportunities.list, { query: params }, { signal }),
  get: (id: string) => call(endpoints.opportunities.get, { params: { id } }),
  create: (input: CreateOpportunityInput) => call(endpoints.opportunities.post, { body: input }),
  update: (id: string, input: UpdateOpportunityInput) => call(endpoints.opportunities.update, { params: { id }, body: input }),
  /** "Quan tâm": an introduction to the owner that carries the opportunity (409 when it is closed or expired). */
  interest: (id: string, input: InterestInput) => call(endpoints.opportunities.expressInterest, { params: { id }, body: input }),
};
