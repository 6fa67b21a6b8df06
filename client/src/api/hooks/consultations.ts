import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CancelInput, CompleteInput, ConsultationStatus, FeedbackInput, RescheduleInput, ScheduleInput } from '@ketnoi/contract';
import { consultationsApi } from '../consultations.js';
import { queryKeys } from '../keys.js';

/** Scheduled ones read as an agenda, what comes next first; the others as a record, latest first. */
export function useConsultations(status?: ConsultationStatus) {
  const params = status ? { status, order: status === 'scheduled' ? ('soonest' as const) : ('latest' as const) } : {};
  return useQuery({
    queryKey: queryKeys.consultationList(params),
    queryFn: () => consultationsApi.list({ ...params, limit: 100 }),
  });
}

export type ConsultationChange =
  | { action: 'create'; input: ScheduleInput }
  | { action: 'complete'; id: string; input: CompleteInput }
  | { action: 'cancel'; id: string; input: CancelInput }
  | { action: 'reschedule'; id: string; input: RescheduleInput }
  | { action: 'feedback'; id: string; input: FeedbackInput };

export function useConsultationChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ConsultationChange) => {
      switch (change.action) {
        case 'create':
          return consultationsApi.create(change.input);
        case 'complete':
          return consultationsApi.complete(change.id, change.input);
        case 'cancel':
          return consultationsApi.cancel(change.id, change.input);
        case 'reschedule':
          return consultationsApi.reschedule(change.id, change.input);
        case 'feedback':
          return consultationsApi.feedback(change.id, change.input);
      }
    },
    // After a refusal or a lost answer too: a booking whose answer was lost may have been saved, and
    // a retry refused as clashing with it should find it in the list.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.consultations }),
  });
}
