import type { Notification } from '@ketnoi/contract';
import type { NotificationDoc } from './repository.js';

export function presentNotification(n: NotificationDoc): Notification {
  return { id: n._id, type: n.type, data: n.data, read: n.read, createdAt: n.createdAt };
}
