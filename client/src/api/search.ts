import { http } from './http.js';
import type { SearchParams, SearchResult } from './types.js';

export const searchApi = {
  search: (params: SearchParams, signal?: AbortSignal) => http.get<SearchResult>('/api/search', { ...params }, signal),
};
