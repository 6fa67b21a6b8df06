// How often each candidate was shown in match lists: a `match_exposure` document per profile
// with the total, the last time, and per-day counts for the recent window that fair exposure
// reads (criteria/exposure.ts). Days older than the window are pruned when a profile is shown.
// A showing counts once per viewer, candidate and day (`match_sightings`), and is written by a
// background job, never by the request that showed it: asking again and again inflates nothing.
import type { Clock } from '../../lib/clock.js';
import type { Logger } from '../../lib/logger.js';
import type { Collection, Doc, Filter, Store } from '../../store/types.js';
import { DuplicateKeyError } from '../../store/types.js';
import { vietnamLocal } from '../reports/period.js';
import { EXPOSURE_WINDOW_DAYS } from './criteria/exposure.js';

export interface ExposureDoc extends Doc {
  /** Equal to _id; a separate indexed field so `$in` lookups use an index on every engine (see byIds.ts). */
  profileId: string;
  kind: string;
  province: string;
  shown: number;
  lastShownAt: string;
  firstShownAt: string;
  /** 'YYYY-MM-DD' (a Vietnam day) → times shown that day, for the last EXPOSURE_WINDOW_DAYS days. */
  byDay: Record<string, number>;
}

const DAY_MS = 86_400_000;
// Vietnam days: "once a day" turns over at midnight where the users are, not at 07:00 (UTC's midnight).
const dayKey = (t: number) => vietnamLocal(new Date(t).toISOString(), false);

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

/** One viewer saw one candidate on one (UTC) day: counted once, however many times it asked. */
interface SightingDoc extends Doc {
  day: string;
  viewerId: string;
  profileId: string;
}

/** A sighting's _id: one per day, viewer and profile, so counting it twice is a duplicate key. */
const sightingId = (day: string, viewerId: string, profileId: string) => `${day}|${viewerId}|${profileId}`;

/** Sightings waiting for the next flush; beyond this many, new ones are dropped (the store is down). */
const MAX_PENDING = 50_000;

