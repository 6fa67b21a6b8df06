import type { CreateIntroInput, DeclineInput, Intro, IntroListParams, Page, RejectInput } from '@ketnoi/contract';
import { http } from './http.js';

const path = (id: string, action?: string) => `/api/intros/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const introsApi = {
  create: (input: CreateIntroInput) => http.post<Intro>('/api/intros', input),
  list: (params: IntroListParams = {}) => http.get<Page<Intro>>('/api/intros', params),
  get: (id: string) => http.get<Intro>(path(id)),
  accept: (id: string) => http.post<Intro>(path(id, 'accept')),
  decline: (id: string, input: DeclineInput) => http.post<Intro>(path(id, 'decline'), input),
  withdraw: (id: string) => http.post<Intro>(path(id, 'withdraw')),
  approve: (id: string) => http.post<Intro>(path(id, 'approve')),
  reject: (id: string, input: RejectInput = {}) => http.post<Intro>(path(id, 'reject'), input),
};
