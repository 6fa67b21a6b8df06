// In-app notifications (API.md "Notifications").
import { z } from 'zod';
import { Id, Paged, QueryBool } from './primitives.js';

export const NotificationOutput = z
  .strictObject({ id: z.string(), type: z.string(), data: z.record(z.string(), z.unknown()), read: z.boolean(), createdAt: z.string() })
  .meta({ id: 'Notification' });

export const NotificationListQuery = z.strictObject({
  unread: QueryBool.optional(),
  ...Paged,
});

export const NotificationPage = z
  .strictObject({ items: z.array(NotificationOutput), nextCursor: z.string().nullable(), unreadCount: z.number() })
  .meta({ id: 'NotificationPage' });

export const ReadNotificationsBody = z
  .strictObject({ ids: z.array(Id).max(500).optional(), all: z.literal(true).optional() })
  .refine((b) => Boolean(b.all) !== Boolean(b.ids), { message: 'Send either ids or all: true.' })
  .meta({ id: 'ReadNotificationsRequest' });

export const ReadNotificationsOutput = z
  .strictObject({ updated: z.number(), unreadCount: z.number() })
  .meta({ id: 'ReadNotificationsResult' });

export type NotificationListParams = z.input<typeof NotificationListQuery>;
export type Notification = z.output<typeof NotificationOutput>;
export type NotificationPage = z.output<typeof NotificationPage>;
export type ReadNotificationsInput = z.input<typeof ReadNotificationsBody>;
export type ReadNotificationsResult = z.output<typeof ReadNotificationsOutput>;
