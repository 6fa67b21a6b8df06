// Conflict declarations made before `declaredProvince` existed get the declaring staff member's
// province (null when an admin declared it), so only that office may withdraw them.
import type { Doc, Store } from '../store/types.js';
import type { Migration } from './runner.js';

interface LegacyConflict extends Doc {
  declaredBy: string;
  declaredProvince?: string | null;
}

export const conflictsDeclaredProvince: Migration = {
  id: '2026-12-06-conflicts-declared-province',
  description: 'Record the declaring province of older conflict-of-interest declarations',
  async up(store: Store) {
    const conflicts = store.collection<LegacyConflict>({ name: 'conflicts' });
    const users = store.collection<Doc & { role: string; province: string | null }>({ name: 'users' });
    let changed = 0;
    for (const conflict of await conflicts.find({ declaredProvince: { $exists: false } })) {
      const declarer = await users.findOne({ _id: conflict.declaredBy });
      const declaredProvince = declarer?.role === 'staff' ? declarer.province : null;
      const { modifiedCount } = await conflicts.updateOne(
        { _id: conflict._id, declaredProvince: { $exists: false } },
        { $set: { declaredProvince } },
      );
      changed += modifiedCount;
    }
    return changed;
  },
};
