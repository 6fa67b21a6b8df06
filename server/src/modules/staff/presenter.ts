// Output mapping of the staff tools: explicit fields only, never raw documents.
import { presentIntro } from '../intros/presenter.js';
import type { IntroDoc } from '../intros/repository.js';
import { presentNeed } from '../needs/presenter.js';
import type { NeedDoc } from '../needs/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { ContactDoc } from './contacts.js';
import type { VerificationDoc } from './verifications.js';
import type { ContactLogEntry, Intro, Need, ProfileSummary, Verification } from '@ketnoi/contract';
import { presentVerifiedSummary } from '../profiles/presenter.js';

export function presentQueueIntro<E extends object>(
  intro: IntroDoc,
  parties: Map<string, ProfileDoc>,
  actions: readonly string[],
  extra: E,
): Intro & E & { actions: string[] } {
  return { ...presentIntro(intro, parties), ...extra, actions: [...actions] };
}

export function presentQueueNeed<E extends object>(
  need: NeedDoc,
  parties: Map<string, ProfileDoc>,
  actions: readonly string[],
  extra: E,
): Need & E & { startup: (ProfileSummary & { verified: boolean }) | null; actions: string[] } {
  const startup = parties.get(need.startupId);
  return { ...presentNeed(need), startup: startup ? presentVerifiedSummary(startup) : null, ...extra, actions: [...actions] };
}

export function presentContact(doc: ContactDoc): ContactLogEntry {
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

export function presentVerification(doc: VerificationDoc): Verification {
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
    ...(doc.reason ? { reason: doc.reason } : {}),
  };
}
