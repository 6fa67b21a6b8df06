// Restores req.user from the session on API requests. It is what passport.session() does —
// read the id Passport stored at login and run Passport's own deserializeUser chain — without
// building a strategy instance per request (about a third of /api/auth/me's framework cost).
// A session whose user no longer exists is treated as signed out, as Passport does.
import type { RequestHandler } from 'express';
import type { PassportInstance } from './passport.js';

interface PassportSession {
  passport?: { user?: string };
}

export function restoreUser(passport: PassportInstance): RequestHandler {
  return (req, _res, next) => {
    const session = req.session as (typeof req.session & PassportSession) | undefined;
    const id = session?.passport?.user;
    if (id === undefined) return next();
    passport.deserializeUser(id, req, (err: unknown, user?: unknown) => {
      if (err) return next(err);
      if (user) req.user = user as Express.User;
      else delete session!.passport!.user;
      next();
    });
  };
}
