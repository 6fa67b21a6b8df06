import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { consultationsApi } from '../consultations.js';
import { queryKeys } from '../keys.js';
import type { ConsultationInput, ConsultationStatus, Outcome } from '../types.js';

export function useConsultations(status?: ConsultationStatus) {
  const params = status ? { status } : {};
  return useQuery({
    queryKey: queryKeys.consultationList(params),
    queryFn: () => consultationsApi.list({ ...params, limit: 100 }),
  });
}

export type ConsultationChange =
  | { action: 'create'; input: ConsultationInput }
  | { action: 'complete'; id: string; outcome: Outcome }
  | { action: 'cancel'; id: string; reason?: string }
  | { action: 'feedback'; id: string; rating: number; comment?: string };

export function useConsultationChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ConsultationChange) => {
      switch (change.action) {
        case 'create':
          return consultationsApi.create(change.input);
        case 'complete':
          return consultationsApi.complete(change.id, change.outcome);
        case 'cancel':
          return consultationsApi.cancel(change.id, change.reason);
        case 'feedback':
          return consultationsApi.feedback(change.id, change.rating, change.comment);
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.consultations }),
  });
}
