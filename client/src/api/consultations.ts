import type {
  CancelInput,
  CompleteInput,
  Consultation,
  ConsultationList,
  ConsultationListParams,
  FeedbackInput,
  RescheduleInput,
  ScheduleInput,
} from '@ketnoi/contract';
import { http } from './http.js';

const path = (id: string, action: string) => `/api/consultations/${encodeURIComponent(id)}/${action}`;

export const consultationsApi = {
  create: (input: ScheduleInput) => http.post<Consultation>('/api/consultations', input),
  list: (params: ConsultationListParams = {}) => http.get<ConsultationList>('/api/consultations', params),
  complete: (id: string, input: CompleteInput) => http.post<Consultation>(path(id, 'complete'), input),
  cancel: (id: string, input: CancelInput) => http.post<Consultation>(path(id, 'cancel'), input),
  reschedule: (id: string, input: RescheduleInput) => http.post<Consultation>(path(id, 'reschedule'), input),
  feedback: (id: string, input: FeedbackInput) => http.post<Consultation>(path(id, 'feedback'), input),
};
