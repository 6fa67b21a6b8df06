// What a match list says about a candidate the reader is already in touch with: the open or
// accepted introduction between them, so the card offers "answer the request" or "message"
// instead of a second request the server would refuse (issue 14 items 20 and 22).
import type { IntroConnection, IntroStatus } from '@ketnoi/contract';
import { OPEN_INTRO_STATUSES } from '@ketnoi/contract';
import type { Collection, Doc, Store } from '../../store/types.js';
import { introsByParty } from './introsView.js';

interface ConnectionDoc extends Doc {
  fromProfileId: string;
  toProfileId: string;
  brokeredBy: string | null;
  status: IntroStatus;
  awaiting: string[];
  conversationId: string | null;
  createdAt: string;
}

/** Waiting for an answer, or accepted: the pair may not ask again (intros/service.ts). */
const LIVE: readonly IntroStatus[] = [...OPEN_INTRO_STATUSES, 'accepted'];

export class MatchConnections {
  private readonly intros: Collection<ConnectionDoc>;

  constructor(store: Store) {
    this.intros = introsByParty<ConnectionDoc>(store);
  }

  /** Candidate id → the live intro between `seekerId` and that candidate (at most one exists per pair). */
  async between(seekerId: string, candidateIds: readonly string[]): Promise<Map<string, IntroConnection>> {
    const out = new Map<string, IntroConnection>();
    if (candidateIds.length === 0) return out;
    const ids = [...candidateIds];
    // Two indexed queries instead of one $or, which the embedded planner cannot index.
    const [sent, received] = await Promise.all([
      this.intros.find({ fromProfileId: seekerId, toProfileId: { $in: ids }, status: { $in: LIVE } }),
      this.intros.find({ toProfileId: seekerId, fromProfileId: { $in: ids }, status: { $in: LIVE } }),
    ]);
    for (const intro of [...sent, ...received].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      const other = intro.fromProfileId === seekerId ? intro.toProfileId : intro.fromProfileId;
      out.set(other, {
        introId: intro._id,
        status: intro.status as IntroConnection['status'],
        direction: intro.brokeredBy ? 'brokered' : intro.fromProfileId === seekerId ? 'outgoing' : 'incoming',
        awaitingYou: intro.status === 'pending' && intro.awaiting.includes(seekerId),
        ...(intro.conversationId ? { conversationId: intro.conversationId } : {}),
      });
    }
    return out;
  }
}
