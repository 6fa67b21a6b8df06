// Registrations of profiles to events. One document per (event, profile): registering again
// after a cancellation reuses it, so the unique index also refuses concurrent double
// registrations. `code` is unique per event (the ticket's QR code carries it).
import type { RegistrationStatus } from '@ketnoi/contract';
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store } from '../../store/types.js';
import type { StatusChange } from '../needs/repository.js';

export interface RegistrationDoc extends Doc {
  eventId: string;
  profileId: string;
  /** The profile's owner, who is told about changes. */
  userId: string;
  /** The profile's province (assisted registration and reports). */
  province: string;
  status: RegistrationStatus;
  offers: string[];
  seeks: string[];
  note: string;
  code: string;
  checkedInAt: string | null;
  checkedInBy: string | null;
  /** Who registered: the owner, or a staff member (assisted). */
  registeredBy: string;
  assisted: boolean;
  /** Place in the waitlist queue: when the registration last joined it (ISO). */
  queuedAt: string;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export const ACTIVE_REGISTRATION: readonly RegistrationStatus[] = ['registered', 'waitlisted'];

export class RegistrationsRepository extends DocumentRepository<RegistrationDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'event_registrations',
      indexes: [
        { fields: { eventId: 1, profileId: 1 }, unique: true },
        { fields: { eventId: 1, code: 1 }, unique: true },
        { fields: { profileId: 1 } },
        { fields: { eventId: 1, status: 1 } },
      ],
    });
  }

  forProfile(eventId: string, profileId: string): Promise<RegistrationDoc | null> {
    return this.collection.findOne({ eventId, profileId });
  }

  byCode(eventId: string, code: string): Promise<RegistrationDoc | null> {
    return this.collection.findOne({ eventId, code });
  }

  /** The waitlisted registration that moves up next: longest in the queue. */
  async nextWaitlisted(eventId: string): Promise<RegistrationDoc | null> {
    const [first] = await this.collection.find({ eventId, status: 'waitlisted' }, { sort: { queuedAt: 1, _id: 1 }, limit: 1 });
    return first ?? null;
  }

  /** 1-based place of a waitlisted registration in its event's queue. */
  async waitlistPosition(reg: RegistrationDoc): Promise<number> {
    const ahead = await this.collection.countDocuments({
      eventId: reg.eventId,
      status: 'waitlisted',
      $or: [{ queuedAt: { $lt: reg.queuedAt } }, { queuedAt: reg.queuedAt, _id: { $lt: reg._id } }],
    });
    return ahead + 1;
  }

  /** Replace the registration's fields; null when it changed status since it was read. */
  replace(current: RegistrationDoc, next: RegistrationDoc): Promise<RegistrationDoc | null> {
    const { _id, ...fields } = next;
    return this.collection.findOneAndUpdate({ _id, status: current.status }, { $set: fields }, { returnDocument: 'after' });
  }
}
