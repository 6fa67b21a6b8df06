// Per-province settings kept by staff/admin: who may see the province's experts, investors and
// providers (sharing), which introductions need staff approval, and matching weights.
import type { SharingPolicy } from '@ketnoi/contract';
import type { Collection, Doc, Store } from '../../store/types.js';

export interface ProvincePolicyDoc extends Doc {
  /** _id is the province code. */
  sharing: SharingPolicy;
  /** Target kinds whose introductions start as `pending_staff` (e.g. ["investor"]). */
  staffApprovalKinds: string[];
  /** Matching weights overriding the defaults (criterion → weight). */
  weights?: Record<string, number>;
  /** Days an open need may wait without any introduction before it shows in the staff queue. */
  staleNeedDays?: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** Default days an open need may wait without any introduction before the queue lists it. */
export const DEFAULT_STALE_NEED_DAYS = 14;

export const DEFAULT_POLICY: Omit<ProvincePolicyDoc, '_id'> = {
  sharing: 'all',
  staffApprovalKinds: [],
  updatedAt: '1970-01-01T00:00:00.000Z',
  updatedBy: null,
};

export class ProvincePoliciesRepository {
  readonly collection: Collection<ProvincePolicyDoc>;
  private cache: Map<string, ProvincePolicyDoc> | null = null;

  constructor(store: Store) {
    this.collection = store.collection<ProvincePolicyDoc>({ name: 'province_policies', indexes: [{ fields: { sharing: 1 } }] });
  }

  async get(province: string): Promise<ProvincePolicyDoc> {
    const all = await this.all();
    return all.get(province) ?? ({ _id: province, ...DEFAULT_POLICY } as ProvincePolicyDoc);
  }

  /** All stored policies (few: at most one per province), cached until the next write. */
  async all(): Promise<Map<string, ProvincePolicyDoc>> {
    if (!this.cache) this.cache = new Map((await this.collection.find({})).map((p) => [p._id, p]));
    return this.cache;
  }

  async save(province: string, fields: Partial<Omit<ProvincePolicyDoc, '_id'>>): Promise<ProvincePolicyDoc> {
    const current = await this.get(province);
    const next: ProvincePolicyDoc = { ...current, ...fields, _id: province };
    const { _id, ...rest } = next;
    await this.collection.updateOne({ _id }, { $set: rest }, { upsert: true });
    this.cache = null;
    return next;
  }

  invalidate(): void {
    this.cache = null;
  }
}
