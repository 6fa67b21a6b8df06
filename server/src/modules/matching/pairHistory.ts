// Reads what the hard rules need about pairs: introductions declined in the cool-down window and
// declared conflicts of interest, for one or many seekers at once (indexed lookups, no scans).
import type { Clock } from '../../lib/clock.js';
import type { Collection, Doc, Store } from '../../store/types.js';
import { introsByParty } from './introsView.js';
import type { ConflictRecord, DeclinedIntro } from './rules.js';
import { DECLINE_COOLDOWN_DAYS, conflictPartners, declinedPartners } from './rules.js';

interface IntroPairDoc extends Doc, DeclinedIntro {}
interface ConflictDoc extends Doc, ConflictRecord {}

const DAY_MS = 86_400_000;

export interface PairExclusions {
  declinedWith: Set<string>;
  conflictsWith: Set<string>;
}

export class PairHistory {
  private readonly intros: Collection<IntroPairDoc>;
  private readonly conflicts: Collection<ConflictDoc>;

  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    this.intros = introsByParty<IntroPairDoc>(store);
    this.conflicts = store.collection<ConflictDoc>({
      name: 'conflicts',
      indexes: [{ fields: { profileId: 1 } }, { fields: { otherProfileId: 1 } }],
    });
  }

  /** Exclusions of each seeker (declined pairs within the cool-down, declared conflicts). */
  async forSeekers(seekerIds: readonly string[]): Promise<Map<string, PairExclusions>> {
    const ids = [...new Set(seekerIds)];
    const now = this.clock.now();
    const since = new Date(now.getTime() - DECLINE_COOLDOWN_DAYS * DAY_MS).toISOString();
    const declined = { status: 'declined', declinedAt: { $gte: since } };
    const projection = { fromProfileId: 1, toProfileId: 1, status: 1, declinedAt: 1 } as const;
    // Two indexed queries each instead of one $or, which the embedded planner cannot index.
    const [sent, received, declared, named] = await Promise.all([
      this.intros.find({ fromProfileId: { $in: ids }, ...declined }, { projection }),
      this.intros.find({ toProfileId: { $in: ids }, ...declined }, { projection }),
      this.conflicts.find({ profileId: { $in: ids } }, { projection: { profileId: 1, otherProfileId: 1 } }),
      this.conflicts.find({ otherProfileId: { $in: ids } }, { projection: { profileId: 1, otherProfileId: 1 } }),
    ]);
    const intros = [...sent, ...received];
    const conflicts = [...declared, ...named];
    const out = new Map<string, PairExclusions>();
    for (const id of ids) {
      out.set(id, {
        declinedWith: declinedPartners(
          id,
          intros.filter((i) => i.fromProfileId === id || i.toProfileId === id),
          now,
        ),
        conflictsWith: conflictPartners(
          id,
          conflicts.filter((c) => c.profileId === id || c.otherProfileId === id),
        ),
      });
    }
    return out;
  }

  async forSeeker(seekerId: string): Promise<PairExclusions> {
    return (await this.forSeekers([seekerId])).get(seekerId)!;
  }
}
