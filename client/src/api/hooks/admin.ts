import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminCreateUserInput, PolicyInput, WeightsInput } from '@ketnoi/contract';
import { adminApi } from '../admin.js';
import { matchesApi } from '../matches.js';
import { staffApi } from '../staff.js';
import { queryKeys } from '../keys.js';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AdminCreateUserInput) => adminApi.createUser(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit }),
  });
}

export function useWeights(province: string) {
  return useQuery({ queryKey: queryKeys.weights(province), queryFn: () => adminApi.weights(province), enabled: !!province });
}

export function useSaveWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ province, input }: { province: string; input: WeightsInput }) => adminApi.saveWeights(province, input),
    onSuccess: (doc, { province }) => {
      queryClient.setQueryData(queryKeys.weights(province), doc);
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

export function usePolicy(province: string) {
  return useQuery({ queryKey: queryKeys.policy(province), queryFn: () => staffApi.policy(province), enabled: !!province });
}

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ province, input }: { province: string; input: PolicyInput }) => staffApi.savePolicy(province, input),
    onSuccess: (saved, { province }) => queryClient.setQueryData(queryKeys.policy(province), saved),
  });
}

export function useAudit() {
  return useQuery({ queryKey: queryKeys.audit, queryFn: () => adminApi.audit({ limit: 100 }) });
}

export function useExposure(province: string) {
  return useQuery({ queryKey: queryKeys.exposure(province), queryFn: () => matchesApi.exposure({ province }) });
}
