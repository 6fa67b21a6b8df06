// The matching module: candidates ranked by the scored criteria with readable reasons, the
// cohort planner, scoring weights per province and the exposure log that spreads attention.
import type { SearchEngine } from '@ketnoi/search';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import type { ApiRegistry } from '../../http/api.js';
import { CandidateSource } from './candidates.js';
import { registerMatchingRoutes } from './routes.js';
import { CohortPlanner } from './cohort.js';
import { MatchConnections } from './connections.js';
import { ExposureLog } from './exposureLog.js';
import { PairHistory } from './pairHistory.js';
import { MatchingService, type OpportunityMatches } from './service.js';
import { LiveSignals } from './signals.js';
import { WeightsService } from './weightsService.js';

export interface MatchingDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  logger: Logger;
  engine: SearchEngine;
  profiles: ProfilesRepository;
  needs: NeedsRepository;
  provincePolicies: ProvincePoliciesRepository;
  visibility: VisibilityRules;
  opportunities?: OpportunityMatches;
}

export function buildMatching(d: MatchingDeps) {
  const signals = new LiveSignals(d.store, d.clock);
  const exposure = new ExposureLog(d.store, d.clock, d.logger);
  const pairs = new PairHistory(d.store, d.clock);
  const candidates = new CandidateSource(d.engine, d.profiles, signals, exposure, d.provincePolicies, d.visibility);
  const matching = new MatchingService(
    d.profiles,
    d.needs,
    d.provincePolicies,
    d.visibility,
    candidates,
    pairs,
    exposure,
    d.clock,
    d.opportunities ?? null,
    new MatchConnections(d.store),
  );
  const planner = new CohortPlanner(d.needs, candidates, pairs, (province) => matching.weightsFor(province));
  const weights = new WeightsService(d.store, d.provincePolicies, d.events, d.clock);
  return {
    matching,
    planner,
    weights,
    signals,
    exposure,
    routes: (api: ApiRegistry) => registerMatchingRoutes(api, { matching, planner, weights }),
  };
}

export type Matching = ReturnType<typeof buildMatching>;
