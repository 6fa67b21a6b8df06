import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminCreateUserInput, AdminUserListParams, PolicyInput, WeightsInput } from '@ketnoi/contract';
import { adminApi } from '../admin.js';
import { matchesApi } from '../matches.js';
import { staffApi } from '../staff.js';
import { queryKeys } from '../keys.js';
import { useSaveMutation } from './saved.js';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AdminCreateUserInput) => adminApi.createUser(input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit });
      void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
}

/** Accounts for the administrator, newest first, a page at a time. */
export function useAdminUsers(params: AdminUserListParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.adminUsers(params),
    queryFn: ({ pageParam }) => adminApi.users({ ...params, limit: 25, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export type UserAction = { type: 'suspend'; reason?: string } | { type: 'unsuspend' } | { type: 'passwordReset' };

/** Suspend, unsuspend or mail a reset link; the list and the audit log are read again after. */
export function useUserAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: UserAction) => {
      if (action.type === 'suspend') return adminApi.suspend(id, action.reason ? { reason: action.reason } : {});
      if (action.type === 'unsuspend') return adminApi.unsuspend(id);
      return adminApi.passwordReset(id);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit });
    },
  });
}

export function useWeights(province: string) {
  return useQuery({ queryKey: queryKeys.weights(province), queryFn: () => adminApi.weights(province), enabled: !!province });
}

export function useSaveWeights() {
  return useSaveMutation(
    ({ province, input }: { province: string; input: WeightsInput }) => adminApi.saveWeights(province, input),
    (_, { province }) => queryKeys.weights(province),
    [['matches']],
  );
}

export function usePolicy(province: string) {
  return useQuery({ queryKey: queryKeys.policy(province), queryFn: () => staffApi.policy(province), enabled: !!province });
}

export function useSavePolicy() {
  return useSaveMutation(
    ({ province, input }: { province: string; input: PolicyInput }) => staffApi.savePolicy(province, input),
    (_, { province }) => queryKeys.policy(province),
  );
}

export function useAudit() {
  return useQuery({ queryKey: queryKeys.audit, queryFn: () => adminApi.audit({ limit: 100 }) });
}

export function useExposure(province: string) {
  return useQuery({ queryKey: queryKeys.exposure(province), queryFn: () => matchesApi.exposure({ province }) });
}
