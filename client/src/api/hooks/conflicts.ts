import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConflictInput, OwnConflictInput } from '@ketnoi/contract';
import { conflictsApi } from '../conflicts.js';
import { queryKeys } from '../keys.js';

/** The caller's own declarations (a person declares a handful: one page of 100 holds them). */
export function useMyConflicts(enabled = true) {
  return useQuery({ queryKey: queryKeys.myConflicts, queryFn: () => conflictsApi.mine({ limit: 100 }), enabled });
}

/** Staff: the declarations that name a profile (a profile has a handful: one page of 100 holds them). */
export function useProfileConflicts(profileId: string) {
  return useQuery({ queryKey: queryKeys.profileConflicts(profileId), queryFn: () => conflictsApi.list({ profileId, limit: 100 }) });
}

/** Declaring or withdrawing changes who is matched: the matches and suggestions are read again. */
function useConflictChange<V>(change: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['conflicts'] });
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

export const useDeclareConflict = () => useConflictChange((input: OwnConflictInput) => conflictsApi.declare(input));
export const useWithdrawConflict = () => useConflictChange((id: string) => conflictsApi.withdraw(id));
export const useDeclareConflictFor = () => useConflictChange((input: ConflictInput) => conflictsApi.declareFor(input));
export const useWithdrawConflictFor = () => useConflictChange((id: string) => conflictsApi.withdrawFor(id));
