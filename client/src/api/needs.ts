import type { CreateNeedInput, Need, NeedListParams, Page, UpdateNeedInput } from '@ketnoi/contract';
import { http } from './http.js';

export const needsApi = {
  create: (input: CreateNeedInput) => http.post<Need>('/api/needs', input),
  list: (params: NeedListParams = {}) => http.get<Page<Need>>('/api/needs', params),
  get: (id: string) => http.get<Need>(`/api/needs/${encodeURIComponent(id)}`),
  update: (id: string, input: UpdateNeedInput) => http.patch<Need>(`/api/needs/${encodeURIComponent(id)}`, input),
};
