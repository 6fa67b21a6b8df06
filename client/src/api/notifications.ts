import type { NotificationListParams, ReadNotificationsInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const notificationsApi = {
  list: (params: NotificationListParams = {}) => call(endpoints.notifications.list, { query: params }),
  markRead: (input: ReadNotificationsInput) => call(endpoints.notifications.markRead, { body: input }),
};
