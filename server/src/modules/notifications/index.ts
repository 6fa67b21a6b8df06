// The notifications module: stored in-app notifications, and the subscriber that turns other
// modules' domain events into them.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ConversationsRepository } from '../conversations/repository.js';
import type { MessageMails } from '../mail/triggers/messages.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import { NotificationsRepository } from './repository.js';
import { registerNotificationRoutes } from './routes.js';
import { NotificationsService } from './service.js';
import { NotificationSubscriber } from './subscriber.js';

export function buildNotifications(d: {
  store: Store;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  profiles: ProfilesRepository;
  users: UsersRepository;
  conversations: ConversationsRepository;
  /** Mails a message to members who are offline (in the transaction of their notification). */
  mail: MessageMails;
}) {
  const repository = new NotificationsRepository(d.store);
  const service = new NotificationsService(repository, d.events, d.clock);
  const subscriber = new NotificationSubscriber(
    service,
    d.profiles,
    d.users,
    d.conversations,
    d.logger.child({ module: 'notifications' }),
    d.store,
    d.mail,
  );
  subscriber.subscribe(d.events);
  return { repository, service, subscriber, routes: (api: ApiRegistry) => registerNotificationRoutes(api, service) };
}

export type NotificationsModule = ReturnType<typeof buildNotifications>;
