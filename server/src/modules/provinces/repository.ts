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

export interface PolicyCacheOptions {
  /**
   * How long a loaded copy is used before it is read again (default 30 s). The bound on staleness
   * when instances share a store without REDIS_URL; with Redis, saves elsewhere invalidate at once.
   */
  maxAgeMs?: number;
  now?: () => number;
}

export class ProvincePoliciesRepository {
  readonly collection: Collection<ProvincePolicyDoc>;
  private cache: Map<string, ProvincePolicyDoc> | null = null;
  private loadedAt = 0;
  /** Bumped by every invalidation, so a load that started before one never fills the cache. */
  private generation = 0;
  private readonly saveListeners: Array<(province: string) => void> = [];
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(store: Store, options: PolicyCacheOptions = {}) {
    this.collection = store.collection<ProvincePolicyDoc>({ name: 'province_policies', indexes: [{ fields: { sharing: 1 } }] });
    this.maxAgeMs = options.maxAgeMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  async get(province: string): Promise<ProvincePolicyDoc> {
    const all = await this.all();
    return all.get(province) ?? ({ _id: province, ...DEFAULT_POLICY } as ProvincePolicyDoc);
  }

  /** All stored policies (few: at most one per province), cached (see PolicyCacheOptions). */
  async all(): Promise<Map<string, ProvincePolicyDoc>> {
    if (this.cache && this.now() - this.loadedAt < this.maxAgeMs) return this.cache;
    const generation = this.generation;
    const startedAt = this.now();
    const loaded = new Map((await this.collection.find({})).map((p) => [p._id, withDefaults(p)]));
    if (generation === this.generation) {
      this.cache = loaded;
      this.loadedAt = startedAt;
    }
    return loaded;
  }

  /**
   * Set exactly `fields` ($set of those paths, nothing else): a field this instance did not mean
   * to change is never written back from a copy that another instance may have changed since.
   */
  async save(province: string, fields: Partial<Omit<ProvincePolicyDoc, '_id'>>): Promise<ProvincePolicyDoc> {
    const set = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    // Defaults only for a new document, and never for a path that $set names (MongoDB refuses both).
    const onInsert = Object.fromEntries(Object.entries(DEFAULT_POLICY).filter(([key]) => !(key in set)));
    const saved = await this.collection.findOneAndUpdate(
      { _id: province },
      { $set: set, $setOnInsert: onInsert },
      { upsert: true, returnDocument: 'after' },
    );
    this.invalidate();
    for (const listener of this.saveListeners) listener(province);
    return withDefaults(saved ?? ({ _id: province, ...DEFAULT_POLICY, ...set } as ProvincePolicyDoc));
  }

  /** Forget the cached copy (a save here or, through Redis, on another instance). */
  invalidate(): void {
    this.generation += 1;
    this.cache = null;
  }

  /** Called after every save by this instance (app.ts tells the other instances over Redis). */
  onSave(listener: (province: string) => void): void {
    this.saveListeners.push(listener);
  }
}

/** A stored policy with every field present (documents written by older versions may lack some). */
function withDefaults(doc: ProvincePolicyDoc): ProvincePolicyDoc {
  return { ...DEFAULT_POLICY, ...doc };
}
