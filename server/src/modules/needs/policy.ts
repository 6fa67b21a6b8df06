// Who sees and changes which needs (API.md "Needs"): startups their own; staff their province;
// admins all; experts, providers and investors the open needs they could help with.
import type { AuthUser } from '../../http/api.js';
import type { Filter } from '../../store/types.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { NeedDoc } from './repository.js';

export const needPolicy = {
  canEdit(user: AuthUser, need: NeedDoc, ownProfile: ProfileDoc | null): boolean {
    return isStaffFor(user, need.province) || (user.role === 'startup' && ownProfile?._id === need.startupId);
  },

  canView(user: AuthUser, need: NeedDoc, ownProfile: ProfileDoc | null): boolean {
    if (this.canEdit(user, need, ownProfile)) return true;
    if (!ownProfile || need.status !== 'open') return false;
    return ['expert', 'provider', 'investor'].includes(user.role) && ownProfile.coverage.includes(need.category);
  },

  /** The base filter of GET /api/needs for this user, before query filters. null = sees nothing. */
  listScope(user: AuthUser, ownProfile: ProfileDoc | null): Filter | null {
    switch (user.role) {
      case 'admin':
        return {};
      case 'staff':
        return user.province ? { province: user.province } : null;
      case 'startup':
        return ownProfile ? { startupId: ownProfile._id } : null;
      default:
        return ownProfile && ownProfile.coverage.length > 0 ? { status: 'open', category: { $in: ownProfile.coverage } } : null;
    }
  },
};
