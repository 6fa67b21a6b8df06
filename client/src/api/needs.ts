import { http } from './http.js';
import type { Need, NeedInput, NeedListParams, NeedPatch, Page } from './types.js';

export const needsApi = {
  create: (input: NeedInput) => http.post<Need>('/api/needs', input),
  list: (params: NeedListParams = {}) => http.get<Page<Need>>('/api/needs', { ...params }),
  get: (id: string) => http.get<Need>(`/api/needs/${encodeURIComponent(id)}`),
  update: (id: string, patch: NeedPatch) => http.patch<Need>(`/api/needs/${encodeURIComponent(id)}`, patch),
};
