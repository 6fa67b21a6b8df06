import type { Store } from '../../store/types.js';
import type { ConnectionChecker } from './policy.js';

/**
 * Two profiles are connected when an introduction between them was accepted (either
 * direction). Reads the intros collection that the intros module owns.
 */
export class IntroConnections implements ConnectionChecker {
  constructor(private readonly store: Store) {}

  async areConnected(a: string, b: string): Promise<boolean> {
    if (a === b) return true;
    const intros = this.store.collection({ name: 'intros' });
    // Equivalent to (a→b or b→a) since a ≠ b, and answerable from the fromProfileId index.
    const count = await intros.countDocuments({ fromProfileId: { $in: [a, b] }, toProfileId: { $in: [a, b] }, status: 'accepted' });
    return count > 0;
  }
}
