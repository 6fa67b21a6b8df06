// GET /api/matches in both directions and the exposure counts. Retrieval → hard rules → scoring
// → fair-exposure-aware order → the page shown is noted for the exposure counts (written later
// by a job, once per viewer, candidate and day).
import type { z } from 'zod';
import type { IntroConnection, MatchQuery, Opportunity } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { needPolicy } from '../needs/policy.js';
import type { NeedDoc, NeedsRepository } from '../needs/repository.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import type { CandidateSource } from './candidates.js';
import type { NeedSummary } from './criteria/coverage.js';
import { median } from './criteria/exposure.js';
import type { Lang } from './criteria/types.js';
import type { ExposureLog } from './exposureLog.js';
import { recentCount, windowDays } from './exposureLog.js';
import type { MatchConnections } from './connections.js';
import type { PairHistory } from './pairHistory.js';
import { matchingPolicy } from './policy.js';
import { presentProfileSummary } from '../profiles/presenter.js';
import { tiersForHelper, tiersForInvestor, tiersForNeed } from './retrieval.js';
import type { HardRuleContext } from './rules.js';
import { exclusionOf } from './rules.js';
import type { CandidateSignals, ScoreOptions } from './score.js';
import { scoreHelperForNeed, scoreStartupForHelper, scoreStartupForInvestor } from './score.js';
import type { Scored, Weights } from './weights.js';
import { effectiveWeights } from './weights.js';
import type { Clock } from '../../lib/clock.js';
import { ACTIVE_NEED_STATUSES } from '@ketnoi/contract';

export const HELPER_KINDS = ['expert', 'investor', 'provider'] as const;

/** Who reads the reasons: the caller and its own profile (none for staff and admins). */
interface Reader {
  user: AuthUser;
  own: ProfileDoc | null;
}

/** The match query, with the reasons' language settled (query, else Accept-Language, else vi). */
export type MatchRequest = z.output<typeof MatchQuery> & { lang: Lang };

export interface MatchItem {
  profile: ReturnType<typeof presentProfileSummary>;
  score: number;
  reasons: Scored['reasons'];
  needId?: string;
  connection?: IntroConnection;
  opportunity?: Opportunity;
}

/** `kind=opportunity`: open opportunities fitting the seeker (modules/opportunities/matcher.ts). */
export interface OpportunityMatches {
  forProfile(request: { user: AuthUser; seeker: ProfileDoc; lang: Lang; limit: number; weights: Weights }): Promise<MatchItem[]>;
}

interface Ranked extends Scored {
  profile: ProfileDoc;
  needId?: string;
}

/** Best first; equal scores: verified first, then id, so the order is stable. */
export function byRank(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    Number(b.profile.verified) - Number(a.profile.verified) ||
    (a.profile._id < b.profile._id ? -1 : a.profile._id > b.profile._id ? 1 : 0)
  );
}

const coverageScore = (s: Scored) => s.reasons.find((r) => r.criterion === 'coverage')?.score ?? 0;

