import { http } from './http.js';
import type { BrokeredIntroInput, Intro, IntroBox, IntroInput, IntroStatus, Page } from './types.js';

const path = (id: string, action?: string) => `/api/intros/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const introsApi = {
  create: (input: IntroInput | BrokeredIntroInput) => http.post<Intro>('/api/intros', input),
  list: (params: { box?: IntroBox; status?: IntroStatus; limit?: number; cursor?: string } = {}) =>
    http.get<Page<Intro>>('/api/intros', { ...params }),
  get: (id: string) => http.get<Intro>(path(id)),
  accept: (id: string) => http.post<Intro>(path(id, 'accept')),
  decline: (id: string, reason?: string) => http.post<Intro>(path(id, 'decline'), reason ? { reason } : {}),
  withdraw: (id: string) => http.post<Intro>(path(id, 'withdraw')),
  approve: (id: string) => http.post<Intro>(path(id, 'approve')),
  reject: (id: string) => http.post<Intro>(path(id, 'reject')),
};
