import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput, CallListParams, EntryInput, EntryListParams, PatchEntryInput, RecuseInput, ScoreInput } from '@ketnoi/contract';
import { allEntries, callsApi } from '../calls.js';
import { queryKeys } from '../keys.js';

/** Everything about one event's call is under ['calls', 'event', id]: a change refreshes it all. */
const eventKey = (eventId: string) => ['calls', 'event', eventId] as const;

export function useCallEvent(eventId: string) {
  return useQuery({ queryKey: [...eventKey(eventId), 'event'], queryFn: () => callsApi.event(eventId) });
}

export function useCallTemplates(enabled = true) {
  return useQuery({ queryKey: queryKeys.callTemplates, queryFn: callsApi.templates, staleTime: Infinity, enabled });
}

export function useCalls(params: CallListParams) {
  return useQuery({
    queryKey: queryKeys.callList({ status: params.status, province: params.province }),
    queryFn: () => callsApi.list({ limit: 50, ...params }),
  });
}

export function useAssignments(enabled = true) {
  return useQuery({ queryKey: queryKeys.assignments, queryFn: callsApi.assignments, enabled });
}

export function useCall(eventId: string | undefined) {
  return useQuery({ queryKey: queryKeys.call(eventId ?? ''), queryFn: () => callsApi.get(eventId!), enabled: !!eventId, retry: false });
}

export function useCallEntries(eventId: string, params: EntryListParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.callEntries(eventId, { as: params.as, judgeId: params.judgeId, status: params.status }),
    queryFn: () => allEntries(eventId, params),
    enabled,
  });
}

export function useJudgingProgress(eventId: string, enabled = true) {
  return useQuery({ queryKey: queryKeys.callProgress(eventId), queryFn: () => callsApi.progress(eventId), enabled });
}

export function useCallResults(eventId: string, enabled = true) {
  return useQuery({ queryKey: queryKeys.callResults(eventId), queryFn: () => callsApi.results(eventId), enabled, retry: false });
}

export function useJudgeCandidates(eventId: string, q: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.judgeCandidates(eventId, q),
    queryFn: () => callsApi.candidates(eventId, q || undefined),
    enabled,
  });
}

/** A mutation on one event's call: afterwards the call, its lists, progress and results are read again. */
function useCallMutation<I, O>(eventId: string, run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: eventKey(eventId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.assignments });
      void queryClient.invalidateQueries({ queryKey: ['calls', 'list'] });
    },
  });
}

/**
 * Saving answers with the call as saved: it is put in the cache at once, so the first save (when the
 * call did not exist yet) keeps the page on screen instead of passing through "loading" again.
 */
export function useSaveCall(eventId: string) {
  const queryClient = useQueryClient();
  return useCallMutation(eventId, async (input: CallInput) => {
    const saved = await callsApi.save(eventId, input);
    queryClient.setQueryData(queryKeys.call(eventId), saved);
    return saved;
  });
}
export const useSubmitEntry = (eventId: string) => useCallMutation(eventId, (input: EntryInput) => callsApi.submit(eventId, input));
export const useEditEntry = (eventId: string) =>
  useCallMutation(eventId, ({ entryId, patch }: { entryId: string; patch: PatchEntryInput }) =>
    callsApi.editEntry(eventId, entryId, patch),
  );
export const useWithdrawEntry = (eventId: string) => useCallMutation(eventId, (entryId: string) => callsApi.withdraw(eventId, entryId));
export const useScore = (eventId: string) =>
  useCallMutation(eventId, ({ entryId, input }: { entryId: string; input: ScoreInput }) => callsApi.score(eventId, entryId, input));
export const useRecuse = (eventId: string) =>
  useCallMutation(eventId, ({ entryId, input }: { entryId: string; input: RecuseInput }) => callsApi.recuse(eventId, entryId, input));
export const usePublishResults = (eventId: string) => useCallMutation(eventId, () => callsApi.publish(eventId));
