import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A mutation that answers with the document it saved: the answer goes into the cache under
 * `keyOf(saved, input)`, so the page showing it needs no second read, and the queries under each
 * key of `stale` (the lists it appears in, what is computed from it) are read again.
 */
export function useSaveMutation<Input, Saved>(
  save: (input: Input) => Promise<Saved>,
  keyOf: (saved: Saved, input: Input) => QueryKey,
  stale: QueryKey[] = [],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (saved, input) => {
      queryClient.setQueryData(keyOf(saved, input), saved);
      for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
