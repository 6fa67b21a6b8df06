import type { ProfileDoc } from './repository.js';

const KIND_FIELDS = {
  startup: ['stage', 'products', 'teamSize', 'foundedYear', 'fundingAsk'],
  expert: ['expertise', 'organization', 'yearsExperience', 'capacity', 'remote', 'servesProvinces', 'fee'],
  investor: ['investorType', 'ticket', 'stages', 'servesProvinces'],
  provider: ['offerings', 'resources', 'servesProvinces'],
} as const;

export interface PresentOptions {
  includeContact: boolean;
  /** Owner and staff also see moderation flags. */
  includeModeration?: boolean;
}

/** The API view of a profile: explicit fields only; contact only when allowed. */
export function presentProfile(doc: ProfileDoc, options: PresentOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: doc._id,
    kind: doc.kind,
    name: doc.name,
    headline: doc.headline,
    about: doc.about,
    province: doc.province,
  };
  if (doc.commune) out.commune = doc.commune;
  out.sectors = doc.sectors;
  out.languages = doc.languages;
  for (const field of KIND_FIELDS[doc.kind]) {
    const value = (doc as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  if (options.includeContact) out.contact = doc.contact ?? {};
  out.verified = doc.verified;
  if (options.includeModeration) {
    out.hidden = doc.hidden;
    if (doc.suspended) out.suspended = true;
  }
  out.createdAt = doc.createdAt;
  out.updatedAt = doc.updatedAt;
  return out;
}

/** Short form used inside other resources (matches, intros). */
export function presentProfileSummary(doc: ProfileDoc): {
  id: string;
  kind: string;
  name: string;
  headline: string;
  province: string;
  verified: boolean;
} {
  return { id: doc._id, kind: doc.kind, name: doc.name, headline: doc.headline, province: doc.province, verified: doc.verified };
}
