// POST /api/matches/plan: a cohort of needs → one expert (or provider) each, nobody over
// capacity, the most needs served and, among those, the largest total score (planner.ts).
// Candidates are retrieved once per (category, province, sectors) group and scored with the same
// criteria as GET /api/matches, except fair exposure, which the capacities already take care of.
import type { z } from 'zod';
import type { PlanBody } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { AppError, ConflictError, ForbiddenError } from '../../lib/errors.js';
import type { NeedDoc, NeedsRepository } from '../needs/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { CandidateSource } from './candidates.js';
import { coverageOf } from './criteria/coverage.js';
import type { PairHistory } from './pairHistory.js';
import type { PlanEdge } from './planner.js';
import { planAssignments } from './planner.js';
import { matchingPolicy } from './policy.js';
import { presentProfileSummary } from '../profiles/presenter.js';
import { tiersForNeed } from './retrieval.js';
import { exclusionOf } from './rules.js';
import { scoreHelperForNeed } from './score.js';
import type { Weights } from './weights.js';
import { ACTIVE_NEED_STATUSES } from '@ketnoi/contract';

export type PlanRequest = z.output<typeof PlanBody>;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export class CohortPlanner {
  constructor(
    private readonly needs: NeedsRepository,
    private readonly candidates: CandidateSource,
    private readonly pairs: PairHistory,
    private readonly weightsFor: (province: string) => Promise<Weights>,
  ) {}

  async plan(user: AuthUser, request: PlanRequest) {
    const needIds = [...new Set(request.needIds)];
    const found = new Map((await this.needs.collection.find({ _id: { $in: [...new Set(needIds)] } })).map((n) => [n._id, n]));
    const missing = needIds.filter((id) => !found.has(id));
    if (missing.length) throw new AppError(404, 'not_found', 'Need not found.', { needIds: missing });
    const needs = needIds.map((id) => found.get(id)!);
    const foreign = needs.filter((n) => !matchingPolicy.canManage(user, n.province));
    if (foreign.length) throw new ForbiddenError('Staff can plan only needs of their own province.');
    const closed = needs.filter((n) => !ACTIVE_NEED_STATUSES.includes(n.status));
    if (closed.length) throw new ConflictError('Some needs are no longer open.', { needIds: closed.map((n) => n._id) });

    const startups = new Map((await this.candidates.profilesByIds(needs.map((n) => n.startupId))).map((p) => [p._id, p]));
    const pools = await this.poolsFor(user, needs, startups, request.kind);
    const candidateIds = [...new Set([...pools.values()].flat())];
    const [loaded, exclusions] = await Promise.all([
      this.candidates.load(candidateIds, { exposure: false }),
      this.pairs.forSeekers([...startups.keys()]),
    ]);
    const byId = new Map(loaded.profiles.map((p) => [p._id, p]));
    const index = new Map<string, number>();
    const chosen: ProfileDoc[] = [];
    const edges: PlanEdge[] = [];
    const weights = new Map<string, Weights>();
    const hidden = new Map<string, Set<string>>();

    for (const [i, need] of needs.entries()) {
      const startup = startups.get(need.startupId);
      if (!startup) continue;
      if (!weights.has(startup.province)) weights.set(startup.province, await this.weightsFor(startup.province));
      if (!hidden.has(startup.province)) hidden.set(startup.province, await this.candidates.hiddenProvinces(user, startup.province));
      const ctx = { seekerId: startup._id, ...exclusions.get(startup._id)!, hiddenProvinces: hidden.get(startup.province)! };
      for (const id of pools.get(groupKey(need, startup)) ?? []) {
        const helper = byId.get(id);
        // A cohort assignment needs someone who does exactly this work, not a neighbouring field.
        if (
          !helper ||
          helper.kind !== request.kind ||
          exclusionOf(helper, ctx) ||
          coverageOf(need.category, helper.coverage).kind !== 'exact'
        )
          continue;
        const scored = scoreHelperForNeed(startup, need, helper, loaded.signals.get(id)!, {
          // Weight 0 leaves fair exposure out of the mean (it is not loaded: every candidate would score 1).
          weights: { ...weights.get(startup.province)!, exposure: 0 },
          lang: 'vi',
          poolMedianExposure: 0,
        });
        if (!index.has(id)) {
          index.set(id, chosen.length);
          chosen.push(helper);
        }
        edges.push({ need: i, candidate: index.get(id)!, score: scored.score });
      }
    }

    const capacities = chosen.map((helper) => {
      const spare =
        helper.capacity === undefined ? needs.length : Math.max(0, helper.capacity - loaded.signals.get(helper._id)!.activeConsultations);
      return Math.min(spare, request.capacityPerCandidate ?? Infinity);
    });
    const result = planAssignments({ needs: needs.length, capacities, edges });
    const scoreOf = new Map(edges.map((e) => [`${e.need}:${e.candidate}`, e.score]));
    const assignments: { needId: string; profileId: string; score: number; profile: ReturnType<typeof presentProfileSummary> }[] = [];
    const unassigned: string[] = [];
    let total = 0;
    result.assignment.forEach((candidate, i) => {
      const need = needs[i]!;
      if (candidate === null) return void unassigned.push(need._id);
      const score = scoreOf.get(`${i}:${candidate}`)!;
      total += score;
      assignments.push({ needId: need._id, profileId: chosen[candidate]!._id, score, profile: presentProfileSummary(chosen[candidate]!) });
    });
    return { assignments, unassigned, totalScore: round4(total) };
  }

  /** Candidate ids per retrieval group (needs of one category, province and sector set share one). */
  private async poolsFor(
    user: AuthUser,
    needs: NeedDoc[],
    startups: Map<string, ProfileDoc>,
    kind: string,
  ): Promise<Map<string, string[]>> {
    const pools = new Map<string, string[]>();
    for (const need of needs) {
      const startup = startups.get(need.startupId);
      if (!startup) continue;
      const key = groupKey(need, startup);
      if (pools.has(key)) continue;
      const hidden = await this.candidates.hiddenProvinces(user, startup.province);
      const tiers = tiersForNeed({
        category: need.category,
        kinds: [kind],
        province: startup.province,
        sectors: startup.sectors,
        excludeIds: [],
        hiddenProvinces: hidden,
      });
      pools.set(key, await this.candidates.retrieve(tiers));
    }
    return pools;
  }
}

function groupKey(need: NeedDoc, startup: ProfileDoc): string {
  return `${need.category}|${startup.province}|${[...startup.sectors].sort().join(',')}`;
}
