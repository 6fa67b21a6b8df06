// Live signals, the one place they are derived: spare capacity (scheduled consultations),
// median time to first answer and acceptance rate (introductions addressed to the profile) and
// average feedback (completed consultations). For a whole candidate set in two queries ($in on
// ids), never one query per candidate. Profiles without history get NO_SIGNALS (neutral scores).
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';
import { introsByParty } from './introsView.js';
import type { CandidateSignals } from './score.js';
import { NO_SIGNALS } from './score.js';

/** Introductions older than this no longer describe how someone answers today. */
export const RESPONSE_HISTORY_DAYS = 365;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The fields of `intros` (docs/DATA.md) the signals read. */
export interface IntroSignalDoc extends Doc {
  fromProfileId: string;
  toProfileId: string;
  status: string;
  acceptedBy?: string[];
  declinedBy?: string | null;
  firstResponseAt?: string | null;
  expiresAt?: string;
  createdAt: string;
}

/** The fields of `consultations` (docs/DATA.md) the signals read. */
export interface ConsultationSignalDoc extends Doc {
  helperId: string;
  status: string;
  feedback?: { rating: number } | null;
}

export type ProfileSignals = Omit<CandidateSignals, 'recentShown'>;

function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** Pure: signals of each id from its consultations (as helper) and intros (as recipient). */
export function deriveSignals(
  ids: readonly string[],
  consultations: readonly ConsultationSignalDoc[],
  intros: readonly IntroSignalDoc[],
): Map<string, ProfileSignals> {
  const acc = new Map<
    string,
    { active: number; ratingSum: number; ratings: number; hours: number[]; accepted: number; declined: number }
  >();
  for (const id of ids) acc.set(id, { active: 0, ratingSum: 0, ratings: 0, hours: [], accepted: 0, declined: 0 });
  for (const c of consultations) {
    const a = acc.get(c.helperId);
    if (!a) continue;
    if (c.status === 'scheduled') a.active++;
    const rating = c.feedback?.rating;
    if (c.status === 'completed' && typeof rating === 'number' && rating >= 1 && rating <= 5) {
      a.ratingSum += rating;
      a.ratings++;
    }
  }
  for (const i of intros) {
    const a = acc.get(i.toProfileId);
    if (!a) continue;
    const created = Date.parse(i.createdAt);
    if (i.firstResponseAt) a.hours.push((Date.parse(i.firstResponseAt) - created) / HOUR_MS);
    // Never answered before it expired: it waited the whole time, which is what the requester saw.
    else if (i.status === 'expired' && i.expiresAt) a.hours.push((Date.parse(i.expiresAt) - created) / HOUR_MS);
    if (i.declinedBy === i.toProfileId) a.declined++;
    else if (i.acceptedBy?.includes(i.toProfileId) || i.status === 'accepted') a.accepted++;
  }
  const out = new Map<string, ProfileSignals>();
  for (const [id, a] of acc) {
    const hours = a.hours.filter((h) => Number.isFinite(h) && h >= 0);
    out.set(id, {
      activeConsultations: a.active,
      medianResponseHours: medianOf(hours),
      timedResponses: hours.length,
      accepted: a.accepted,
      declined: a.declined,
      ratingSum: a.ratingSum,
      ratings: a.ratings,
    });
  }
  return out;
}

export class LiveSignals {
  private readonly intros: Collection<IntroSignalDoc>;
  private readonly consultations: Collection<ConsultationSignalDoc>;

  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    // Read-only here (the intros and consultations modules write them); indexes for our lookups.
    this.intros = introsByParty<IntroSignalDoc>(store);
    this.consultations = store.collection<ConsultationSignalDoc>({ name: 'consultations', indexes: [{ fields: { helperId: 1 } }] });
  }

  async forProfiles(ids: readonly string[]): Promise<Map<string, ProfileSignals>> {
    if (ids.length === 0) return new Map();
    const since = new Date(this.clock.now().getTime() - RESPONSE_HISTORY_DAYS * DAY_MS).toISOString();
    const list = [...new Set(ids)];
    const [consultations, intros] = await Promise.all([
      this.consultations.find(
        { helperId: { $in: list }, status: { $in: ['scheduled', 'completed'] } },
        { projection: { helperId: 1, status: 1, feedback: 1 } },
      ),
      this.intros.find(
        { toProfileId: { $in: list }, createdAt: { $gte: since } },
        {
          projection: {
            fromProfileId: 1,
            toProfileId: 1,
            status: 1,
            acceptedBy: 1,
            declinedBy: 1,
            firstResponseAt: 1,
            expiresAt: 1,
            createdAt: 1,
          },
        },
      ),
    ]);
    return deriveSignals(list, consultations, intros);
  }

  /** One profile's signals (neutral without history). */
  async forProfile(id: string): Promise<ProfileSignals> {
    return (await this.forProfiles([id])).get(id) ?? { ...NO_SIGNALS };
  }
}
