// The conversations module: the chat that an accepted introduction opens, over HTTP and Socket.IO
// (the realtime layer calls the same service).
import type { ApiRegistry } from '../../http/api.js';
import { DAY_MS, type Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import { TokenBuckets } from '../../lib/tokenBuckets.js';
import { ConversationsRepository } from './repository.js';
import { registerConversationRoutes } from './routes.js';
import { ConversationsService } from './service.js';

export function buildConversations(d: {
  store: Store;
  events: EventBus;
  clock: Clock;
  profiles: ProfilesRepository;
  users: UsersRepository;
}) {
  const repository = new ConversationsRepository(d.store);
  // Messages: a burst of 60, then 5 per second per user, across HTTP and Socket.IO. The burst is
  // above a page and a half of the list's default 20, so filling a few pages in a row (a client's or
  // a checker's paging test) is not a flood; a flood meets 429 all the same.
  const service = new ConversationsService(
    repository,
    d.profiles,
    d.users,
    new TokenBuckets(MESSAGE_BURST, 5, () => d.clock.now().getTime()),
    // And a day's worth: 5 a second would let one account store 432 000 messages of up to 4 000
    // characters a day in someone's conversation; nobody writes more than this by hand.
    new TokenBuckets(MAX_MESSAGES_PER_DAY, MAX_MESSAGES_PER_DAY / (DAY_MS / 1000), () => d.clock.now().getTime()),
    d.events,
    d.clock,
  );
  return { repository, service, routes: (api: ApiRegistry) => registerConversationRoutes(api, service) };
}

/** Messages a member may send at once before the steady rate applies. */
export const MESSAGE_BURST = 60;
/** Messages a member may send in a day (a bucket of this size refilled over 24 hours). */
export const MAX_MESSAGES_PER_DAY = 2000;

export type ConversationsModule = ReturnType<typeof buildConversations>;
