import type { Profile } from '@ketnoi/contract';
import type { Request } from 'express';
import { type PassportInstance, signIn } from './passport.js';
import type { ApiRegistry, AuthUser } from '../../http/api.js';
import { UnauthenticatedError } from '../../lib/errors.js';
import { presentUser } from './presenter.js';
import type { AccountsService } from './service.js';
import { addressOf, type Throttles } from './throttle.js';
import { accountsEndpoints } from '@ketnoi/contract/endpoints/accounts';

export interface AccountsRoutesDeps {
  accounts: AccountsService;
  passport: PassportInstance;
  throttles: Throttles;
  /** The signed-in user's own profile, presented for its owner (null before it exists). */
  loadOwnProfile: (user: AuthUser) => Promise<Profile | null>;
  cookieName: string;
}

function authenticate(passport: PassportInstance, req: Request): Promise<AuthUser> {
  return new Promise((resolve, reject) => {
    passport.authenticate('local', { session: false }, (err: unknown, user: AuthUser | false) => {
      if (err) return reject(err as Error);
      if (!user) return reject(new Error('authentication returned no user'));
      resolve(user);
    })(req, req.res!, (err: unknown) => reject(err as Error));
  });
}

export function registerAccountsRoutes(api: ApiRegistry, deps: AccountsRoutesDeps): void {
  const { accounts, passport, throttles } = deps;
  const withLogin = passport.initialize({ compat: false });

  api.route(accountsEndpoints.register, {
    before: [throttles.registerPerAddress, withLogin],
    handler: async ({ body, req }) => {
      const user = presentUser(await accounts.register(body));
      return signIn(req, user);
    },
  });

  api.route(accountsEndpoints.login, {
    before: [withLogin],
    handler: async ({ body, req }) => {
      req.body = body;
      // Only a failed password check counts; a sign-in that is still being checked never does.
      const user = await throttles.login.attempt(
        body.email,
        addressOf(req),
        () => authenticate(passport, req),
        (error) => error instanceof UnauthenticatedError,
      );
      return signIn(req, user);
    },
  });

  api.route(accountsEndpoints.logout, {
    before: [withLogin],
    handler: async ({ req, res }) => {
      // Destroying the session closes its sockets too (the session store reports it ended).
      await new Promise<void>((resolve, reject) =>
        req.logout({ keepSessionInfo: false }, (err) => (err ? reject(err as Error) : resolve())),
      );
      await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
      res.clearCookie(deps.cookieName, { path: '/' });
      res.status(204).end();
      return undefined;
    },
  });

  api.route(accountsEndpoints.me, { handler: async ({ user }) => ({ user, profile: await deps.loadOwnProfile(user) }) });

  api.route(accountsEndpoints.session, {
    handler: async ({ user }) => (user ? { user, profile: await deps.loadOwnProfile(user) } : { user: null, profile: null }),
  });

  api.route(accountsEndpoints.createUser, {
    handler: async ({ body, user }) => ({ user: presentUser(await accounts.createByAdmin(body, user.id)) }),
  });
}
