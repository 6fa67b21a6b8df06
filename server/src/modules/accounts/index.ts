// The accounts module: users, password hashing and sign-in.
import type { Config } from '../../config.js';
import type { ApiRegistry } from '../../http/api.js';
import type { HttpContext } from '../../http/context.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import { PasswordHasher } from './passwords.js';
import { UsersRepository } from './repository.js';
import { type AccountsRoutesDeps, registerAccountsRoutes } from './routes.js';
import { AccountsService } from './service.js';

export function buildAccounts(d: { store: Store; config: Config; events: EventBus; clock: Clock; logger: Logger }) {
  const repository = new UsersRepository(d.store);
  const hasher = new PasswordHasher(d.config.passwordHashing);
  const service = new AccountsService(d.store, repository, hasher, d.events, d.clock, d.logger);
  return {
    repository,
    hasher,
    service,
    /** `loadOwnProfile` comes from the profiles module and `passwordChanged` from mail, both built after this one. */
    routes: (api: ApiRegistry, http: HttpContext, later: Pick<AccountsRoutesDeps, 'loadOwnProfile' | 'passwordChanged'>) =>
      registerAccountsRoutes(api, { ...http, ...later, accounts: service }),
  };
}

export type AccountsModule = ReturnType<typeof buildAccounts>;
