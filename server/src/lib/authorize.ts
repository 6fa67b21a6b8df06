// Object-level authorization in one style for every module (after Outline's `authorize(user,
// action, object)`): a module's policy.ts lists its actions, each a predicate over the actor and
// the object, and services call `policy.authorize(actor, action, object)` before acting.
// An actor who may not even see the object gets 404 (its existence is not revealed); one who may
// see it but not do this gets 403 with the rule's own sentence.
import type { AuthUser } from '../http/api.js';
import { ForbiddenError, NotFoundError } from './errors.js';

/** Who acts: the signed-in user and, for the four profile roles, their profile's id. */
export interface Actor {
  user: AuthUser;
  profileId: string | null;
}

export interface Rule<O> {
  allow: (actor: Actor, object: O) => boolean;
  /** Said with the 403 when the actor can see the object but not do this. */
  denied: string;
}

export interface Policy<O, A extends string> {
  can(actor: Actor, action: A | 'view', object: O): boolean;
  /** Throws NotFoundError (cannot view) or ForbiddenError (cannot do `action`). */
  authorize(actor: Actor, action: A | 'view', object: O): void;
}

export function definePolicy<O, A extends string>(
  what: string,
  view: (actor: Actor, object: O) => boolean,
  rules: Record<A, Rule<O>>,
): Policy<O, A> {
  const can = (actor: Actor, action: A | 'view', object: O) =>
    view(actor, object) && (action === 'view' || rules[action].allow(actor, object));
  return {
    can,
    authorize(actor, action, object) {
      if (!view(actor, object)) throw new NotFoundError(what);
      if (action !== 'view' && !rules[action].allow(actor, object)) throw new ForbiddenError(rules[action].denied);
    },
  };
}
