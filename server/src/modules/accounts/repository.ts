import { fold } from '@ketnoi/search';
import type { Collection, Doc, Store } from '../../store/types.js';
import type { Language, Page, ProvinceCode, Role } from '@ketnoi/contract';
import { findPage, type PageQuery } from '../../lib/pagination.js';

export interface UserDoc extends Doc {
  email: string;
  passwordHash: string;
  role: Role;
  name: string;
  province: ProvinceCode | null;
  /** Language of mails (absent on accounts created before it existed: Vietnamese). */
  language?: Language;
  createdAt: string;
  updatedAt: string;
  lastLoginAt?: string;
  /** Folded name and e-mail, for the administrator's search (searchKeyOf; backfilled by a migration). */
  searchKey: string;
  /** Suspended by an administrator: cannot sign in, sessions ended, profile withheld. */
  suspended?: boolean;
  suspendedAt?: string;
  suspendedBy?: string;
  suspendReason?: string | null;
}

/** What the administrator's search matches: name and e-mail, folded (no diacritics, lower case). */
export const searchKeyOf = (user: Pick<UserDoc, 'name' | 'email'>) => fold(`${user.name} ${user.email}`);

export class UsersRepository {
  private readonly users: Collection<UserDoc>;

  constructor(store: Store) {
    this.users = store.collection<UserDoc>({
      name: 'users',
      indexes: [{ fields: { email: 1 }, unique: true }, { fields: { role: 1 } }, { fields: { province: 1 } }],
    });
  }

  insert(user: UserDoc): Promise<UserDoc> {
    return this.users.insertOne(user);
  }

  findById(id: string): Promise<UserDoc | null> {
    return this.users.findOne({ _id: id });
  }

  findMany(ids: readonly string[]): Promise<UserDoc[]> {
    return ids.length ? this.users.find({ _id: { $in: [...ids] } }) : Promise.resolve([]);
  }

  findByEmail(email: string): Promise<UserDoc | null> {
    return this.users.findOne({ email });
  }

  async update(id: string, fields: Partial<Omit<UserDoc, '_id'>>): Promise<UserDoc | null> {
    return this.users.findOneAndUpdate({ _id: id }, { $set: fields }, { returnDocument: 'after' });
  }

  /**
   * Replace the password hash only if it is still `expected` (the one just checked): of two changes
   * sent at once, the second finds the hash changed and sets nothing. Null when it had changed.
   */
  replacePasswordHash(id: string, expected: string, passwordHash: string, updatedAt: string): Promise<UserDoc | null> {
    return this.users.findOneAndUpdate(
      { _id: id, passwordHash: expected },
      { $set: { passwordHash, updatedAt } },
      { returnDocument: 'after' },
    );
  }

  /** A page of the administrator's list: newest first, `filter` built by the user-admin service. */
  list(filter: Record<string, unknown>, query: PageQuery): Promise<Page<UserDoc>> {
    return findPage(this.users, filter, query, 'createdAt', -1);
  }

  /** Staff accounts of a province (for staff-queue notifications). */
  staffOf(province: string): Promise<UserDoc[]> {
    return this.users.find({ province, role: 'staff' }, { projection: { _id: 1, name: 1, province: 1, role: 1 } });
  }

  count(filter: Record<string, unknown> = {}): Promise<number> {
    return this.users.countDocuments(filter);
  }
}
