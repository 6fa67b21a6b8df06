// Passport with the local strategy. The session keeps only the user id; every request loads
// the user again, so role changes and deleted accounts take effect at once.
import type { Request } from 'express';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { AuthUser } from '../../http/api.js';
import { presentUser } from './presenter.js';
import type { AccountsService } from './service.js';

export type PassportInstance = InstanceType<typeof Passport>;

export function createPassport(accounts: AccountsService): PassportInstance {
  const passport = new Passport();
  passport.use(
    new LocalStrategy({ usernameField: 'email', passwordField: 'password', session: true }, (email, password, done) => {
      accounts
        .verifyCredentials(email, password)
        .then((user) => done(null, presentUser(user)))
        .catch((error: unknown) => done(error));
    }),
  );
  passport.serializeUser((user, done) => done(null, (user as AuthUser).id));
  passport.deserializeUser((id: string, done) => {
    accounts
      .findById(id)
      // A suspended account's sessions end when it is suspended; one that slipped through is signed out here.
      .then((user) => done(null, user && !user.suspended ? presentUser(user) : false))
      .catch((error: unknown) => done(error));
  });
  return passport;
}

/**
 * Starts the session of `user` and answers with it. Passport's req.login regenerates the session id
 * (no session fixation) and stores the user id.
 */
export function signIn(req: Request, user: AuthUser): Promise<{ user: AuthUser }> {
  return new Promise((resolve, reject) => req.login(user, (err) => (err ? reject(err as Error) : resolve({ user }))));
}
