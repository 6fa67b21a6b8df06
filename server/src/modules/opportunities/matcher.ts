// GET /api/matches?kind=opportunity: open opportunities that fit a profile, scored with the
// matching criteria and explained like other matches. A startup's open needs meet offers; an
// expert's expertise, a provider's offerings or an investor's funding meet requests. Only
// opportunities the profile could answer are shown: owners it may see, and pairs introductions
// allow (a startup answers helpers, a helper answers startups).
import type { Match } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { coverageOf } from '../matching/criteria/coverage.js';
import { geography } from '../matching/criteria/geography.js';
import { needLabel } from '../matching/criteria/labels.js';
import { sectorOverlap } from '../matching/criteria/sector.js';
import { verified } from '../matching/criteria/trust.js';
import type { Criterion, CriterionResult, Lang } from '../matching/criteria/types.js';
import { result } from '../matching/criteria/types.js';
import { reachOf } from '../matching/score.js';
import type { Weights } from '../matching/weights.js';
import { combine } from '../matching/weights.js';
import { isAllowedPair } from '../intros/policy.js';
import type { NeedDoc, NeedsRepository } from '../needs/repository.js';
import { presentProfileSummary } from '../profiles/presenter.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import { RELATED_CATEGORIES } from '../matching/criteria/coverage.js';
import { presentOpportunity } from './presenter.js';
import type { OpportunitiesRepository, OpportunityDoc } from './repository.js';

/** Open opportunities read per request (newest first) before scoring. */
const CANDIDATE_LIMIT = 500;

export interface OpportunityMatchRequest {
  user: AuthUser;
  seeker: ProfileDoc;
  lang: Lang;
  limit: number;
  weights: Weights;
}

export class OpportunityMatcher {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly profiles: ProfilesRepository,
    private readonly needs: NeedsRepository,
    private readonly visibility: VisibilityRules,
    private readonly clock: Clock,
  ) {}

  async forProfile({ user, seeker, lang, limit, weights }: OpportunityMatchRequest): Promise<Match[]> {
    const needs = seeker.kind === 'startup' ? await this.needs.activeNeedsOf(seeker._id) : [];
    const wanted = seeker.kind === 'startup' ? needs.map((n) => n.category) : seeker.coverage;
    if (wanted.length === 0) return [];
    const categories = [...new Set(wanted.flatMap((c) => [c, ...(RELATED_CATEGORIES[c] ?? [])]))];
    const now = this.clock.now().toISOString();
    const candidates = await this.opportunities.find(
      {
        status: 'open',
        expiresAt: { $gt: now },
        type: seeker.kind === 'startup' ? 'offer' : 'request',
        category: { $in: categories },
        profileId: { $ne: seeker._id },
      },
      { sort: { createdAt: -1, _id: -1 }, limit: CANDIDATE_LIMIT },
    );
    const owners = new Map((await this.profiles.findMany([...new Set(candidates.map((c) => c.profileId))])).map((p) => [p._id, p]));
    const scored: (Match & { createdAt: string })[] = [];
    for (const opportunity of candidates) {
      const owner = owners.get(opportunity.profileId);
      if (!owner || owner.hidden || owner.suspended || !isAllowedPair(seeker.kind, owner.kind)) continue;
      if (!(await this.visibility.canSee(user, owner))) continue;
      const fit = seeker.kind === 'startup' ? this.forStartup(seeker, needs, opportunity) : this.forHelper(seeker, opportunity);
      if (!fit.coverage || fit.coverage.score === 0) continue;
      const { score, reasons } = combine({ ...fit.results, coverage: fit.coverage, verified: verified(owner.verified) }, weights, lang);
      scored.push({
        profile: presentProfileSummary(owner),
        score,
        reasons,
        ...(fit.needId ? { needId: fit.needId } : {}),
        opportunity: presentOpportunity(opportunity, owner, now),
        createdAt: opportunity.createdAt,
      });
    }
    return scored
      .sort((a, b) => b.score - a.score || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
      .slice(0, limit)
      .map(({ createdAt: _c, ...match }) => match);
  }

  /** An offer for a startup: the need it fits best, the startup's sectors, and where it applies. */
  private forStartup(startup: ProfileDoc, needs: NeedDoc[], offer: OpportunityDoc) {
    let best: { need: NeedDoc; coverage: CriterionResult } | null = null;
    for (const need of needs) {
      const c = coverageOf(need.category, [offer.category]);
      if (c.kind === 'none') continue;
      const label = needLabel(need.category);
      const coverage =
        c.kind === 'exact'
          ? result(1, `Đúng nhu cầu “${need.title}” (${label.vi})`, `Fits your need “${need.title}” (${label.en})`)
          : result(
              c.score,
              `Liên quan đến nhu cầu “${need.title}”: ${needLabel(offer.category).vi}`,
              `Related to your need “${need.title}”: ${needLabel(offer.category).en}`,
            );
      if (!best || coverage.score > best.coverage.score) best = { need, coverage };
    }
    const results: Partial<Record<Criterion, CriterionResult>> = {
      sector: sectorOverlap(startup.sectors, offer.sectors),
      geography: geography({ province: offer.province }, startup.province),
    };
    return { coverage: best?.coverage ?? null, needId: best?.need._id ?? null, results };
  }

  /** A request for an expert, provider or investor: its coverage, the request's sectors, where it applies. */
  private forHelper(helper: ProfileDoc, request: OpportunityDoc) {
    const c = coverageOf(request.category, helper.coverage);
    const asked = needLabel(request.category);
    const coverage =
      c.kind === 'exact'
        ? result(1, `Đúng việc bạn làm: ${asked.vi}`, `What you offer: ${asked.en}`)
        : c.kind === 'related'
          ? result(
              c.score,
              `Gần với việc bạn làm (${needLabel(c.via!).vi}): ${asked.vi}`,
              `Close to what you offer (${needLabel(c.via!).en}): ${asked.en}`,
            )
          : null;
    const results: Partial<Record<Criterion, CriterionResult>> = {
      sector: sectorOverlap(request.sectors, helper.sectors),
      geography: geography(reachOf(helper), request.province),
    };
    return { coverage, needId: null, results };
  }
}
