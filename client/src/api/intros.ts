import type { CreateIntroInput, DeclineInput, IntroListParams, RejectInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const introsApi = {
  create: (input: CreateIntroInput) => call(endpoints.intros.request, { body: input }),
  list: (params: IntroListParams = {}) => call(endpoints.intros.list, { query: params }),
  get: (id: string) => call(endpoints.intros.get, { params: { id } }),
  accept: (id: string) => call(endpoints.intros.accept, { params: { id } }),
  decline: (id: string, input: DeclineInput) => call(endpoints.intros.decline, { params: { id }, body: input }),
  withdraw: (id: string) => call(endpoints.intros.withdraw, { params: { id } }),
  approve: (id: string) => call(endpoints.intros.approve, { params: { id } }),
  reject: (id: string, input: RejectInput = {}) => call(endpoints.intros.reject, { params: { id }, body: input }),
};
