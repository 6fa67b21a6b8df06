import type { Collection, Doc, Filter, Store } from '../../store/types.js';

export interface NotificationDoc extends Doc {
  userId: string;
  type: string;
  data: Record<string, unknown>;
  read: boolean;
  /** Unread notifications with the same key are merged (e.g. several messages in one conversation). */
  key: string | null;
  createdAt: string;
}

export class NotificationsRepository {
  readonly collection: Collection<NotificationDoc>;

  constructor(store: Store) {
    this.collection = store.collection<NotificationDoc>({ name: 'notifications', indexes: [{ fields: { userId: 1 } }] });
  }

  find(filter: Filter, options: { sort?: Record<string, 1 | -1>; limit?: number } = {}): Promise<NotificationDoc[]> {
    return this.collection.find(filter, options);
  }
}
