import type { Profile, ProfileSummary } from '@ketnoi/contract';
import type { ProfileDoc } from './repository.js';

export interface PresentOptions {
  includeContact: boolean;
  /** Owner and staff also see moderation flags. */
  includeModeration?: boolean;
}

const defined = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The fields of each kind, as the contract names them. */
function kindFields(doc: ProfileDoc): Partial<Profile> {
  switch (doc.kind) {
    case 'startup':
      return defined({
        stage: doc.stage,
        products: doc.products,
        teamSize: doc.teamSize,
        foundedYear: doc.foundedYear,
        fundingAsk: doc.fundingAsk,
      });
    case 'expert':
      return defined({
        expertise: doc.expertise,
        organization: doc.organization,
        yearsExperience: doc.yearsExperience,
        capacity: doc.capacity,
        remote: doc.remote,
        servesProvinces: doc.servesProvinces,
        fee: doc.fee,
      });
    case 'investor':
      return defined({ investorType: doc.investorType, ticket: doc.ticket, stages: doc.stages, servesProvinces: doc.servesProvinces });
    case 'provider':
      return defined({ offerings: doc.offerings, resources: doc.resources, servesProvinces: doc.servesProvinces });
  }
}

/** The API view of a profile: explicit fields only; contact only when allowed. */
export function presentProfile(doc: ProfileDoc, options: PresentOptions): Profile {
  return {
    id: doc._id,
    kind: doc.kind,
    name: doc.name,
    headline: doc.headline,
    about: doc.about,
    province: doc.province,
    ...(doc.commune ? { commune: doc.commune } : {}),
    sectors: doc.sectors,
    languages: doc.languages,
    ...kindFields(doc),
    ...(options.includeContact ? { contact: doc.contact ?? {} } : {}),
    verified: doc.verified,
    ...(options.includeModeration
      ? {
          hidden: doc.hidden,
          ...(doc.suspended ? { suspended: true } : {}),
          ...(doc.verificationLapse
            ? { verificationLapsed: { at: doc.verificationLapse.at, fields: [...doc.verificationLapse.fields] } }
            : {}),
        }
      : {}),
    ...defined({ logoFileId: doc.logoFileId, documents: doc.documents }),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

type SummaryFields = Pick<ProfileDoc, '_id' | 'kind' | 'name' | 'headline' | 'province'>;

/** The short form that travels inside other resources (intro parties, matches, registrants). */
export function presentProfileSummary(doc: SummaryFields): ProfileSummary {
  return { id: doc._id, kind: doc.kind, name: doc.name, headline: doc.headline, province: doc.province };
}

/** The short form with the verified badge (staff lists). */
export function presentVerifiedSummary(doc: SummaryFields & Pick<ProfileDoc, 'verified'>): ProfileSummary & { verified: boolean } {
  return { ...presentProfileSummary(doc), verified: doc.verified };
}
