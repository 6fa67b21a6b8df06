// The administrator's account tools (issue 14 item 22): the user list with search, suspension and
// password reset links. Built after accounts, profiles, search and mail, which it uses.
import type { ApiRegistry } from '../../http/api.js';
import type { HttpContext } from '../../http/context.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { SearchIndex } from '../search/index.js';
import { registerUserAdminRoutes } from './routes.js';
import type { SendPasswordReset } from './service.js';
import { UserAdminService } from './service.js';

export function buildUserAdmin(d: {
  store: Store;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  users: UsersRepository;
  profiles: ProfilesRepository;
  search: SearchIndex;
  sendPasswordReset: SendPasswordReset;
}) {
  const service = new UserAdminService(
    d.store,
    d.users,
    d.profiles,
    d.search.outbox,
    d.search.sync,
    d.events,
    d.clock,
    d.sendPasswordReset,
  );
  return {
    service,
    routes(api: ApiRegistry, http: HttpContext) {
      // Sessions live in the HTTP layer: a suspension ends every one of them (their sockets close).
      d.events.on('account.suspended', async ({ userId }) => {
        const ended = await http.sessions.endAllOf(userId);
        d.logger.info({ userId, endedSessions: ended }, 'account suspended');
      });
      registerUserAdminRoutes(api, service);
    },
  };
}

export type UserAdminModule = ReturnType<typeof buildUserAdmin>;
