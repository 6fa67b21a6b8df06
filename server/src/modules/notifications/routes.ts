import { z } from 'zod';
import type { ApiRegistry } from '../../http/api.js';
import { Id, QueryBool } from '../../lib/schema.js';
import { ErrorResponses } from '../../openapi/errors.js';
import type { NotificationsService } from './service.js';

const NotificationOutput = z
  .object({ id: z.string(), type: z.string(), data: z.record(z.string(), z.unknown()), read: z.boolean(), createdAt: z.string() })
  .meta({ id: 'Notification' });

const ListQuery = z.strictObject({
  unread: QueryBool.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(20),
  cursor: z.string().max(500).optional(),
});

const ReadBody = z
  .strictObject({ ids: z.array(Id).max(500).optional(), all: z.literal(true).optional() })
  .refine((b) => Boolean(b.all) !== Boolean(b.ids), { message: 'Send either ids or all: true.' })
  .meta({ id: 'ReadNotificationsRequest' });

export function registerNotificationRoutes(api: ApiRegistry, notifications: NotificationsService): void {
  api.route({
    method: 'get',
    path: '/notifications',
    compress: true,
    summary: 'Your notifications, newest first (`unread=true` for unread only)',
    tags: ['notifications'],
    auth: 'user',
    request: { query: ListQuery },
    responses: {
      200: {
        description: 'Notifications',
        schema: z.object({ items: z.array(NotificationOutput), nextCursor: z.string().nullable(), unreadCount: z.number() }),
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
    request: { body: ReadBody },
    responses: {
      200: { description: 'Marked read', schema: z.object({ updated: z.number(), unreadCount: z.number() }) },
      ...ErrorResponses(400, 401),
    },
    handler: ({ user, body }) => notifications.markRead(user, body),
  });
}
