import type { Profile } from '@ketnoi/contract';
import type { Request } from 'express';
import { type PassportInstance, signIn } from './passport.js';
import type { ApiRegistry, AuthUser } from '../../http/api.js';
import { UnauthenticatedError } from '../../lib/errors.js';
import { presentUser } from './presenter.js';
import { type AccountsService, WrongPasswordError } from './service.js';
import type { UserDoc } from './repository.js';
import type { StoreSessionStore } from './sessionStore.js';
import { addressOf, type Throttles } from './throttle.js';
import { accountsEndpoints } from '@ketnoi/contract/endpoints/accounts';

export interface AccountsRoutesDeps {
  accounts: AccountsService;
  passport: PassportInstance;
  throttles: Throttles;
  /** The signed-in user's own profile, presented for its owner (null before it exists). */
  loadOwnProfile: (user: AuthUser) => Promise<Profile | null>;
  cookieName: string;
  sessions: StoreSessionStore;
  /** Tells the account its password changed (a mail), inside the change's transaction. */
  passwordChanged: (user: UserDoc) => Promise<void>;
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

  api.route(accountsEndpoints.changePassword, {
    before: [withLogin],
    handler: async ({ body, user, req }) => {
      // A wrong current password counts as a failed sign-in of the account from this address: a
      // stolen session must not be a way round the sign-in throttle to the password behind it.
      const checked = await throttles.login.attempt(
        user.email,
        addressOf(req),
        () => accounts.checkOwnPassword(user.id, body.currentPassword),
        (error) => error instanceof WrongPasswordError,
      );
      const changed = await accounts.changePassword(checked, body.newPassword, deps.passwordChanged);
      // As after a reset (mail/passwordReset.ts): every session of the account ends, their sockets
      // close, and this one continues under a new id, so a copy of this cookie ends too.
      await deps.sessions.endAllOf(user.id);
      return signIn(req, presentUser(changed));
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
