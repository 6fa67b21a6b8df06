import type { SearchParams } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const searchApi = {
  search: (params: SearchParams, signal?: AbortSignal) => call(endpoints.search.search, { query: params }, { signal }),
};
