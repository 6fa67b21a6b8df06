// Event mails: a place (at once or from the waitlist), the event moved or cancelled, and one-to-one
// meetings placed, moved or cancelled. The events services call these inside the transaction of the
// change (events/mails.ts is the port). Each carries a calendar file under the event's or the
// meeting's UID, so a later mail updates the entry the first one added.
import type { EventMails } from '../../events/mails.js';
import type { MeetingDoc, StoredSlot } from '../../events/meetingsRepository.js';
import type { RegistrationDoc } from '../../events/registrationsRepository.js';
import type { EventDoc } from '../../events/repository.js';
import type { ProfileDoc } from '../../profiles/repository.js';
import type { MailService } from '../service.js';

/** "Venue, address" as the mails and calendar entries show it (nothing for an online event). */
export function eventLocation(event: Pick<EventDoc, 'venue'>): string | undefined {
  return [event.venue?.name, event.venue?.address].filter(Boolean).join(', ') || undefined;
}

/** The event fields every event mail carries. */
export function eventMailData(event: EventDoc) {
  return {
    eventId: event._id,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: eventLocation(event),
  };
}

export class EventMailTriggers implements EventMails {
  constructor(
    private readonly deps: {
      mail: Pick<MailService, 'enqueue'>;
      profiles: { findMany(ids: readonly string[]): Promise<ProfileDoc[]> };
    },
  ) {}

  async registered(registration: RegistrationDoc, event: EventDoc): Promise<void> {
    await this.deps.mail.enqueue('event.registration_confirmed', registration.userId, {
      ...eventMailData(event),
      ticketCode: registration.code,
    });
  }

  async promoted(registration: RegistrationDoc, event: EventDoc): Promise<void> {
    await this.deps.mail.enqueue('event.waitlist_promoted', registration.userId, {
      ...eventMailData(event),
      online: event.online,
      ticketCode: registration.code,
      changedAt: registration.updatedAt,
    });
  }

  async changed(event: EventDoc, registrants: readonly RegistrationDoc[]): Promise<void> {
    for (const r of registrants)
      await this.deps.mail.enqueue('event.changed', r.userId, {
        ...eventMailData(event),
        online: event.online,
        // Only a registered person has a ticket that gets them in; the waitlisted wait for a place.
        ...(r.status === 'registered' ? { ticketCode: r.code } : {}),
        changedAt: event.updatedAt,
      });
  }

  async cancelled(event: EventDoc, registrants: readonly RegistrationDoc[]): Promise<void> {
    for (const r of registrants)
      await this.deps.mail.enqueue('event.cancelled', r.userId, { ...eventMailData(event), changedAt: event.updatedAt });
  }

  async placed(meeting: MeetingDoc, event: EventDoc, previous: StoredSlot | null): Promise<void> {
    if (!meeting.slot) return;
    const kind = previous ? 'event.meeting_moved' : 'event.meeting_scheduled';
    for (const [recipient, other] of await this.sides(meeting))
      await this.deps.mail.enqueue(kind, recipient.userId, this.meetingData(meeting, event, meeting.slot, other));
  }

  async meetingCancelled(meeting: MeetingDoc, event: EventDoc, slot: StoredSlot, recipientUserId: string): Promise<void> {
    for (const [recipient, other] of await this.sides(meeting))
      if (recipient.userId === recipientUserId)
        await this.deps.mail.enqueue('event.meeting_cancelled', recipient.userId, this.meetingData(meeting, event, slot, other));
  }

  /** [recipient, the other person] for both people of the meeting. */
  private async sides(meeting: MeetingDoc): Promise<[ProfileDoc, ProfileDoc][]> {
    const found = new Map((await this.deps.profiles.findMany([meeting.requesterId, meeting.inviteeId])).map((p) => [p._id, p]));
    const requester = found.get(meeting.requesterId);
    const invitee = found.get(meeting.inviteeId);
    if (!requester || !invitee) return [];
    return [
      [requester, invitee],
      [invitee, requester],
    ];
  }

  private meetingData(meeting: MeetingDoc, event: EventDoc, slot: StoredSlot, other: ProfileDoc) {
    return {
      eventId: event._id,
      eventTitle: event.title,
      meetingId: meeting._id,
      withName: other.name,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      table: slot.table,
      location: eventLocation(event),
      changedAt: meeting.updatedAt,
    };
  }
}
