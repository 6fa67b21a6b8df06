// Who may see and act on an introduction.
import type { AuthUser } from '../../http/api.js';
import { isStaffFor } from '../accounts/policy.js';
import type { IntroDoc } from './repository.js';

export const introPolicy = {
  isParty(profileId: string | null, intro: IntroDoc): boolean {
    return Boolean(profileId && (intro.fromProfileId === profileId || intro.toProfileId === profileId));
  },

  canView(user: AuthUser, profileId: string | null, intro: IntroDoc): boolean {
    return this.isParty(profileId, intro) || intro.brokeredBy === user.id || isStaffFor(user, intro.province);
  },

  /** The requester: the broker for staff-brokered intros, otherwise the from side. */
  isRequester(user: AuthUser, profileId: string | null, intro: IntroDoc): boolean {
    return intro.brokeredBy ? intro.brokeredBy === user.id : profileId === intro.fromProfileId;
  },

  canModerate(user: AuthUser, intro: IntroDoc): boolean {
    return isStaffFor(user, intro.province);
  },
};

/** Which kinds may ask to meet which: startups ↔ experts, investors and providers. */
export function isAllowedPair(fromKind: string, toKind: string): boolean {
  return (fromKind === 'startup') !== (toKind === 'startup');
}
