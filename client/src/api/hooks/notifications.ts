import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from '../notifications.js';
import { queryKeys } from '../keys.js';
import type { Notification, NotificationPage, ReadNotificationsInput } from '@ketnoi/contract';

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
    onSuccess: (result, selection) => {
      const isRead = (n: Notification) => !!selection.all || !!selection.ids?.includes(n.id);
      for (const [key, data] of queryClient.getQueriesData<NotificationPage>({ queryKey: queryKeys.notifications })) {
        if (!data) continue;
        const unreadOnly = (key[2] as { unread?: boolean } | undefined)?.unread;
        const items = data.items.map((n) => (isRead(n) ? { ...n, read: true } : n)).filter((n) => !unreadOnly || !n.read);
        queryClient.setQueryData<NotificationPage>(key, { ...data, items, unreadCount: result.unreadCount });
      }
    },
  });
}
