import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { needsApi } from '../needs.js';
import { queryKeys } from '../keys.js';
import type { CreateNeedInput, Need, NeedListParams, UpdateNeedInput } from '@ketnoi/contract';

export function useNeeds(params: NeedListParams, enabled = true) {
  return useQuery({ queryKey: queryKeys.needList(params), queryFn: () => needsApi.list({ limit: 100, ...params }), enabled });
}

export function useNeed(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.need(id ?? ''), queryFn: () => needsApi.get(id!), enabled: !!id });
}

export function useCreateNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNeedInput) => needsApi.create(input),
    onSuccess: (need: Need) => {
      queryClient.setQueryData(queryKeys.need(need.id), need);
      void queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
    },
  });
}

export function useUpdateNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateNeedInput }) => needsApi.update(id, patch),
    onSuccess: (need) => {
      queryClient.setQueryData(queryKeys.need(need.id), need);
      void queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}
