import type { SearchParams, SearchResult } from '@ketnoi/contract';
import { http } from './http.js';

export const searchApi = {
  search: (params: SearchParams, signal?: AbortSignal) => http.get<SearchResult>('/api/search', params, signal),
};
