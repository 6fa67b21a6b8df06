// What leaves the server about events, registrations and meetings. Registrations have three
// views: the organiser's (everything), the registrant's own (everything), and what other
// participants see (who is coming and what they offer and seek: no code, check-in or note).
import type { CalendarEvent, Meeting, Registration } from '@ketnoi/contract';
import { regionOf } from '@ketnoi/seeds';
import { presentProfileSummary } from '../profiles/presenter.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { MeetingDoc } from './meetingsRepository.js';
import type { RegistrationDoc } from './registrationsRepository.js';
import type { EventDoc } from './repository.js';

/** Published, inside the registration window, and not over. */
export function registrationOpen(event: EventDoc, now: Date): boolean {
  const at = now.toISOString();
  if (event.status !== 'published') return false;
  if (event.registration.opensAt && at < event.registration.opensAt) return false;
  return at < (event.registration.closesAt ?? event.endsAt);
}

export function presentEvent(doc: EventDoc, now: Date, myRegistration?: Registration | null): CalendarEvent {
  return {
    id: doc._id,
    kind: doc.kind,
    title: doc.title,
    description: doc.description,
    province: doc.province,
    region: regionOf(doc.province),
    coOrganizers: doc.coOrganizers,
    topics: doc.topics,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    venue: doc.venue
      ? {
          name: doc.venue.name,
          ...(doc.venue.address ? { address: doc.venue.address } : {}),
          ...(doc.venue.providerId ? { providerId: doc.venue.providerId } : {}),
          ...(doc.venue.resource ? { resource: doc.venue.resource } : {}),
        }
      : null,
    online: doc.online,
    capacity: doc.capacity,
    registration: { opensAt: doc.registration.opensAt, closesAt: doc.registration.closesAt },
    registrationOpen: registrationOpen(doc, now),
    meetings: doc.meetings
      ? {
          slotMinutes: doc.meetings.slotMinutes,
          tables: doc.meetings.tables,
          from: doc.meetings.from,
          to: doc.meetings.to,
          maxPerParticipant: doc.meetings.maxPerParticipant,
        }
      : null,
    status: doc.status,
    organizerId: doc.organizerId,
    registered: doc.registered,
    waitlisted: doc.waitlisted,
    checkedIn: doc.checkedIn,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    ...(myRegistration !== undefined ? { myRegistration } : {}),
  };
}

export type RegistrationView = 'organiser' | 'self' | 'participant';

const UNKNOWN_PROFILE = (id: string) => ({ id, kind: 'startup', name: '', headline: '', province: '' });

export function presentRegistration(
  doc: RegistrationDoc,
  profile: ProfileDoc | undefined,
  view: RegistrationView,
  waitlistPosition: number | null = null,
): Registration {
  const base = {
    id: doc._id,
    eventId: doc.eventId,
    profileId: doc.profileId,
    profile: profile ? presentProfileSummary(profile) : UNKNOWN_PROFILE(doc.profileId),
    status: doc.status,
    offers: doc.offers,
    seeks: doc.seeks,
    createdAt: doc.createdAt,
  };
  if (view === 'participant') return base;
  return {
    ...base,
    note: doc.note,
    code: doc.code,
    checkedInAt: doc.checkedInAt,
    assisted: doc.assisted,
    waitlistPosition: doc.status === 'waitlisted' ? waitlistPosition : null,
  };
}

export function presentMeeting(doc: MeetingDoc, profiles: ReadonlyMap<string, ProfileDoc>): Meeting {
  const summary = (id: string) => {
    const p = profiles.get(id);
    return p ? presentProfileSummary(p) : UNKNOWN_PROFILE(id);
  };
  return {
    id: doc._id,
    eventId: doc.eventId,
    requesterId: doc.requesterId,
    inviteeId: doc.inviteeId,
    requester: summary(doc.requesterId),
    invitee: summary(doc.inviteeId),
    message: doc.message,
    status: doc.status,
    slot: doc.slot ? { startsAt: doc.slot.startsAt, endsAt: doc.slot.endsAt, table: doc.slot.table } : null,
    ...(doc.declineReason ? { declineReason: doc.declineReason } : {}),
    history: doc.history.map((h) => ({ at: h.at, by: h.by, from: h.from, to: h.to })),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
