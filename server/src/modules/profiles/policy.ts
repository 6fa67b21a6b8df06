// Who may see and change a profile. Contact details go only to the owner, staff of the
// profile's province (and admins), and parties connected to it by an accepted introduction.
import type { AuthUser } from '../../http/api.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ProfileDoc } from './repository.js';

export interface ConnectionChecker {
  /** True when an accepted introduction links the two profiles (either direction). */
  areConnected(profileA: string, profileB: string): Promise<boolean>;
}

export const profilePolicy = {
  isOwner(user: AuthUser | null, profile: ProfileDoc): boolean {
    return Boolean(user && profile.userId === user.id);
  },

  canEdit(user: AuthUser | null, profile: ProfileDoc): boolean {
    return this.isOwner(user, profile) || isStaffFor(user, profile.province);
  },

  /** Hidden or suspended profiles are visible only to their owner and the province's staff. */
  canView(user: AuthUser | null, profile: ProfileDoc): boolean {
    if (!profile.hidden && !profile.suspended) return true;
    return this.canEdit(user, profile);
  },

  async canSeeContact(
    user: AuthUser | null,
    viewerProfileId: string | null,
    profile: ProfileDoc,
    connections: ConnectionChecker,
  ): Promise<boolean> {
    if (!user) return false;
    if (this.canEdit(user, profile)) return true;
    if (!viewerProfileId) return false;
    return connections.areConnected(viewerProfileId, profile._id);
  },
};
