// The candidate side of a match request: retrieval through the search engine, then the profiles,
// live signals and recent exposure of exactly those ids, fetched together (a handful of $in
// queries per request, whatever the pool size).
import type { SearchEngine } from '@ketnoi/search';
import type { AuthUser } from '../../http/api.js';
import type { ProfileDoc, ProfilesRepository } from '../profiles/repository.js';
import type { VisibilityRules } from '../profiles/visibility.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import type { ExposureLog } from './exposureLog.js';
import type { RetrievalTier } from './retrieval.js';
import { retrieve } from './retrieval.js';
import { provincesHiddenFrom } from './rules.js';
import type { CandidateSignals } from './score.js';
import { NO_SIGNALS } from './score.js';
import type { LiveSignals } from './signals.js';

export interface LoadedCandidates {
  profiles: ProfileDoc[];
  signals: Map<string, CandidateSignals>;
}

export class CandidateSource {
  constructor(
    private readonly engine: SearchEngine,
    private readonly profiles: ProfilesRepository,
    private readonly signals: LiveSignals,
    private readonly exposure: ExposureLog,
    private readonly policies: ProvincePoliciesRepository,
    private readonly visibility: VisibilityRules,
  ) {}

  /** Profiles by id (order not kept; unknown ids skipped). */
  profilesByIds(ids: readonly string[]): Promise<ProfileDoc[]> {
    return this.profiles.findMany(ids);
  }

  /**
   * Provinces whose helpers may not be matched: hidden from the viewer, or from the profile the
   * matches are for (an admin asking for a startup sees what the startup could act on).
   */
  async hiddenProvinces(viewer: AuthUser, seekerProvince: string): Promise<Set<string>> {
    const [forViewer, policies] = await Promise.all([this.visibility.hiddenProvincesFor(viewer), this.policies.all()]);
    return new Set([...forViewer, ...provincesHiddenFrom(seekerProvince, policies.values())]);
  }

  retrieve(tiers: readonly RetrievalTier[]): Promise<string[]> {
    return retrieve(this.engine, tiers);
  }

  /** Profiles of `ids` with their live signals (and recent exposure when asked, not counting `viewerId`'s own views). */
  async load(ids: readonly string[], options: { exposure: boolean; viewerId?: string }): Promise<LoadedCandidates> {
    if (ids.length === 0) return { profiles: [], signals: new Map() };
    const [profiles, live, shown] = await Promise.all([
      this.profilesByIds(ids),
      this.signals.forProfiles(ids),
      options.exposure ? this.exposure.recent(ids, options.viewerId) : Promise.resolve(new Map<string, number>()),
    ]);
    const signals = new Map<string, CandidateSignals>();
    for (const id of ids) signals.set(id, { ...NO_SIGNALS, ...live.get(id), recentShown: shown.get(id) ?? 0 });
    return { profiles, signals };
  }
}
