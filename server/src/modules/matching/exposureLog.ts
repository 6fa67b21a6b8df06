// How often each candidate was shown in match lists: a `match_exposure` document per profile
// with the total, the last time, and per-day counts for the recent window that fair exposure
// reads (criteria/exposure.ts). Days older than the window are pruned when a profile is shown.
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Filter, Store } from '../../store/types.js';
import { DuplicateKeyError } from '../../store/types.js';
import { EXPOSURE_WINDOW_DAYS } from './criteria/exposure.js';

export interface ExposureDoc extends Doc {
  /** Equal to _id; a separate indexed field so `$in` lookups use an index on every engine (see byIds.ts). */
  profileId: string;
  kind: string;
  province: string;
  shown: number;
  lastShownAt: string;
  firstShownAt: string;
  /** 'YYYY-MM-DD' (UTC) → times shown that day, for the last EXPOSURE_WINDOW_DAYS days. */
  byDay: Record<string, number>;
}

const DAY_MS = 86_400_000;
const dayKey = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Day keys inside the window ending at `now` (today included). */
export function windowDays(now: Date, days = EXPOSURE_WINDOW_DAYS): string[] {
  const out: string[] = [];
  for (let i = 0; i < days; i++) out.push(dayKey(now.getTime() - i * DAY_MS));
  return out;
}

export function recentCount(byDay: Record<string, number> | undefined, window: readonly string[]): number {
  let n = 0;
  for (const day of window) n += byDay?.[day] ?? 0;
  return n;
}

export interface ShownProfile {
  _id: string;
  kind: string;
  province: string;
}

export class ExposureLog {
  readonly collection: Collection<ExposureDoc>;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    this.collection = store.collection<ExposureDoc>({
      name: 'match_exposure',
      indexes: [{ fields: { profileId: 1 } }, { fields: { province: 1, shown: -1 } }, { fields: { shown: -1 } }],
    });
  }

  /** Times each id was shown within the window (0 for never). */
  async recent(ids: readonly string[]): Promise<Map<string, number>> {
    const window = windowDays(this.clock.now());
    // No projection: the documents are small, and the embedded engine projects document by document.
    const docs = ids.length ? await this.collection.find({ profileId: { $in: [...ids] } }) : [];
    const out = new Map<string, number>();
    for (const d of docs) out.set(d._id, recentCount(d.byDay, window));
    return out;
  }

  /** Count one showing of each profile (one transaction; retried once if two requests insert the same new profile). */
  async record(profiles: readonly ShownProfile[]): Promise<void> {
    if (profiles.length === 0) return;
    try {
      await this.store.withTransaction(() => this.recordOnce(profiles));
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      await this.store.withTransaction(() => this.recordOnce(profiles));
    }
  }

  private async recordOnce(profiles: readonly ShownProfile[]): Promise<void> {
    const now = this.clock.now();
    const at = now.toISOString();
    const today = dayKey(now.getTime());
    const keep = new Set(windowDays(now));
    const byId = new Map(profiles.map((p) => [p._id, p]));
    const existing = await this.collection.find({ profileId: { $in: [...byId.keys()] } });
    const stale = new Set<string>();
    for (const doc of existing) for (const day of Object.keys(doc.byDay ?? {})) if (!keep.has(day)) stale.add(`byDay.${day}`);
    if (existing.length > 0) {
      const update = {
        $inc: { shown: 1, [`byDay.${today}`]: 1 },
        $set: { lastShownAt: at },
        ...(stale.size ? { $unset: Object.fromEntries([...stale].map((k) => [k, ''])) } : {}),
      };
      await this.collection.updateMany({ profileId: { $in: existing.map((d) => d._id) } }, update);
      // A profile that moved province is listed under its new one.
      for (const doc of existing) {
        const p = byId.get(doc._id)!;
        if (doc.province !== p.province || doc.kind !== p.kind)
          await this.collection.updateOne({ _id: doc._id }, { $set: { province: p.province, kind: p.kind } });
      }
    }
    const known = new Set(existing.map((d) => d._id));
    const fresh = [...byId.values()].filter((p) => !known.has(p._id));
    if (fresh.length > 0) {
      await this.collection.insertMany(
        fresh.map((p) => ({
          _id: p._id,
          profileId: p._id,
          kind: p.kind,
          province: p.province,
          shown: 1,
          lastShownAt: at,
          firstShownAt: at,
          byDay: { [today]: 1 },
        })),
      );
    }
  }

  /** Most shown first (then by id), optionally within a province and kind. */
  list(filter: { province?: string; kind?: string }, limit: number): Promise<ExposureDoc[]> {
    const f: Filter = {};
    if (filter.province) f.province = filter.province;
    if (filter.kind) f.kind = filter.kind;
    return this.collection.find(f, { sort: { shown: -1, _id: 1 }, limit });
  }
}
