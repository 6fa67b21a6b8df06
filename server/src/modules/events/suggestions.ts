// Whom to meet at an event: the other registered participants ranked with the matching
// service's criteria and weights (the organising province's). Coverage is judged both ways —
// my `seeks` against what they offer, and theirs against what I offer — and the other criteria
// (sector, geography, verified, language) are the matcher's own functions. Left out: myself,
// people I already have a request or meeting with, people who declined me here, declared
// conflicts of interest, hidden and suspended profiles.
import type { MeetingSuggestion } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ForbiddenError } from '../../lib/errors.js';
import { coverageOf } from '../matching/criteria/coverage.js';
import { geography } from '../matching/criteria/geography.js';
import { needLabel } from '../matching/criteria/labels.js';
import { sectorOverlap } from '../matching/criteria/sector.js';
import { sharedLanguage, verified } from '../matching/criteria/trust.js';
import type { CriterionResult, Lang } from '../matching/criteria/types.js';
import { result } from '../matching/criteria/types.js';
import { reachOf } from '../matching/score.js';
import type { Weights } from '../matching/weights.js';
import { combine } from '../matching/weights.js';
import { presentProfileSummary } from '../profiles/presenter.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { ConflictsRepository } from '../conflicts/repository.js';
import type { MeetingsRepository } from './meetingsRepository.js';
import { eventPolicy } from './policy.js';
import type { RegistrationsRepository } from './registrationsRepository.js';
import type { EventsRepository } from './repository.js';

export interface Side {
  profile: ProfileDoc;
  offers: readonly string[];
  seeks: readonly string[];
}

/** The best coverage of any of `seeks` by `offers`. */
function bestCover(seeks: readonly string[], offers: readonly string[]) {
  let best: { seek: string; via: string; score: number; exact: boolean } | null = null;
  for (const seek of seeks) {
    const c = coverageOf(seek, offers);
    if (c.kind !== 'none' && (!best || c.score > best.score)) best = { seek, via: c.via!, score: c.score, exact: c.kind === 'exact' };
  }
  return best;
}

/**
 * Coverage both ways. When both sides say what they seek, the better direction counts for most
 * (0.8) and the other adds the rest (0.2), so a meeting useful to both ranks above one useful to
 * one side; when only one side seeks something, that direction is the whole score.
 */
export function mutualCoverage(me: Side, them: Side): CriterionResult {
  const forMe = bestCover(me.seeks, them.offers);
  const forThem = bestCover(them.seeks, me.offers);
  if (!forMe && !forThem) {
    if (me.seeks.length === 0 && them.seeks.length === 0)
      return result(0, 'Hai bên chưa nêu cần tìm gì', 'Neither of you says what you are looking for');
    return result(0, 'Chưa khớp điều hai bên cần và có', 'What you seek and offer does not match yet');
  }
  const a = forMe?.score ?? 0;
  const b = forThem?.score ?? 0;
  const both = me.seeks.length > 0 && them.seeks.length > 0;
  const vi: string[] = [];
  const en: string[] = [];
  if (forMe) {
    const need = needLabel(forMe.seek);
    const via = needLabel(forMe.via);
    vi.push(forMe.exact ? `Họ giúp được điều bạn tìm: ${need.vi}` : `Họ có ${via.vi}, gần với điều bạn tìm (${need.vi})`);
    en.push(forMe.exact ? `They offer what you seek: ${need.en}` : `They offer ${via.en}, close to what you seek (${need.en})`);
  }
  if (forThem) {
    const need = needLabel(forThem.seek);
    const via = needLabel(forThem.via);
    vi.push(forThem.exact ? `Bạn giúp được điều họ tìm: ${need.vi}` : `Bạn có ${via.vi}, gần với điều họ tìm (${need.vi})`);
    en.push(forThem.exact ? `You offer what they seek: ${need.en}` : `You offer ${via.en}, close to what they seek (${need.en})`);
  }
  return result(both ? 0.8 * Math.max(a, b) + 0.2 * Math.min(a, b) : Math.max(a, b), vi.join('; '), en.join('; '));
}

/** The whole score of meeting `them`, with one reason per criterion. */
export function scoreMeeting(me: Side, them: Side, weights: Weights, lang: Lang) {
  // Geography is judged from the helper towards the startup when one side is a startup.
  const [helper, startup] = them.profile.kind !== 'startup' && me.profile.kind === 'startup' ? [them, me] : [me, them];
  return combine(
    {
      coverage: mutualCoverage(me, them),
      sector: sectorOverlap(startup.profile.sectors, helper.profile.sectors),
      geography: geography(reachOf(helper.profile), startup.profile.province),
      verified: verified(them.profile.verified),
      language: sharedLanguage(me.profile.languages, them.profile.languages),
    },
    weights,
    lang,
  );
}

export class MeetingSuggestions {
  constructor(
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly conflicts: ConflictsRepository,
    private readonly weightsFor: (province: string) => Promise<Weights>,
  ) {}

  async suggest(user: AuthUser, eventId: string, options: { limit: number; lang: Lang }): Promise<{ items: MeetingSuggestion[] }> {
    const event = eventPolicy.assertVisible(user, await this.events.findById(eventId));
    if (!event.meetings) throw new ConflictError('This event has no one-to-one meetings.');
    const own = await this.profiles.findByUserId(user.id);
    const mine = own ? await this.registrations.forProfile(eventId, own._id) : null;
    // As for who else is coming: only registered participants (403 to anyone else, waitlisted included).
    if (!own || mine?.status !== 'registered') throw new ForbiddenError('Register for the event to get meeting suggestions.');
    const [others, meetings, conflicts, weights] = await Promise.all([
      this.registrations.find({ eventId, status: 'registered', profileId: { $ne: own._id } }),
      this.meetings.ofProfile(eventId, own._id),
      this.conflicts.find({ $or: [{ profileId: own._id }, { otherProfileId: own._id }] }),
      this.weightsFor(event.province),
    ]);
    const excluded = new Set<string>();
    for (const m of meetings) {
      const other = m.requesterId === own._id ? m.inviteeId : m.requesterId;
      if (m.status === 'requested' || m.status === 'accepted') excluded.add(other);
      if (m.status === 'declined' && m.requesterId === own._id) excluded.add(other);
    }
    for (const c of conflicts) excluded.add(c.profileId === own._id ? c.otherProfileId : c.profileId);
    const candidates = others.filter((r) => !excluded.has(r.profileId));
    const profiles = new Map((await this.profiles.findMany(candidates.map((r) => r.profileId))).map((p) => [p._id, p]));
    const me: Side = { profile: own, offers: mine.offers, seeks: mine.seeks };
    const ranked = candidates
      .map((r) => ({ reg: r, profile: profiles.get(r.profileId) }))
      .filter((c): c is { reg: typeof c.reg; profile: ProfileDoc } => !!c.profile && !c.profile.hidden && !c.profile.suspended)
      .map(({ reg, profile }) => ({
        reg,
        profile,
        scored: scoreMeeting(me, { profile, offers: reg.offers, seeks: reg.seeks }, weights, options.lang),
      }))
      .sort(
        (a, b) =>
          b.scored.score - a.scored.score ||
          a.profile.nameKey.localeCompare(b.profile.nameKey) ||
          a.profile._id.localeCompare(b.profile._id),
      );
    return {
      items: ranked.slice(0, options.limit).map(({ reg, profile, scored }) => ({
        profile: presentProfileSummary(profile),
        score: scored.score,
        reasons: scored.reasons,
        offers: reg.offers,
        seeks: reg.seeks,
      })),
    };
  }
}
