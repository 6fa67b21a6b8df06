// The events collection. Shape documented in docs/EVENTS.md. `registered`, `waitlisted` and
// `checkedIn` are counters kept in the same transaction as the registrations they count; every
// registration writes them, which is also what serialises concurrent registrations on MongoDB
// (two transactions writing one document conflict and one retries).
import type { EventKind, EventStatus } from '@ketnoi/contract';
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store, Update } from '../../store/types.js';
import type { StatusChange } from '../needs/repository.js';

export interface Venue {
  name: string;
  address?: string;
  providerId?: string;
  resource?: string;
}

export interface MeetingsConfig {
  slotMinutes: number;
  tables: number;
  from: string;
  to: string;
  maxPerParticipant: number;
}

export interface EventDoc extends Doc {
  kind: EventKind;
  title: string;
  description: string;
  province: string;
  coOrganizers: string[];
  /** Organiser and co-organisers: what `?province=` and the scope rules match. */
  provinces: string[];
  /** Regions of `provinces`: what `?region=` and overlaps match. */
  regions: string[];
  topics: string[];
  startsAt: string;
  endsAt: string;
  /** Vietnam-local months ('YYYY-MM') the event touches: the calendar reads month by month (calendar.ts). */
  months: string[];
  venue: Venue | null;
  online: boolean;
  capacity: number | null;
  registration: { opensAt: string | null; closesAt: string | null };
  meetings: MeetingsConfig | null;
  status: EventStatus;
  organizerId: string;
  history: StatusChange[];
  registered: number;
  waitlisted: number;
  checkedIn: number;
  createdAt: string;
  updatedAt: string;
}

export class EventsRepository extends DocumentRepository<EventDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'events',
      // What the public calendar filters and sorts on (GET /api/events); the embedded engine
      // narrows by the most selective equality (a month, a province, a topic…), MongoDB uses the
      // compound keys for the sort too.
      indexes: [
        { fields: { months: 1, startsAt: 1 } },
        { fields: { status: 1, startsAt: 1 } },
        { fields: { provinces: 1, startsAt: 1 } },
        { fields: { regions: 1, startsAt: 1 } },
        { fields: { kind: 1 } },
        { fields: { topics: 1 } },
      ],
    });
  }

  /** Apply `update` to the event; null when it is gone. */
  update(id: string, update: Update): Promise<EventDoc | null> {
    return this.collection.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' });
  }
}
