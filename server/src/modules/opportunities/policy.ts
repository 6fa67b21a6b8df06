// Who may see and change an opportunity: anyone may see it while its owner's profile is one they
// may see (not hidden or suspended, allowed by the province sharing policy); only the owner
// edits, closes or renews it; any other signed-in profile may answer it.
import type { AuthUser } from '../../http/api.js';
import { ForbiddenError } from '../../lib/errors.js';
import type { OpportunityDoc } from './repository.js';

export const opportunityPolicy = {
  isOwner(user: AuthUser | null, opportunity: OpportunityDoc): boolean {
    return Boolean(user && opportunity.userId === user.id);
  },

  assertCanEdit(user: AuthUser, opportunity: OpportunityDoc): void {
    if (!this.isOwner(user, opportunity)) throw new ForbiddenError('Only the profile that posted this opportunity can change it.');
  },
};
