import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactLogInput, SummaryParams, VerificationInput } from '@ketnoi/contract';
import { staffApi } from '../staff.js';
import { reportsApi } from '../reports.js';
import { queryKeys } from '../keys.js';

export function useStaffQueue() {
  return useQuery({ queryKey: queryKeys.staffQueue, queryFn: () => staffApi.queue() });
}

export function useReportsSummary(params: SummaryParams, enabled = true) {
  return useQuery({ queryKey: queryKeys.reports(params), queryFn: () => reportsApi.summary(params), enabled });
}

export function useContacts(profileId?: string) {
  const params = profileId ? { profileId } : {};
  return useQuery({ queryKey: queryKeys.contacts(params), queryFn: () => staffApi.contacts({ ...params, limit: 100 }) });
}

export function useLogContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactLogInput) => staffApi.logContact(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff', 'contacts'] }),
  });
}

export function useVerify() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VerificationInput) => staffApi.verify(input),
    onSuccess: (_r, input) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.profile(input.profileId) });
      void queryClient.invalidateQueries({ queryKey: ['profiles', 'directory'] });
    },
  });
}
