// Endpoints the product needs that API.md (v1) does not define yet. They are kept together here so
// the paths and shapes are easy to adjust once the server fixes them. Every shape below is assumed.
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

export interface ProvincePolicy {
  province: string;
  /** Target kinds whose incoming intros need staff approval first (`pending_staff`). */
  staffApproval: Partial<Record<ProfileKind, boolean>>;
  sharing: SharingPolicy;
}

export type ContactChannel = 'phone' | 'zalo' | 'meeting' | 'email' | 'other';
export const CONTACT_CHANNELS: readonly ContactChannel[] = ['phone', 'zalo', 'meeting', 'email', 'other'];

export interface ContactLogEntry {
  id: string;
  profileId: string;
  channel: ContactChannel;
  note: string;
  at: string;
  by?: string;
  createdAt?: string;
}

export interface ContactLogInput {
  profileId: string;
  channel: ContactChannel;
  note: string;
  at: string;
}

export interface VerificationInput {
  profileId: string;
  verified: boolean;
  note?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target?: string;
  details?: unknown;
}

export interface ExposureEntry {
  profileId: string;
  name?: string;
  count: number;
}

export const plannedApi = {
  weights: (province: string) => http.get<WeightsDoc>('/api/admin/weights', { province }),
  saveWeights: (province: string, weights: ScoringWeights) =>
    http.put<WeightsDoc>('/api/admin/weights', { weights }, { province }),
  policy: (province: string) => http.get<ProvincePolicy>('/api/staff/policy', { province }),
  savePolicy: ({ province, staffApproval, sharing }: ProvincePolicy) =>
    http.put<ProvincePolicy>('/api/staff/policy', { staffApproval, sharing }, { province }),
  contacts: (params: { profileId?: string; limit?: number; cursor?: string } = {}) =>
    http.get<Page<ContactLogEntry>>('/api/staff/contacts', { ...params }),
  logContact: (input: ContactLogInput) => http.post<ContactLogEntry>('/api/staff/contacts', input),
  verify: (input: VerificationInput) => http.post<unknown>('/api/staff/verifications', input),
  audit: (params: { limit?: number; cursor?: string } = {}) => http.get<Page<AuditEntry>>('/api/admin/audit', { ...params }),
  exposure: (province?: string) => http.get<{ items: ExposureEntry[] }>('/api/matches/exposure', { province }),
};
