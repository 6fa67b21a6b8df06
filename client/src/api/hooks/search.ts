import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { searchApi } from '../search.js';
import { queryKeys } from '../keys.js';
import type { SearchParams } from '@ketnoi/contract';

export function useSearch(params: SearchParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.search(params),
    queryFn: ({ pageParam, signal }) => searchApi.search({ limit: 20, ...params, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
