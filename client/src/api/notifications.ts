import { http } from './http.js';
import type { AppNotification, Page } from './types.js';

export const notificationsApi = {
  list: (params: { unread?: boolean; limit?: number; cursor?: string } = {}) =>
    http.get<Page<AppNotification>>('/api/notifications', { ...params, unread: params.unread ? 'true' : undefined }),
  markRead: (selection: { ids: string[] } | { all: true }) => http.post<unknown>('/api/notifications/read', selection),
};
