// Who may see and do what with an event (docs/EVENTS.md "Who may do what"), on lib/authorize.ts:
// - view: anyone (signed in or not) sees published, completed and cancelled events; drafts only
//   their organisers. An event the caller cannot view answers 404.
// - manage (edit, publish, cancel, re-plan): staff of the organising province, and admins.
// - organise (see drafts, the registrant list with codes, every meeting; check people in; print
//   someone's agenda; cancel a registration): staff of the organiser and of the co-organising
//   provinces, and admins. Co-organisers work the door and the desk at a joint event; the
//   organiser owns the event.
import type { AuthUser } from '../../http/api.js';
import { definePolicy } from '../../lib/authorize.js';
import { NotFoundError } from '../../lib/errors.js';
import { isStaffFor } from '../accounts/policy.js';
import type { EventDoc } from './repository.js';

type EventScope = Pick<EventDoc, 'province' | 'provinces' | 'status'>;
type EventAction = 'manage' | 'organise';

const organises = (user: AuthUser | null, event: EventScope) => event.provinces.some((p) => isStaffFor(user, p));
const visibleTo = (user: AuthUser | null, event: EventScope) => event.status !== 'draft' || organises(user, event);

const rules = definePolicy<EventScope, EventAction>('Event', ({ user }, event) => visibleTo(user, event), {
  manage: {
    allow: ({ user }, event) => isStaffFor(user, event.province),
    denied: 'Only staff of the organising province can change this event.',
  },
  organise: { allow: ({ user }, event) => organises(user, event), denied: 'Only the organisers of this event can do this.' },
});

/** Services pass the event as read (null when missing); each check answers it or throws 404/403. */
export const eventPolicy = {
  canView: visibleTo,

  canManage(user: AuthUser | null, event: EventScope): boolean {
    return user !== null && rules.can({ user, profileId: null }, 'manage', event);
  },

  canOrganise(user: AuthUser | null, event: EventScope): boolean {
    return user !== null && rules.can({ user, profileId: null }, 'organise', event);
  },

  assertVisible<E extends EventScope>(user: AuthUser | null, event: E | null): E {
    if (!event || !visibleTo(user, event)) throw new NotFoundError('Event');
    return event;
  },

  assertManage<E extends EventScope>(user: AuthUser, event: E | null): E {
    return this.authorize(user, 'manage', event);
  },

  assertOrganise<E extends EventScope>(user: AuthUser, event: E | null): E {
    return this.authorize(user, 'organise', event);
  },

  authorize<E extends EventScope>(user: AuthUser, action: EventAction, event: E | null): E {
    if (!event) throw new NotFoundError('Event');
    rules.authorize({ user, profileId: null }, action, event);
    return event;
  },
};
