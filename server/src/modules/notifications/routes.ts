import type { ApiRegistry } from '../../http/api.js';
import { NotificationListQuery, NotificationPage, ReadNotificationsBody, ReadNotificationsOutput } from '@ketnoi/contract';
import { ErrorResponses } from '../../openapi/errors.js';
import type { NotificationsService } from './service.js';

export function registerNotificationRoutes(api: ApiRegistry, notifications: NotificationsService): void {
  api.route({
    method: 'get',
    path: '/notifications',
    compress: true,
    summary: 'Your notifications, newest first (`unread=true` for unread only)',
    tags: ['notifications'],
    auth: 'user',
    request: { query: NotificationListQuery },
    responses: {
      200: {
        description: 'Notifications',
        schema: NotificationPage,
      },
      ...ErrorResponses(400, 401),
    },
    handler: ({ user, query }) => notifications.list(user, query.unread ?? false, query.limit, query.cursor),
  });

  api.route({
    method: 'post',
    path: '/notifications/read',
    summary: 'Mark notifications read: some by id, or all',
    tags: ['notifications'],
    auth: 'user',
    request: { body: ReadNotificationsBody },
    responses: {
      200: { description: 'Marked read', schema: ReadNotificationsOutput },
      ...ErrorResponses(400, 401),
    },
    handler: ({ user, body }) => notifications.markRead(user, body),
  });
}
