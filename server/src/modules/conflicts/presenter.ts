import type { Conflict } from '@ketnoi/contract';
import { presentVerifiedSummary } from '../profiles/presenter.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { ConflictDoc } from './repository.js';

export function presentConflict(doc: ConflictDoc, parties: Map<string, ProfileDoc>): Conflict {
  const summary = (id: string) => {
    const p = parties.get(id);
    return p ? presentVerifiedSummary(p) : null;
  };
  return {
    id: doc._id,
    profileId: doc.profileId,
    otherProfileId: doc.otherProfileId,
    reason: doc.reason,
    declaredBy: doc.declaredBy,
    byParty: doc.byParty === true,
    createdAt: doc.createdAt,
    profile: summary(doc.profileId),
    otherProfile: summary(doc.otherProfileId),
  };
}
