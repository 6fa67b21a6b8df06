import { useQuery } from '@tanstack/react-query';
import { needsApi } from '../needs.js';
import { queryKeys } from '../keys.js';
import type { CreateNeedInput, NeedListParams, UpdateNeedInput } from '@ketnoi/contract';
import { useSaveMutation } from './saved.js';

export function useNeeds(params: NeedListParams, enabled = true) {
  return useQuery({ queryKey: queryKeys.needList(params), queryFn: () => needsApi.list({ limit: 100, ...params }), enabled });
}

export function useNeed(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.need(id ?? ''), queryFn: () => needsApi.get(id!), enabled: !!id });
}

export function useCreateNeed() {
  return useSaveMutation(
    (input: CreateNeedInput) => needsApi.create(input),
    (need) => queryKeys.need(need.id),
    [['needs', 'list']],
  );
}

export function useUpdateNeed() {
  return useSaveMutation(
    ({ id, patch }: { id: string; patch: UpdateNeedInput }) => needsApi.update(id, patch),
    (need) => queryKeys.need(need.id),
    [['needs', 'list'], ['matches']],
  );
}
