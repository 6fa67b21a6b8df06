import type { CancelInput, CompleteInput, ConsultationListParams, FeedbackInput, RescheduleInput, ScheduleInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const consultationsApi = {
  create: (input: ScheduleInput) => call(endpoints.consultations.schedule, { body: input }),
  list: (params: ConsultationListParams = {}) => call(endpoints.consultations.list, { query: params }),
  complete: (id: string, input: CompleteInput) => call(endpoints.consultations.complete, { params: { id }, body: input }),
  cancel: (id: string, input: CancelInput) => call(endpoints.consultations.cancel, { params: { id }, body: input }),
  reschedule: (id: string, input: RescheduleInput) => call(endpoints.consultations.reschedule, { params: { id }, body: input }),
  feedback: (id: string, input: FeedbackInput) => call(endpoints.consultations.feedback, { params: { id }, body: input }),
};
