// Who is connected over a need: the two sides of every accepted introduction about it. The needs
// policy lets them read the need whatever its status, so an expert can still open the need they
// are working on once it is in progress. Reads the intros collection directly (the intros module
// is built after this one and depends on it).
import type { Collection, Doc, Store } from '../../store/types.js';

interface IntroPartiesDoc extends Doc {
  fromProfileId: string;
  toProfileId: string;
  needId: string | null;
  status: string;
}

export class NeedIntroParties {
  private readonly intros: Collection<IntroPartiesDoc>;

  constructor(store: Store) {
    this.intros = store.collection<IntroPartiesDoc>({ name: 'intros', indexes: [{ fields: { needId: 1 } }] });
  }

  /** Profile ids on either side of an accepted intro about `needId`. */
  async of(needId: string): Promise<string[]> {
    const accepted = await this.intros.find(
      { needId, status: 'accepted' },
      { projection: { fromProfileId: 1, toProfileId: 1 }, limit: 200 },
    );
    return [...new Set(accepted.flatMap((i) => [i.fromProfileId, i.toProfileId]))];
  }
}
