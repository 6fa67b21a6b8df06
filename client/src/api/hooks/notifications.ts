import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from '../notifications.js';
import { queryKeys } from '../keys.js';
import type { AppNotification, Page } from '../types.js';

export function useNotifications(unread = false, enabled = true) {
  const params = unread ? { unread: true } : {};
  return useQuery({
    queryKey: queryKeys.notificationList(params),
    queryFn: () => notificationsApi.list({ ...params, limit: 100 }),
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
    mutationFn: (selection: { ids: string[] } | { all: true }) => notificationsApi.markRead(selection),
    onSuccess: (_result, selection) => {
      const isRead = (n: AppNotification) => 'all' in selection || selection.ids.includes(n.id);
      for (const [key, data] of queryClient.getQueriesData<Page<AppNotification>>({ queryKey: queryKeys.notifications })) {
        if (!data) continue;
        const unreadOnly = (key[2] as { unread?: boolean } | undefined)?.unread;
        const items = data.items.map((n) => (isRead(n) ? { ...n, read: true } : n)).filter((n) => !unreadOnly || !n.read);
        queryClient.setQueryData<Page<AppNotification>>(key, { ...data, items });
      }
    },
  });
}
