// Domain events of notifications (published after commit; see server/src/events.ts for the whole list).
import type { NotificationDoc } from './repository.js';

export interface NotificationEvents {
  'notification.created': { notification: NotificationDoc };
}
