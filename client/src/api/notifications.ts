import type { NotificationListParams, NotificationPage, ReadNotificationsInput, ReadNotificationsResult } from '@ketnoi/contract';
import { http } from './http.js';

export const notificationsApi = {
  list: (params: NotificationListParams = {}) => http.get<NotificationPage>('/api/notifications', params),
  markRead: (input: ReadNotificationsInput) => http.post<ReadNotificationsResult>('/api/notifications/read', input),
};
