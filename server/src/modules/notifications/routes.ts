import type { ApiRegistry } from '../../http/api.js';
import type { NotificationsService } from './service.js';
import { notificationsEndpoints } from '@ketnoi/contract/endpoints/notifications';

export function registerNotificationRoutes(api: ApiRegistry, notifications: NotificationsService): void {
  api.route(notificationsEndpoints.list, {
    compress: true,
    handler: ({ user, query }) => notifications.list(user, query.unread ?? false, query.limit, query.cursor),
  });

  api.route(notificationsEndpoints.markRead, { handler: ({ user, body }) => notifications.markRead(user, body) });
}
