// Who may ask for which matches, plan cohorts and set weights (API.md "Matches"): a profile for
// itself, staff for profiles and needs of their province, admins for anything.
import type { AuthUser } from '../../http/api.js';
import { isStaffFor } from '../accounts/policy.js';
import type { ProfileDoc } from '../profiles/repository.js';

export const matchingPolicy = {
  canAskFor(user: AuthUser, seeker: ProfileDoc): boolean {
    return seeker.userId === user.id || isStaffFor(user, seeker.province);
  },

  /** Staff of the province or an admin: weights, exposure counts, cohort planning. */
  canManage(user: AuthUser, province: string | null | undefined): boolean {
    return isStaffFor(user, province);
  },
};
