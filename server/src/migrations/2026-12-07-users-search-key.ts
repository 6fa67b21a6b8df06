// Accounts made before the administrator's user search get their search key (folded name and
// e-mail), so GET /api/admin/users?q= finds them too.
import { searchKeyOf } from '../modules/accounts/repository.js';
import type { Doc, Store } from '../store/types.js';
import type { Migration } from './runner.js';

interface LegacyUser extends Doc {
  name: string;
  email: string;
  searchKey?: string;
}

export const usersSearchKey: Migration = {
  id: '2026-12-07-users-search-key',
  description: 'Give every account the folded name and e-mail the admin user search matches',
  async up(store: Store) {
    const users = store.collection<LegacyUser>({ name: 'users' });
    let changed = 0;
    for (const user of await users.find({ searchKey: { $exists: false } }, { projection: { name: 1, email: 1 } })) {
      const { modifiedCount } = await users.updateOne(
        { _id: user._id, searchKey: { $exists: false } },
        { $set: { searchKey: searchKeyOf(user) } },
      );
      changed += modifiedCount;
    }
    return changed;
  },
};