export class MatchingService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly needs: NeedsRepository,
    private readonly policies: ProvincePoliciesRepository,
    private readonly visibility: VisibilityRules,
    private readonly candidates: CandidateSource,
    private readonly pairs: PairHistory,
    private readonly exposure: ExposureLog,
    private readonly clock: Clock,
    private readonly opportunities: OpportunityMatches | null,
    private readonly connections: MatchConnections,
  ) {}

  async weightsFor(province: string): Promise<Weights> {
    return effectiveWeights((await this.policies.get(province)).weights);
  }

  async matches(user: AuthUser, request: MatchRequest): Promise<{ items: MatchItem[] }> {
    const seeker = await this.resolveSeeker(user, request.for);
    if (request.kind === 'opportunity') {
      if (!this.opportunities || request.needId) throw new NotFoundError(request.needId ? 'Need' : 'Opportunity matching');
      const weights = await this.weightsFor(seeker.province);
      return { items: await this.opportunities.forProfile({ user, seeker, lang: request.lang, limit: request.limit, weights }) };
    }
    let ranked: Ranked[];
    if (seeker.kind === 'startup') {
      ranked = await this.forStartup(user, seeker, request);
    } else {
      if (request.needId) throw new NotFoundError('Need');
      if (request.kind && request.kind !== 'startup') {
        throw new ValidationError('Experts, investors and providers are matched with startups.', [
          { path: 'query.kind', message: 'use kind=startup (or leave it out) for this profile' },
        ]);
      }
      // Need titles go into the reasons only for a reader who may read the need (staff of
      // another province asking for their expert may not).
      const reader = { user, own: seeker.userId === user.id ? seeker : await this.profiles.findByUserId(user.id) };
      ranked =
        seeker.kind === 'investor'
          ? await this.forInvestor(reader, seeker, request.lang)
          : await this.forHelper(reader, seeker, request.lang);
    }
    const page = ranked.sort(byRank).slice(0, request.limit);
    this.exposure.note(
      user.id,
      page.map((r) => ({ _id: r.profile._id, kind: r.profile.kind, province: r.profile.province })),
    );
    // The reader's own intros with the candidates shown (not staff asking on someone's behalf).
    const connected =
      seeker.userId === user.id
        ? await this.connections.between(
            seeker._id,
            page.map((r) => r.profile._id),
          )
        : new Map<string, IntroConnection>();
    return {
      items: page.map((r) => {
        const connection = connected.get(r.profile._id);
        return {
          profile: presentProfileSummary(r.profile),
          score: r.score,
          reasons: r.reasons,
          ...(r.needId ? { needId: r.needId } : {}),
          ...(connection ? { connection } : {}),
        };
      }),
    };
  }

  /**
   * The profile matches are for: `for`, or the caller's own (also `for=me`, as in /api/profiles/me).
   * 404 when unknown or not visible to the caller, 403 when not theirs to ask.
   */
  private async resolveSeeker(user: AuthUser, forId: string | undefined): Promise<ProfileDoc> {
    if (!forId || forId === 'me') {
      if (user.role === 'staff' || user.role === 'admin') {
        throw new ValidationError('Name the profile to find matches for.', [
          { path: 'query.for', message: 'required for staff and admin' },
        ]);
      }
      const own = await this.profiles.findByUserId(user.id);
      if (!own) throw new ConflictError('Create your profile first.', { profile: 'missing' });
      return own;
    }
    const seeker = await this.profiles.findById(forId);
    if (!seeker || !(await this.visibility.mayOpen(user, seeker))) throw new NotFoundError('Profile');
    if (!matchingPolicy.canAskFor(user, seeker)) {
      throw new ForbiddenError('You can see matches for your own profile; staff for profiles of their province.');
    }
    return seeker;
  }

  private async forStartup(user: AuthUser, startup: ProfileDoc, request: MatchRequest): Promise<Ranked[]> {
    if (request.kind === 'startup') {
      throw new ValidationError('A startup is matched with experts, investors or providers.', [
        { path: 'query.kind', message: 'use expert, investor or provider' },
      ]);
    }
    const kinds: readonly string[] = request.kind ? [request.kind] : HELPER_KINDS;
    const needs = await this.needsToMatch(startup, request.needId);
    if (needs.length === 0) return [];
    const categories = [...new Set(needs.map((n) => n.category))];
    const hidden = await this.candidates.hiddenProvinces(user, startup.province);
    const tiers = categories.flatMap((category) =>
      tiersForNeed({
        category,
        kinds,
        province: startup.province,
        sectors: startup.sectors,
        excludeIds: [startup._id],
        hiddenProvinces: hidden,
        share: 1 / categories.length,
      }),
    );
    const ids = await this.candidates.retrieve(tiers);
    const [loaded, pairs, weights] = await Promise.all([
      this.candidates.load(ids, { exposure: true, viewerId: user.id }),
      this.pairs.forSeeker(startup._id),
      this.weightsFor(startup.province),
    ]);
    const ctx: HardRuleContext = { seekerId: startup._id, ...pairs, hiddenProvinces: hidden };
    const eligible = loaded.profiles.filter((p) => kinds.includes(p.kind) && exclusionOf(p, ctx) === null);
    const options = this.scoreOptions(eligible, loaded.signals, weights, request.lang);
    const ranked: Ranked[] = [];
    for (const helper of eligible) {
      let best: Ranked | null = null;
      for (const need of needs) {
        const scored = scoreHelperForNeed(startup, need, helper, loaded.signals.get(helper._id)!, options);
        if (!best || scored.score > best.score) best = { ...scored, profile: helper, needId: need._id };
      }
      if (best && coverageScore(best) > 0) ranked.push(best);
    }
    return ranked;
  }

  private async needsToMatch(startup: ProfileDoc, needId: string | undefined): Promise<NeedDoc[]> {
    if (!needId) return this.needs.activeNeedsOf(startup._id);
    const need = await this.needs.findById(needId);
    if (!need || need.startupId !== startup._id) throw new NotFoundError('Need');
    if (!ACTIVE_NEED_STATUSES.includes(need.status)) {
      throw new ConflictError(`This need is ${need.status}; reopen it to look for matches.`, { status: need.status });
    }
    return [need];
  }

  private async forHelper(reader: Reader, helper: ProfileDoc, lang: Lang): Promise<Ranked[]> {
    const tiers = tiersForHelper({
      coverage: helper.coverage,
      province: helper.province,
      servesProvinces: helper.servesProvinces ?? [],
      sectors: helper.sectors,
      excludeIds: [helper._id],
    });
    return this.rankStartups(reader, helper, tiers, lang, (startup, needs, signals, options) => {
      const scored = scoreStartupForHelper(helper, startup, needs, signals, options);
      return coverageScore(scored) > 0 ? scored : null;
    });
  }

  private async forInvestor(reader: Reader, investor: ProfileDoc, lang: Lang): Promise<Ranked[]> {
    const tiers = tiersForInvestor({
      province: investor.province,
      servesProvinces: investor.servesProvinces ?? [],
      sectors: investor.sectors,
      excludeIds: [investor._id],
    });
    return this.rankStartups(reader, investor, tiers, lang, (startup, needs, signals, options) =>
      scoreStartupForInvestor(investor, startup, needs, signals, options),
    );
  }

  private async rankStartups(
    reader: Reader,
    seeker: ProfileDoc,
    tiers: Parameters<CandidateSource['retrieve']>[0],
    lang: Lang,
    score: (startup: ProfileDoc, needs: NeedSummary[], signals: CandidateSignals, options: ScoreOptions) => Scored | null,
  ): Promise<Ranked[]> {
    const ids = await this.candidates.retrieve(tiers);
    const [loaded, pairs, weights, openNeeds] = await Promise.all([
      this.candidates.load(ids, { exposure: true, viewerId: reader.user.id }),
      this.pairs.forSeeker(seeker._id),
      this.weightsFor(seeker.province),
      ids.length ? this.needs.find({ startupId: { $in: ids }, status: 'open' }, { sort: { createdAt: 1, _id: 1 } }) : Promise.resolve([]),
    ]);
    const ctx: HardRuleContext = { seekerId: seeker._id, ...pairs, hiddenProvinces: new Set() };
    const eligible = loaded.profiles.filter((p) => p.kind === 'startup' && exclusionOf(p, ctx) === null);
    const startups = new Map(eligible.map((p) => [p._id, p]));
    const needsOf = new Map<string, NeedSummary[]>();
    for (const n of openNeeds) {
      const readable = needPolicy.canView(reader.user, n, reader.own, startups.get(n.startupId) ?? null);
      needsOf.set(n.startupId, [
        ...(needsOf.get(n.startupId) ?? []),
        readable ? { category: n.category, title: n.title } : { category: n.category },
      ]);
    }
    const options = this.scoreOptions(eligible, loaded.signals, weights, lang);
    const ranked: Ranked[] = [];
    for (const startup of eligible) {
      const scored = score(startup, needsOf.get(startup._id) ?? [], loaded.signals.get(startup._id)!, options);
      if (scored) ranked.push({ ...scored, profile: startup });
    }
    return ranked;
  }

  private scoreOptions(
    eligible: readonly ProfileDoc[],
    signals: Map<string, CandidateSignals>,
    weights: Weights,
    lang: Lang,
  ): ScoreOptions {
    return { weights, lang, poolMedianExposure: median(eligible.map((p) => signals.get(p._id)?.recentShown ?? 0)) };
  }

  /** GET /api/matches/exposure: how often profiles were shown, most shown first. */
  async exposureCounts(user: AuthUser, query: { province?: string; kind?: string; limit: number }) {
    const province = query.province ?? (user.role === 'staff' ? (user.province ?? undefined) : undefined);
    if (user.role === 'staff' && province !== user.province)
      throw new ForbiddenError('Staff see the exposure counts of their own province.');
    const docs = await this.exposure.list({ ...(province ? { province } : {}), ...(query.kind ? { kind: query.kind } : {}) }, query.limit);
    const profiles = new Map((await this.candidates.profilesByIds(docs.map((d) => d._id))).map((p) => [p._id, p]));
    const window = windowDays(this.clock.now());
    return {
      items: docs
        .filter((d) => profiles.has(d._id))
        .map((d) => ({
          profile: presentProfileSummary(profiles.get(d._id)!),
          shown: d.shown,
          recentShown: recentCount(d.byDay, window),
          lastShownAt: d.lastShownAt,
        })),
    };
  }
}
