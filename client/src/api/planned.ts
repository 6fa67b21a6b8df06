// Endpoints the product needs that API.md (v1) does not define, kept together here. The staff tools
// (policy, contact log, verifications) and the audit log follow the server as documented in docs/REPORTS.md.
import { http } from './http.js';
import type { Page, ProfileKind } from './types.js';

/** Criterion → weight (non-negative numbers; the server normalises). */
export type ScoringWeights = Record<string, number>;

export interface WeightsDoc {
  province: string;
  weights: ScoringWeights;
}

export type SharingPolicy = 'all' | 'region' | 'province';
export const SHARING_POLICIES: readonly SharingPolicy[] = ['all', 'region', 'province'];

/** GET/PUT /api/staff/policy (docs/REPORTS.md). PUT sends only the fields to change. */
export interface ProvincePolicy {
  province: string;
  sharing: SharingPolicy;
  /** Target kinds whose incoming intros need staff approval first (`pending_staff`). */
  staffApprovalKinds: ApprovalKind[];
  /** Days an open need may wait without any introduction before the staff queue lists it. */
  staleNeedDays: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type ApprovalKind = Exclude<ProfileKind, 'startup'>;
export const APPROVAL_KINDS: readonly ApprovalKind[] = ['expert', 'investor', 'provider'];

export type PolicyUpdate = Partial<Pick<ProvincePolicy, 'sharing' | 'staffApprovalKinds' | 'staleNeedDays'>>;

export type ContactChannel = 'phone' | 'zalo' | 'meeting' | 'email' | 'other';
export const CONTACT_CHANNELS: readonly ContactChannel[] = ['phone', 'zalo', 'meeting', 'email', 'other'];

/** What a contact is about: a startup or any profile, a need, or an introduction. */
export type ContactSubjectType = 'startup' | 'profile' | 'need' | 'intro';

export interface ContactLogEntry {
  id: string;
  subjectType: ContactSubjectType;
  subjectId: string;
  /** The profiles the subject concerns (the profile itself, a need's startup, both sides of an intro). */
  profileIds: string[];
  province: string;
  channel: ContactChannel;
  note: string;
  at: string;
  by: string;
  byName: string;
  createdAt: string;
}

export interface ContactLogInput {
  subjectType: ContactSubjectType;
  subjectId: string;
  channel: ContactChannel;
  note: string;
  at?: string;
}

export interface VerificationInput {
  profileId: string;
  verified: boolean;
  /** What was checked, one item each; at least one to verify. */
  checked: string[];
  note?: string;
}

export interface VerificationRecord {
  id: string;
  profileId: string;
  profileName: string;
  kind: string;
  province: string;
  verified: boolean;
  checked: string[];
  note: string | null;
  by: string;
  byName: string;
  at: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorRole: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  province: string | null;
  details: Record<string, unknown>;
}

export interface ExposureEntry {
  profileId: string;
  name?: string;
  count: number;
}

export const plannedApi = {
  weights: (province: string) => http.get<WeightsDoc>('/api/admin/weights', { province }),
  saveWeights: (province: string, weights: ScoringWeights) => http.put<WeightsDoc>('/api/admin/weights', { weights }, { province }),
  policy: (province: string) => http.get<ProvincePolicy>('/api/staff/policy', { province }),
  savePolicy: (province: string, update: PolicyUpdate) => http.put<ProvincePolicy>('/api/staff/policy', update, { province }),
  contacts: (params: { profileId?: string; subjectId?: string; province?: string; limit?: number; cursor?: string } = {}) =>
    http.get<Page<ContactLogEntry>>('/api/staff/contacts', { ...params }),
  logContact: (input: ContactLogInput) => http.post<ContactLogEntry>('/api/staff/contacts', input),
  verify: (input: VerificationInput) => http.post<VerificationRecord>('/api/staff/verifications', input),
  audit: (
    params: {
      action?: string;
      actorId?: string;
      targetId?: string;
      province?: string;
      from?: string;
      to?: string;
      limit?: number;
      cursor?: string;
    } = {},
  ) => http.get<Page<AuditEntry>>('/api/admin/audit', { ...params }),
  exposure: (province?: string) => http.get<{ items: ExposureEntry[] }>('/api/matches/exposure', { province }),
};
