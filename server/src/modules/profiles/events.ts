// Domain events of profiles (published after commit; see server/src/events.ts for the whole list).
import type { IdentityField, ProfileKind } from '@ketnoi/contract';

export interface ProfileEvents {
  'profile.saved': { profileId: string; kind: ProfileKind; province: string; by: string; created: boolean };
  /**
   * The verified flag was set by staff, or cleared because the owner changed identity fields
   * (`reason: 'identity_changed'`, with what changed).
   */
  'profile.verified': {
    profileId: string;
    verified: boolean;
    by: string;
    reason?: 'identity_changed';
    changes?: Partial<Record<IdentityField, { from: string; to: string }>>;
  };
}
