// Domain events of profiles (published after commit; see server/src/events.ts for the whole list).
import type { ProfileKind } from '@ketnoi/contract';

export interface ProfileEvents {
  'profile.saved': { profileId: string; kind: ProfileKind; province: string; by: string; created: boolean };
  'profile.verified': { profileId: string; verified: boolean; by: string };
}
