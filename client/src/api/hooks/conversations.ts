import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Page } from '@ketnoi/contract';
import { conversationsApi } from '../conversations.js';
import { queryKeys } from '../keys.js';
import { totalUnread, type ReadState, type ThreadMessage } from '../cache.js';

export const MESSAGE_PAGE_SIZE = 30;

export function useConversations(enabled = true) {
  return useQuery({ queryKey: queryKeys.conversationList, queryFn: conversationsApi.list, enabled });
}

/** Unread messages over all my conversations; live events keep the cached list current. */
export function useUnreadMessageCount(enabled: boolean): number {
  const { data } = useQuery({ queryKey: queryKeys.conversationList, queryFn: conversationsApi.list, enabled, select: totalUnread });
  return data ?? 0;
}

/** Pages newest-first; the next page is everything `before` the oldest message loaded. */
export function useMessages(conversationId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.messages(conversationId),
    queryFn: ({ pageParam }) =>
      conversationsApi.messages(conversationId, { before: pageParam, limit: MESSAGE_PAGE_SIZE }) as Promise<Page<ThreadMessage>>,
    initialPageParam: undefined as string | undefined,
    // A short page means the start of the conversation; `before` takes a message id, so the cursor is
    // the oldest id of the last page rather than nextCursor.
    getNextPageParam: (last) => (last.items.length >= MESSAGE_PAGE_SIZE ? last.items[last.items.length - 1]?.id : undefined),
    staleTime: Infinity,
  });
}

/**
 * Who has read up to which message, as learnt from `message:read` events this session; the marks
 * from before come with the conversation (`Conversation.reads`).
 */
export function useReadState(conversationId: string) {
  return useQuery<ReadState>({
    queryKey: queryKeys.reads(conversationId),
    queryFn: () => ({}),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
