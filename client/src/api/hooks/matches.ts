import { useMutation, useQuery } from '@tanstack/react-query';
import { matchesApi } from '../matches.js';
import { queryKeys } from '../keys.js';
import type { MatchParams, PlanInput } from '@ketnoi/contract';

export function useMatches(params: MatchParams | null) {
  return useQuery({
    queryKey: queryKeys.matches(params ?? { for: '' }),
    queryFn: () => matchesApi.list(params!),
    enabled: !!params?.for,
  });
}

export function usePlan() {
  return useMutation({ mutationFn: (input: PlanInput) => matchesApi.plan(input) });
}
