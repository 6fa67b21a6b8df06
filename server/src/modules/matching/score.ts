// Scoring one pair in each direction: which criteria apply and with what inputs. Pure; the
// service supplies profiles, needs and live signals. Criteria that do not apply to a pair (ticket
// size for an expert, capacity for a startup) are left out of the mean and of the reasons.
import type { ProfileDoc } from '../profiles/repository.js';
import { capacityCriterion } from './criteria/capacity.js';
import type { NeedSummary } from './criteria/coverage.js';
import { fundingInterest, helperCoverage, startupNeedCoverage } from './criteria/coverage.js';
import { exposureFairness } from './criteria/exposure.js';
import { feedback } from './criteria/feedback.js';
import { geography, type Reach } from './criteria/geography.js';
import { stageFit, ticketFit } from './criteria/investment.js';
import { responsiveness } from './criteria/responsiveness.js';
import { sectorOverlap } from './criteria/sector.js';
import { sharedLanguage, verified } from './criteria/trust.js';
import type { Criterion, CriterionResult, Lang } from './criteria/types.js';
import type { Scored, Weights } from './weights.js';
import { combine } from './weights.js';

export type MatchProfile = Pick<
  ProfileDoc,
  | '_id'
  | 'kind'
  | 'province'
  | 'sectors'
  | 'languages'
  | 'verified'
  | 'coverage'
  | 'stage'
  | 'fundingAsk'
  | 'capacity'
  | 'remote'
  | 'servesProvinces'
  | 'ticket'
  | 'stages'
>;

/** Live signals of one profile (see signals.ts); `recentShown` comes from match exposure. */
export interface CandidateSignals {
  activeConsultations: number;
  medianResponseHours: number | null;
  timedResponses: number;
  accepted: number;
  declined: number;
  ratingSum: number;
  ratings: number;
  recentShown: number;
}

export const NO_SIGNALS: Readonly<CandidateSignals> = {
  activeConsultations: 0,
  medianResponseHours: null,
  timedResponses: 0,
  accepted: 0,
  declined: 0,
  ratingSum: 0,
  ratings: 0,
  recentShown: 0,
};

export interface ScoreOptions {
  weights: Weights;
  lang: Lang;
  /** Median recent exposure over the candidate pool (criteria/exposure.ts). */
  poolMedianExposure: number;
}

export function reachOf(helper: MatchProfile): Reach {
  const serves = helper.servesProvinces ?? [];
  const anywhere = helper.kind === 'expert' ? helper.remote === true : helper.kind === 'investor' ? serves.length === 0 : false;
  return { province: helper.province, servesProvinces: serves, anywhere };
}

function liveCriteria(
  signals: CandidateSignals,
  poolMedianExposure: number,
  withFeedback: boolean,
): Partial<Record<Criterion, CriterionResult>> {
  const out: Partial<Record<Criterion, CriterionResult>> = {
    responsiveness: responsiveness({
      medianHours: signals.medianResponseHours,
      timed: signals.timedResponses,
      accepted: signals.accepted,
      declined: signals.declined,
    }),
    exposure: exposureFairness(signals.recentShown, poolMedianExposure),
  };
  if (withFeedback) out.feedback = feedback(signals.ratingSum, signals.ratings);
  return out;
}

/** A startup's need → an expert, provider or investor. */
export function scoreHelperForNeed(
  startup: MatchProfile,
  need: NeedSummary,
  helper: MatchProfile,
  signals: CandidateSignals,
  options: ScoreOptions,
): Scored {
  const results: Partial<Record<Criterion, CriterionResult>> = {
    coverage: helperCoverage(need.category, { kind: helper.kind as 'expert' | 'provider' | 'investor', coverage: helper.coverage }),
    sector: sectorOverlap(startup.sectors, helper.sectors),
    geography: geography(reachOf(helper), startup.province),
    verified: verified(helper.verified),
    language: sharedLanguage(startup.languages, helper.languages),
    ...liveCriteria(signals, options.poolMedianExposure, true),
  };
  if (helper.kind === 'investor') {
    results.stage = stageFit(startup.stage, helper.stages ?? []);
    results.ticket = ticketFit(startup.fundingAsk, helper.ticket);
  }
  const capacity = capacityCriterion(helper.capacity, signals.activeConsultations);
  if (capacity) results.capacity = capacity;
  return combine(results, options.weights, options.lang);
}

/** What every match toward a startup weighs besides coverage (and an investor's stage and ticket). */
function towardStartup(seeker: MatchProfile, startup: MatchProfile, signals: CandidateSignals, options: ScoreOptions) {
  return {
    sector: sectorOverlap(startup.sectors, seeker.sectors),
    geography: geography(reachOf(seeker), startup.province),
    verified: verified(startup.verified),
    language: sharedLanguage(seeker.languages, startup.languages),
    ...liveCriteria(signals, options.poolMedianExposure, false),
  };
}

/** An expert or provider → a startup whose open needs it might cover. */
export function scoreStartupForHelper(
  helper: MatchProfile,
  startup: MatchProfile,
  openNeeds: readonly NeedSummary[],
  signals: CandidateSignals,
  options: ScoreOptions,
): Scored {
  const coverage = startupNeedCoverage(openNeeds, helper.coverage);
  return combine({ coverage, ...towardStartup(helper, startup, signals, options) }, options.weights, options.lang);
}

/** An investor → a startup that fits its thesis. */
export function scoreStartupForInvestor(
  investor: MatchProfile,
  startup: MatchProfile,
  openNeeds: readonly NeedSummary[],
  signals: CandidateSignals,
  options: ScoreOptions,
): Scored {
  return combine(
    {
      coverage: fundingInterest(openNeeds, startup.fundingAsk),
      stage: stageFit(startup.stage, investor.stages ?? []),
      ticket: ticketFit(startup.fundingAsk, investor.ticket),
      ...towardStartup(investor, startup, signals, options),
    },
    options.weights,
    options.lang,
  );
}
