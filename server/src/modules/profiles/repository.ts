import { fold } from '@ketnoi/search';
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store } from '../../store/types.js';
import type {
  FeeCode,
  IdentityField,
  InvestorTypeCode,
  NeedCategoryCode,
  OpeningPeriod,
  ProfileKind,
  ProvinceCode,
  StageCode,
} from '@ketnoi/contract';

export interface ProfileDoc extends Doc {
  userId: string;
  kind: ProfileKind;
  name: string;
  /** Folded name, for sorting the directory the way people read it. */
  nameKey: string;
  headline: string;
  about: string;
  province: ProvinceCode;
  commune?: string;
  sectors: string[];
  languages: string[];
  contact: { email?: string; phone?: string; zalo?: string; website?: string };
  verified: boolean;
  /** Hidden by its owner. */
  hidden: boolean;
  /** Suspended by staff/admin. */
  suspended?: boolean;
  /** Why the verified badge was removed: the owner changed these identity fields (cleared when staff decide again). */
  verificationLapse?: { at: string; by: string; fields: IdentityField[] };
  /**
   * Need categories this profile covers: expertise (expert), offerings (provider), ["funding"]
   * (investor), or the categories of its open needs (startup). Kept current by the services.
   */
  coverage: string[];
  /** Files (modules/files): a logo and documents such as a pitch deck. */
  logoFileId?: string;
  documents?: { fileId: string; title: string }[];
  createdAt: string;
  updatedAt: string;
  // startup
  stage?: StageCode;
  products?: { name: string; description: string; photoFileIds?: string[]; ocopStars?: 3 | 4 | 5 }[];
  teamSize?: number;
  foundedYear?: number;
  fundingAsk?: { min: number; max: number };
  // expert
  expertise?: NeedCategoryCode[];
  organization?: string;
  yearsExperience?: number;
  capacity?: number;
  remote?: boolean;
  servesProvinces?: string[];
  fee?: FeeCode;
  // investor
  investorType?: InvestorTypeCode;
  ticket?: { min: number; max: number };
  stages?: StageCode[];
  // provider
  offerings?: NeedCategoryCode[];
  resources?: { name: string; kind: string; capacity?: number; description?: string; openingHours?: OpeningPeriod[] }[];
}

export const nameKeyOf = (name: string) => fold(name);

export class ProfilesRepository extends DocumentRepository<ProfileDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'profiles',
      indexes: [
        { fields: { userId: 1 }, unique: true },
        { fields: { kind: 1 } },
        { fields: { province: 1 } },
        { fields: { coverage: 1 } },
        { fields: { sectors: 1 } },
        // Which profile shows a file (files module: who may open it, what the clean-up keeps).
        { fields: { logoFileId: 1 } },
        { fields: { 'products.photoFileIds': 1 } },
        { fields: { 'documents.fileId': 1 } },
      ],
    });
  }

  findByUserId(userId: string): Promise<ProfileDoc | null> {
    return this.collection.findOne({ userId });
  }

  findMany(ids: readonly string[]): Promise<ProfileDoc[]> {
    return this.collection.find({ _id: { $in: [...ids] } });
  }

  async replace(doc: ProfileDoc): Promise<ProfileDoc> {
    const { _id, ...fields } = doc;
    const unset: Record<string, ''> = {};
    for (const key of OPTIONAL_FIELDS) if (!(key in fields)) unset[key] = '';
    await this.collection.updateOne({ _id }, Object.keys(unset).length ? { $set: fields, $unset: unset } : { $set: fields }, {
      upsert: true,
    });
    return doc;
  }

  async setFields(id: string, fields: Partial<ProfileDoc>, unset: readonly (keyof ProfileDoc)[] = []): Promise<ProfileDoc | null> {
    const update = unset.length ? { $set: fields, $unset: Object.fromEntries(unset.map((k) => [k, ''])) } : { $set: fields };
    return this.collection.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' });
  }

  /** Startups hidden by their owner or suspended: no helper sees their needs. */
  async withheldStartupIds(): Promise<string[]> {
    const docs = await this.collection.find({ kind: 'startup', $or: [{ hidden: true }, { suspended: true }] }, { projection: { _id: 1 } });
    return docs.map((d) => d._id);
  }

  /** Ids in natural order, for rebuilding the search index in batches. */
  async *allIds(batch = 1000): AsyncGenerator<string[]> {
    let after = '';
    for (;;) {
      const docs = await this.collection.find(after ? { _id: { $gt: after } } : {}, {
        sort: { _id: 1 },
        limit: batch,
        projection: { _id: 1 },
      });
      if (docs.length === 0) return;
      yield docs.map((d) => d._id);
      after = docs[docs.length - 1]!._id;
    }
  }
}

const OPTIONAL_FIELDS = [
  'commune',
  'logoFileId',
  'documents',
  'suspended',
  'verificationLapse',
  'stage',
  'products',
  'teamSize',
  'foundedYear',
  'fundingAsk',
  'expertise',
  'organization',
  'yearsExperience',
  'capacity',
  'remote',
  'servesProvinces',
  'fee',
  'investorType',
  'ticket',
  'stages',
  'offerings',
  'resources',
] as const;