export class ExposureLog {
  readonly collection: Collection<ExposureDoc>;
  private readonly sightings: Collection<SightingDoc>;
  /** `day|viewer|profile` → the profile seen, collected by requests and written by flush(). */
  private pending = new Map<string, { day: string; profile: ShownProfile }>();
  private prunedBefore = '';

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger?: Logger,
  ) {
    this.collection = store.collection<ExposureDoc>({
      name: 'match_exposure',
      indexes: [{ fields: { profileId: 1 } }, { fields: { province: 1, shown: -1 } }, { fields: { shown: -1 } }],
    });
    this.sightings = store.collection<SightingDoc>({ name: 'match_sightings', indexes: [{ fields: { day: 1 } }] });
  }

  /**
   * Times each id was shown within the window (0 for never), leaving out the showings to
   * `exceptViewer`: what one person was shown must not move their own list when they look again.
   */
  async recent(ids: readonly string[], exceptViewer?: string): Promise<Map<string, number>> {
    const window = windowDays(this.clock.now());
    // No projection: the documents are small, and the embedded engine projects document by document.
    const docs = ids.length ? await this.collection.find({ profileId: { $in: [...ids] } }) : [];
    const out = new Map<string, number>();
    for (const d of docs) out.set(d._id, recentCount(d.byDay, window));
    if (exceptViewer) {
      // One lookup by sighting _id, only for candidates shown lately.
      const shownRecently = [...out].filter(([, n]) => n > 0).map(([id]) => id);
      const keys = shownRecently.flatMap((id) => window.map((day) => sightingId(day, exceptViewer, id)));
      for (const own of await this.sightings.find({ _id: { $in: keys } }, { projection: { profileId: 1 } })) {
        out.set(own.profileId, Math.max(0, (out.get(own.profileId) ?? 0) - 1));
      }
    }
    return out;
  }

  /**
   * Note that `viewerId` was shown these profiles. Nothing is written here: the request goes on,
   * and flush() (a background job) counts each viewer, candidate and day once, so asking again
   * and again inflates nothing.
   */
  note(viewerId: string, profiles: readonly ShownProfile[]): void {
    const day = dayKey(this.clock.now().getTime());
    for (const profile of profiles) {
      const key = sightingId(day, viewerId, profile._id);
      if (this.pending.has(key)) continue;
      if (this.pending.size >= MAX_PENDING) {
        this.logger?.warn({ pending: this.pending.size }, 'match exposure: too many sightings waiting; dropping new ones');
        return;
      }
      this.pending.set(key, { day, profile });
    }
  }

  /** Write the sightings noted so far: new ones count once each (run by the scheduler, and at shutdown). */
  async flush(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const batch = this.pending;
    this.pending = new Map();
    try {
      let counted: number;
      try {
        counted = await this.store.withTransaction(() => this.countNew(batch));
      } catch (error) {
        // Another instance counted one of these sightings just now; the retry sees it.
        if (!(error instanceof DuplicateKeyError)) throw error;
        counted = await this.store.withTransaction(() => this.countNew(batch));
      }
      await this.pruneSightings();
      return counted;
    } catch (error) {
      // Keep them for the next run (the newest noted win the room left).
      for (const [key, value] of batch) if (this.pending.size < MAX_PENDING) this.pending.set(key, value);
      throw error;
    }
  }

  private async countNew(batch: Map<string, { day: string; profile: ShownProfile }>): Promise<number> {
    const keys = [...batch.keys()];
    const known = new Set((await this.sightings.find({ _id: { $in: keys } }, { projection: { _id: 1 } })).map((d) => d._id));
    const fresh = keys.filter((k) => !known.has(k));
    if (fresh.length === 0) return 0;
    await this.sightings.insertMany(
      fresh.map((k) => {
        const { day, profile } = batch.get(k)!;
        return { _id: k, day, viewerId: k.split('|')[1]!, profileId: profile._id };
      }),
    );
    // New sightings per profile and day (usually one day: the batch is a few seconds old).
    const counts = new Map<string, { profile: ShownProfile; day: string; n: number }>();
    for (const k of fresh) {
      const { day, profile } = batch.get(k)!;
      const entry = counts.get(`${day}|${profile._id}`) ?? { profile, day, n: 0 };
      entry.n++;
      counts.set(`${day}|${profile._id}`, entry);
    }
    const byDay = new Map<string, { profile: ShownProfile; n: number }[]>();
    for (const { profile, day, n } of counts.values()) byDay.set(day, [...(byDay.get(day) ?? []), { profile, n }]);
    for (const [day, shown] of byDay) await this.recordOnce(day, shown);
    return fresh.length;
  }

  /** Forget sightings older than the window (once a day is enough). */
  private async pruneSightings(): Promise<void> {
    const oldest = windowDays(this.clock.now()).at(-1)!;
    if (this.prunedBefore === oldest) return;
    await this.sightings.deleteMany({ day: { $lt: oldest } });
    this.prunedBefore = oldest;
  }

  /** Add `n` showings on `day` to each profile (inside the flush transaction). */
  private async recordOnce(day: string, shown: readonly { profile: ShownProfile; n: number }[]): Promise<void> {
    const at = this.clock.now().toISOString();
    const keep = new Set(windowDays(this.clock.now()));
    // A sighting noted before a long outage may be older than the window: it counts in the total only.
    const inWindow = keep.has(day);
    const byId = new Map(shown.map((s) => [s.profile._id, s]));
    const existing = await this.collection.find({ profileId: { $in: [...byId.keys()] } });
    for (const doc of existing) {
      const { profile, n } = byId.get(doc._id)!;
      const stale = Object.keys(doc.byDay ?? {}).filter((d) => !keep.has(d));
      await this.collection.updateOne(
        { _id: doc._id },
        {
          $inc: inWindow ? { shown: n, [`byDay.${day}`]: n } : { shown: n },
          // A profile that moved province is listed under its new one.
          $set: { lastShownAt: at, province: profile.province, kind: profile.kind },
          ...(stale.length ? { $unset: Object.fromEntries(stale.map((d) => [`byDay.${d}`, ''])) } : {}),
        },
      );
    }
    const known = new Set(existing.map((d) => d._id));
    const fresh = shown.filter((s) => !known.has(s.profile._id));
    if (fresh.length > 0) {
      await this.collection.insertMany(
        fresh.map(({ profile: p, n }) => ({
          _id: p._id,
          profileId: p._id,
          kind: p.kind,
          province: p.province,
          shown: n,
          lastShownAt: at,
          firstShownAt: at,
          byDay: inWindow ? { [day]: n } : {},
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
