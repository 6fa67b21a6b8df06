// Contact log: phone, Zalo, meeting and e-mail contacts staff had about a startup, a profile, a
// need or an introduction, so brokering is not done from memory. Only what staff type is stored;
// no contact details are copied from profiles.
import type { z } from 'zod';
import type { ContactBody, ContactListQuery as ContactListQuerySchema, Page } from '@ketnoi/contract';
import type { ContactLogEntry } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import type { Collection, Doc, Filter, Store } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import { presentContact } from './presenter.js';
import { staffScope } from './policy.js';
import type { SubjectResolver } from './subjects.js';
import type { SubjectType } from '@ketnoi/contract';

import type { ContactChannel } from '@ketnoi/contract';

export interface ContactDoc extends Doc {
  subjectType: SubjectType;
  subjectId: string;
  /** The subject's province when logged (scope of the entry). */
  province: string;
  /** Profiles the subject concerns: the startup, the profile, or both sides of an intro. */
  profileIds: string[];
  channel: ContactChannel;
  note: string;
  /** When the contact happened (given by staff, default: when logged). */
  at: string;
  by: string;
  byName: string;
  createdAt: string;
}

export type LogContactInput = z.output<typeof ContactBody>;

export type ContactListQuery = z.output<typeof ContactListQuerySchema>;

/** A contact may be logged a little ahead of the server clock, never days ahead. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

export class ContactLog {
  readonly collection: Collection<ContactDoc>;

  constructor(
    store: Store,
    private readonly subjects: SubjectResolver,
    private readonly profiles: ProfilesRepository,
    private readonly clock: Clock,
  ) {
    this.collection = store.collection<ContactDoc>({
      name: 'contact_log',
      indexes: [{ fields: { province: 1, at: -1 } }, { fields: { subjectId: 1 } }, { fields: { profileIds: 1 } }],
    });
  }

  async log(user: AuthUser, input: LogContactInput): Promise<ContactLogEntry> {
    const subject = staffScope.found(user, await this.subjects.resolve(input.subjectType, input.subjectId), 'Subject');
    const now = this.clock.now();
    const at = input.at ? new Date(input.at) : now;
    if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new ValidationError('A contact cannot be logged in the future.', [{ path: 'at', message: 'in the future' }]);
    }
    const doc: ContactDoc = {
      _id: newId(),
      subjectType: subject.type,
      subjectId: subject.id,
      province: subject.province,
      profileIds: subject.profileIds,
      channel: input.channel,
      note: input.note,
      at: at.toISOString(),
      by: user.id,
      byName: user.name,
      createdAt: now.toISOString(),
    };
    await this.collection.insertOne(doc);
    return presentContact(doc);
  }

  async list(user: AuthUser, query: ContactListQuery): Promise<Page<ContactLogEntry>> {
    const scope = staffScope.listScope(user, { province: query.province });
    const clauses: Filter[] = [staffScope.filter(scope)];
    if (query.subjectId) {
      const subject = staffScope.found(user, await this.subjects.resolveAny(query.subjectId), 'Subject');
      clauses.push({ subjectId: subject.id });
    }
    if (query.profileId) {
      if (!(await this.profiles.findById(query.profileId))) throw new NotFoundError('Profile');
      clauses.push({ profileIds: query.profileId });
    }
    return mapPage(await findPage(this.collection, allOf(...clauses), query, 'at', -1), presentContact);
  }
}
