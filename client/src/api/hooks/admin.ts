import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../admin.js';
import { plannedApi, type PolicyUpdate, type ScoringWeights } from '../planned.js';
import { queryKeys } from '../keys.js';
import type { RegisterInput } from '../types.js';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterInput) => adminApi.createUser(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit }),
  });
}

export function useWeights(province: string) {
  return useQuery({ queryKey: queryKeys.weights(province), queryFn: () => plannedApi.weights(province), enabled: !!province });
}

export function useSaveWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ province, weights }: { province: string; weights: ScoringWeights }) => plannedApi.saveWeights(province, weights),
    onSuccess: (doc, { province }) => {
      queryClient.setQueryData(queryKeys.weights(province), doc);
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

export function usePolicy(province: string) {
  return useQuery({ queryKey: queryKeys.policy(province), queryFn: () => plannedApi.policy(province), enabled: !!province });
}

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ province, update }: { province: string; update: PolicyUpdate }) => plannedApi.savePolicy(province, update),
    onSuccess: (saved, { province }) => queryClient.setQueryData(queryKeys.policy(province), saved),
  });
}

export function useAudit() {
  return useQuery({ queryKey: queryKeys.audit, queryFn: () => plannedApi.audit({ limit: 100 }) });
}

export function useExposure(province?: string) {
  return useQuery({ queryKey: queryKeys.exposure(province), queryFn: () => plannedApi.exposure(province) });
}
