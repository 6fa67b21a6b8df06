// The notifications endpoints: what the API promises (server/src/modules/notifications implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { NotificationListQuery, NotificationPage, ReadNotificationsBody, ReadNotificationsOutput } from '../notifications.js';

export const notificationsEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/notifications',
    summary: 'Your notifications, newest first (`unread=true` for unread only)',
    tags: ['notifications'],
    auth: 'user',
    request: { query: NotificationListQuery },
    responses: {
      200: {
        description: 'Notifications',
        schema: NotificationPage,
      },
      ...errorResponses(400, 401),
    },
  }),

  markRead: endpoint({
    method: 'post',
    path: '/notifications/read',
    summary: 'Mark notifications read: some by id, or all',
    tags: ['notifications'],
    auth: 'user',
    request: { body: ReadNotificationsBody },
    responses: {
      200: { description: 'Marked read', schema: ReadNotificationsOutput },
      ...errorResponses(400, 401),
    },
  }),
};
