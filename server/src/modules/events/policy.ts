// Who may see and do what with an event (docs/EVENTS.md "Who may do what").
// - Manage (edit, publish, cancel, re-plan): staff of the organising province, and admins.
// - Organise (see drafts, the registrant list with codes, every meeting; check people in; print
//   someone's agenda): staff of the organiser and of the co-organising provinces, and admins.
//   Co-organisers work the door and the desk at a joint event; the organiser owns the event.
// - Anyone sees published, completed and cancelled events; drafts are hidden (404) from the rest.
import type { AuthUser } from '../../http/api.js';
import { ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { isStaffFor } from '../accounts/policy.js';
import type { EventDoc } from './repository.js';

type EventScope = Pick<EventDoc, 'province' | 'provinces' | 'status'>;

export const eventPolicy = {
  canManage(user: AuthUser | null, event: EventScope): boolean {
    return isStaffFor(user, event.province);
  },

  canOrganise(user: AuthUser | null, event: EventScope): boolean {
    return event.provinces.some((p) => isStaffFor(user, p));
  },

  canView(user: AuthUser | null, event: EventScope): boolean {
    return event.status !== 'draft' || this.canOrganise(user, event);
  },

  /** The event, or 404 when the caller may not see it (drafts of other provinces). */
  assertVisible<E extends EventScope>(user: AuthUser | null, event: E | null): E {
    if (!event || !this.canView(user, event)) throw new NotFoundError('Event');
    return event;
  },

  /** 404 for what the caller cannot see, 403 for what they can see but not change. */
  assertManage<E extends EventScope>(user: AuthUser | null, event: E | null): E {
    const visible = this.assertVisible(user, event);
    if (!this.canManage(user, visible)) throw new ForbiddenError('Only staff of the organising province can change this event.');
    return visible;
  },

  assertOrganise<E extends EventScope>(user: AuthUser | null, event: E | null): E {
    const visible = this.assertVisible(user, event);
    if (!this.canOrganise(user, visible)) throw new ForbiddenError('Only the organisers of this event can do this.');
    return visible;
  },
};
