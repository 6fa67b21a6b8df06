// The intros collection as matching reads it (the intros module writes it): looked up by either
// party. One declaration, so the indexes matching relies on are stated once.
import type { Collection, Doc, Store } from '../../store/types.js';

export function introsByParty<T extends Doc & { fromProfileId: string; toProfileId: string }>(store: Store): Collection<T> {
  return store.collection<T>({ name: 'intros', indexes: [{ fields: { fromProfileId: 1 } }, { fields: { toProfileId: 1 } }] });
}
