import type { Notification, NotificationType, Page } from '@ketnoi/contract';
import { notificationPolicy } from './policy.js';
import { presentNotification } from './presenter.js';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import type { Filter } from '../../store/types.js';
import type { NotificationDoc, NotificationsRepository } from './repository.js';

export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Store a notification and push it live. With `key`, an unread one with the same key is refreshed instead. */
  async notify(userId: string, type: NotificationType, data: Record<string, unknown>, key: string | null = null): Promise<NotificationDoc> {
    const now = this.clock.now().toISOString();
    if (key) {
      const merged = await this.repo.collection.findOneAndUpdate(
        { userId, key, read: false },
        { $set: { data, createdAt: now, type } },
        { returnDocument: 'after' },
      );
      if (merged) {
        this.events.publish('notification.created', { notification: merged });
        return merged;
      }
    }
    const doc: NotificationDoc = { _id: newId(), userId, type, data, read: false, key, createdAt: now };
    await this.repo.collection.insertOne(doc);
    this.events.publish('notification.created', { notification: doc });
    return doc;
  }

  async list(user: AuthUser, unreadOnly: boolean, limit: number, cursor?: string): Promise<Page<Notification> & { unreadCount: number }> {
    const base: Filter = notificationPolicy.ownedBy(user);
    if (unreadOnly) base.read = false;
    const page = await findPage(this.repo, base, { cursor, limit }, 'createdAt', -1);
    const unreadCount = await this.repo.collection.countDocuments({ ...notificationPolicy.ownedBy(user), read: false });
    return { ...mapPage(page, presentNotification), unreadCount };
  }

  async markRead(user: AuthUser, input: { ids?: string[]; all?: boolean }): Promise<{ updated: number; unreadCount: number }> {
    const filter: Filter = { ...notificationPolicy.ownedBy(user), read: false };
    if (!input.all) filter._id = { $in: input.ids ?? [] };
    const { modifiedCount } = await this.repo.collection.updateMany(filter, { $set: { read: true } });
    const unreadCount = await this.repo.collection.countDocuments({ ...notificationPolicy.ownedBy(user), read: false });
    return { updated: modifiedCount, unreadCount };
  }
}
