import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi } from '../staff.js';
import { reportsApi } from '../reports.js';
import { plannedApi, type ContactLogInput, type VerificationInput } from '../planned.js';
import { queryKeys } from '../keys.js';
import type { ReportParams } from '../types.js';

export function useStaffQueue() {
  return useQuery({ queryKey: queryKeys.staffQueue, queryFn: staffApi.queue });
}

export function useReportsSummary(params: ReportParams) {
  return useQuery({ queryKey: queryKeys.reports(params), queryFn: () => reportsApi.summary(params) });
}

export function useContacts(profileId?: string) {
  const params = profileId ? { profileId } : {};
  return useQuery({ queryKey: queryKeys.contacts(params), queryFn: () => plannedApi.contacts({ ...params, limit: 100 }) });
}

export function useLogContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactLogInput) => plannedApi.logContact(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff', 'contacts'] }),
  });
}

export function useVerify() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VerificationInput) => plannedApi.verify(input),
    onSuccess: (_r, input) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.profile(input.profileId) });
      void queryClient.invalidateQueries({ queryKey: ['profiles', 'directory'] });
    },
  });
}
