import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { notificationsApi } from '../notifications.js';
import { queryKeys } from '../keys.js';
import type { Notification, NotificationPage, ReadNotificationsInput, ReadNotificationsResult } from '@ketnoi/contract';

export function useNotifications(unread = false, enabled = true) {
  const params = unread ? { unread: true } : {};
  return useQuery({
    queryKey: queryKeys.notificationList(params),
    queryFn: () => notificationsApi.list({ ...(unread ? { unread: 'true' } : {}), limit: 100 }),
    enabled,
  });
}

export function useUnreadCount(enabled: boolean): number {
  const { data } = useNotifications(true, enabled);
  return data?.items.filter((n) => !n.read).length ?? 0;
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (selection: ReadNotificationsInput) => notificationsApi.markRead(selection),
    onSuccess: (result, selection) => showRead(queryClient, selection, result),
  });
}

/** Show the notifications the server marked read as read in every cached list (the bell counts the unread one). */
function showRead(queryClient: QueryClient, selection: ReadNotificationsInput, result: ReadNotificationsResult) {
  const isRead = (n: Notification) => !!selection.all || !!selection.ids?.includes(n.id);
  for (const [key, data] of queryClient.getQueriesData<NotificationPage>({ queryKey: queryKeys.notifications })) {
    if (!data) continue;
    const unreadOnly = (key[2] as { unread?: boolean } | undefined)?.unread;
    const items = data.items.map((n) => (isRead(n) ? { ...n, read: true } : n)).filter((n) => !unreadOnly || !n.read);
    queryClient.setQueryData<NotificationPage>(key, { ...data, items, unreadCount: result.unreadCount });
  }
}

/**
 * A conversation that was read has no news left: its "new message" notifications are marked read
 * (the unread list is the bell's, loaded with the shell; asked for here when it is not).
 */
export async function markConversationNotificationsRead(queryClient: QueryClient, conversationId: string): Promise<void> {
  const unread = await queryClient
    .ensureQueryData({
      queryKey: queryKeys.notificationList({ unread: true }),
      queryFn: () => notificationsApi.list({ unread: 'true', limit: 100 }),
    })
    .catch(() => undefined);
  const ids = (unread?.items ?? [])
    .filter((n) => !n.read && n.type === 'message.new' && n.data.conversationId === conversationId)
    .map((n) => n.id);
  if (ids.length === 0) return;
  const result = await notificationsApi.markRead({ ids }).catch(() => undefined);
  if (result) showRead(queryClient, { ids }, result);
}
