import type { CreateNeedInput, NeedListParams, UpdateNeedInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const needsApi = {
  create: (input: CreateNeedInput) => call(endpoints.needs.create, { body: input }),
  list: (params: NeedListParams = {}) => call(endpoints.needs.list, { query: params }),
  get: (id: string) => call(endpoints.needs.get, { params: { id } }),
  update: (id: string, input: UpdateNeedInput) => call(endpoints.needs.update, { params: { id }, body: input }),
};
