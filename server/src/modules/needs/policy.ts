// Who sees and changes which needs (API.md "Needs"): startups their own; staff their province;
// admins all; experts, providers and investors the open needs they could help with, of startups
// that are neither hidden nor suspended, and any need they are connected over (an accepted intro
// about it), whatever its status. Every other place that shows need text (search, match reasons,
// lists) asks canView of the same reader.
import type { AuthUser } from '../../http/api.js';
import type { Filter } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { NeedDoc } from './repository.js';

type NeedFields = Pick<NeedDoc, 'startupId' | 'province' | 'status' | 'category'>;
/** The startup a need belongs to, as far as its visibility goes (null when unknown). */
export type NeedOwner = Pick<ProfileDoc, 'hidden' | 'suspended'> | null;

const HELPER_ROLES: readonly string[] = ['expert', 'provider', 'investor'];

export const needPolicy = {
  canEdit(user: AuthUser, need: NeedFields, ownProfile: ProfileDoc | null): boolean {
    return isStaffFor(user, need.province) || (user.role === 'startup' && ownProfile?._id === need.startupId);
  },

  /** `connected`: profile ids of both sides of the accepted intros about this need (see introParties.ts). */
  canView(user: AuthUser, need: NeedFields, ownProfile: ProfileDoc | null, startup: NeedOwner, connected: readonly string[] = []): boolean {
    if (this.canEdit(user, need, ownProfile)) return true;
    if (ownProfile && connected.includes(ownProfile._id)) return true;
    if (!ownProfile || need.status !== 'open' || !startup || startup.hidden || startup.suspended) return false;
    return HELPER_ROLES.includes(user.role) && ownProfile.coverage.includes(need.category);
  },

  /**
   * The base filter of GET /api/needs for this user, before query filters. null = sees nothing.
   * `withheldStartups`: hidden or suspended startups, whose needs helpers never see.
   */
  listScope(user: AuthUser, ownProfile: ProfileDoc | null, withheldStartups: readonly string[]): Filter | null {
    switch (user.role) {
      case 'admin':
        return {};
      case 'staff':
        return user.province ? { province: user.province } : null;
      case 'startup':
        return ownProfile ? { startupId: ownProfile._id } : null;
      default:
        if (!ownProfile || ownProfile.coverage.length === 0 || !HELPER_ROLES.includes(user.role)) return null;
        return {
          status: 'open',
          category: { $in: ownProfile.coverage },
          ...(withheldStartups.length ? { startupId: { $nin: [...withheldStartups] } } : {}),
        };
    }
  },

  /** Helpers are the only readers whose list depends on which startups are withheld. */
  needsWithheldStartups(user: AuthUser): boolean {
    return HELPER_ROLES.includes(user.role);
  },
};
