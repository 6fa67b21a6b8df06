// Output mapping of the staff tools: explicit fields only, never raw documents.
import { presentIntro } from '../intros/presenter.js';
import type { IntroDoc } from '../intros/repository.js';
import { presentNeed } from '../needs/presenter.js';
import type { NeedDoc } from '../needs/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { ConflictDoc } from './conflictsRepository.js';
import type { ContactDoc } from './contacts.js';
import type { VerificationDoc } from './verifications.js';

export interface ProfileSummary {
  id: string;
  kind: string;
  name: string;
  headline: string;
  province: string;
  verified: boolean;
}

export const profileSummary = (p: ProfileDoc): ProfileSummary => ({
  id: p._id,
  kind: p.kind,
  name: p.name,
  headline: p.headline,
  province: p.province,
  verified: p.verified,
});

export function presentQueueIntro(
  intro: IntroDoc,
  parties: Map<string, ProfileDoc>,
  actions: readonly string[],
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return { ...presentIntro(intro, parties), ...extra, actions: [...actions] };
}

export function presentQueueNeed(
  need: NeedDoc,
  parties: Map<string, ProfileDoc>,
  actions: readonly string[],
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const startup = parties.get(need.startupId);
  return { ...presentNeed(need), startup: startup ? profileSummary(startup) : null, ...extra, actions: [...actions] };
}

export function presentContact(doc: ContactDoc): Record<string, unknown> {
  return {
    id: doc._id,
    subjectType: doc.subjectType,
    subjectId: doc.subjectId,
    profileIds: [...doc.profileIds],
    province: doc.province,
    channel: doc.channel,
    note: doc.note,
    at: doc.at,
    by: doc.by,
    byName: doc.byName,
    createdAt: doc.createdAt,
  };
}

export function presentVerification(doc: VerificationDoc): Record<string, unknown> {
  return {
    id: doc._id,
    profileId: doc.profileId,
    profileName: doc.profileName,
    kind: doc.kind,
    province: doc.province,
    verified: doc.verified,
    checked: [...doc.checked],
    note: doc.note,
    by: doc.by,
    byName: doc.byName,
    at: doc.at,
  };
}

export function presentConflict(doc: ConflictDoc, parties: Map<string, ProfileDoc>): Record<string, unknown> {
  const summary = (id: string) => {
    const p = parties.get(id);
    return p ? profileSummary(p) : null;
  };
  return {
    id: doc._id,
    profileId: doc.profileId,
    otherProfileId: doc.otherProfileId,
    reason: doc.reason,
    declaredBy: doc.declaredBy,
    createdAt: doc.createdAt,
    profile: summary(doc.profileId),
    otherProfile: summary(doc.otherProfileId),
  };
}
