import type { Profile } from '@ketnoi/contract';
import type { Request } from 'express';
import { type PassportInstance, signIn } from './passport.js';
import type { ApiRegistry, AuthUser } from '../../http/api.js';
import { UnauthenticatedError } from '../../lib/errors.js';
import { ErrorResponses } from '../../openapi/errors.js';
import { presentUser } from './presenter.js';
import { AdminCreateUserBody, LoginBody, MeResponse, RegisterBody, SessionResponse, UserEnvelope } from '@ketnoi/contract';
import type { AccountsService } from './service.js';
import { addressOf, type Throttles } from './throttle.js';

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

  api.route({
    method: 'post',
    path: '/auth/register',
    summary: 'Create an account (startup, expert, investor or provider) and sign in',
    tags: ['auth'],
    auth: 'public',
    before: [throttles.registerPerAddress, withLogin],
    request: { body: RegisterBody },
    responses: {
      201: { description: 'Account created; the session cookie is set', schema: UserEnvelope },
      ...ErrorResponses(400, 403, 409, 429),
    },
    handler: async ({ body, req }) => {
      const user = presentUser(await accounts.register(body));
      return signIn(req, user);
    },
  });

  api.route({
    method: 'post',
    path: '/auth/login',
    summary: 'Sign in with email and password (a new session id is issued)',
    tags: ['auth'],
    auth: 'public',
    before: [withLogin],
    request: { body: LoginBody },
    responses: { 200: { description: 'Signed in', schema: UserEnvelope }, ...ErrorResponses(400, 401, 403, 429) },
    handler: async ({ body, req }) => {
      const address = addressOf(req);
      await throttles.login.check(body.email, address);
      req.body = body;
      let user: AuthUser;
      try {
        user = await authenticate(passport, req);
      } catch (error) {
        // Only a failed password check counts; a sign-in that is still being checked never does.
        if (error instanceof UnauthenticatedError) await throttles.login.failed(body.email, address);
        throw error;
      }
      await throttles.login.succeeded(body.email, address);
      return signIn(req, user);
    },
  });

  api.route({
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out this session (its live connections are closed too)',
    tags: ['auth'],
    auth: 'public',
    before: [withLogin],
    responses: { 204: { description: 'Signed out' } },
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

  api.route({
    method: 'get',
    path: '/auth/me',
    summary: 'The signed-in user and their profile',
    tags: ['auth'],
    auth: 'user',
    responses: { 200: { description: 'Current user', schema: MeResponse }, ...ErrorResponses(401) },
    handler: async ({ user }) => ({ user, profile: await deps.loadOwnProfile(user) }),
  });

  api.route({
    method: 'get',
    path: '/auth/session',
    summary: 'The signed-in user and their profile, or nulls for a visitor',
    description:
      'The same answer as /api/auth/me when signed in; a visitor gets `{user: null, profile: null}` instead of a 401, so a ' +
      'public page can ask who is there without an error in the browser console.',
    tags: ['auth'],
    auth: 'public',
    responses: { 200: { description: 'The session', schema: SessionResponse } },
    handler: async ({ user }) => (user ? { user, profile: await deps.loadOwnProfile(user) } : { user: null, profile: null }),
  });

  api.route({
    method: 'post',
    path: '/admin/users',
    summary: 'Create an account of any role (admin only)',
    tags: ['admin'],
    auth: ['admin'],
    request: { body: AdminCreateUserBody },
    responses: { 201: { description: 'Account created', schema: UserEnvelope }, ...ErrorResponses(400, 401, 403, 409) },
    handler: async ({ body, user }) => ({ user: presentUser(await accounts.createByAdmin(body, user.id)) }),
  });
}
