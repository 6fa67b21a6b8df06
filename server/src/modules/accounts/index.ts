// The accounts module: users, password hashing and sign-in. Its routes need the HTTP layer's
// passport, throttles and session cookie, which app.ts passes in.
import type { Config } from '../../config.js';
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import { PasswordHasher } from './passwords.js';
import { UsersRepository } from './repository.js';
import type { AccountsRoutesDeps } from './routes.js';
import { registerAccountsRoutes } from './routes.js';
import { AccountsService } from './service.js';

export function buildAccounts(d: { store: Store; config: Config; events: EventBus; clock: Clock; logger: Logger }) {
  const repository = new UsersRepository(d.store);
  const hasher = new PasswordHasher(d.config.passwordHashing);
  const service = new AccountsService(repository, hasher, d.events, d.clock, d.logger);
  return {
    repository,
    hasher,
    service,
    routes: (api: ApiRegistry, http: Omit<AccountsRoutesDeps, 'accounts'>) => registerAccountsRoutes(api, { ...http, accounts: service }),
  };
}

export type AccountsModule = ReturnType<typeof buildAccounts>;
