import { http } from './http.js';
import type { Consultation, ConsultationInput, ConsultationStatus, Outcome, Page } from './types.js';

const path = (id: string, action: string) => `/api/consultations/${encodeURIComponent(id)}/${action}`;

export const consultationsApi = {
  create: (input: ConsultationInput) => http.post<Consultation>('/api/consultations', input),
  list: (params: { status?: ConsultationStatus; limit?: number; cursor?: string } = {}) =>
    http.get<Page<Consultation>>('/api/consultations', { ...params }),
  complete: (id: string, outcome: Outcome) => http.post<Consultation>(path(id, 'complete'), { outcome }),
  cancel: (id: string, reason?: string) => http.post<Consultation>(path(id, 'cancel'), reason ? { reason } : {}),
  feedback: (id: string, rating: number, comment?: string) =>
    http.post<Consultation>(path(id, 'feedback'), comment ? { rating, comment } : { rating }),
};
