// One-to-one meetings at an event: request, accept (placed at once in the earliest free slot),
// decline, cancel, list, and the organiser's re-plan. Rules: docs/EVENTS.md "Meetings".
import type { z } from 'zod';
import type { CreateMeetingBody, Meeting, MeetingListQuery, Page } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../lib/errors.js';
import { allOf } from '../../lib/filters.js';
import { newId } from '../../lib/ids.js';
import { findPage, mapPage } from '../../lib/pagination.js';
import { DuplicateKeyError, type Filter } from '../../store/types.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { ConflictsRepository } from '../conflicts/repository.js';
import type { EventsCore } from './deps.js';
import type { ReplanOutcome } from './board.js';
import type { MeetingDoc } from './meetingsRepository.js';
import { pairKey } from './meetingsRepository.js';
import { findEarliestPlacement } from './scheduler.js';
import { eventPolicy } from './policy.js';
import { presentMeeting } from './presenter.js';
import type { EventDoc } from './repository.js';
import { firstOpenSlot, gridOf, placedAt } from './slots.js';
import { assertRoomForMeetingRequest } from './meetingLimits.js';

export type CreateMeetingInput = z.output<typeof CreateMeetingBody>;
export type MeetingListParams = z.output<typeof MeetingListQuery>;

export class MeetingsService {
  constructor(private readonly d: EventsCore & { conflicts: ConflictsRepository }) {}

  async request(user: AuthUser, eventId: string, input: CreateMeetingInput): Promise<MeetingDoc> {
    const event = await this.meetingEvent(user, eventId);
    const me = await this.registeredSelf(user, event);
    if (input.withProfileId === me._id)
      throw new ValidationError('You cannot ask to meet yourself.', [{ path: 'withProfileId', message: 'must be someone else' }]);
    const other = await this.d.registrations.forProfile(eventId, input.withProfileId);
    // Who else is coming leaves out hidden and suspended profiles (registrations.ts); they cannot be
    // asked either, and the refusal is the one for someone not registered, so it does not tell that they are coming.
    const invitee = other?.status === 'registered' ? await this.d.profiles.findById(other.profileId) : null;
    if (!other || !invitee || invitee.hidden || invitee.suspended)
      throw new ConflictError('This person is not registered for the event, so they cannot be met here.', {
        profileId: input.withProfileId,
      });
    if (await this.d.conflicts.exists(me._id, other.profileId))
      throw new ConflictError('A conflict of interest has been declared between you and this person.');
    const now = this.now();
    const doc: MeetingDoc = {
      _id: newId(),
      eventId,
      requesterId: me._id,
      inviteeId: other.profileId,
      requesterUserId: me.userId,
      inviteeUserId: other.userId,
      message: input.message,
      status: 'requested',
      slot: null,
      activePair: pairKey(eventId, me._id, other.profileId),
      declineReason: null,
      acceptedAt: null,
      history: [{ at: now, by: user.id, from: null, to: 'requested' }],
      createdAt: now,
      updatedAt: now,
    };
    try {
      // The board's turn: the counts of the limits hold when one account sends requests in parallel.
      await this.d.board.serialise(eventId, async () => {
        const mine = await this.d.meetings.ofProfile(eventId, me._id);
        const withThem = mine.filter((m) => m.requesterId === other.profileId || m.inviteeId === other.profileId);
        if (withThem.some((m) => m.status === 'requested' || m.status === 'accepted'))
          throw new ConflictError('You already have a meeting or a request with this person at this event.');
        if (withThem.some((m) => m.status === 'declined' && m.requesterId === me._id))
          throw new ConflictError('This person declined a meeting with you at this event.');
        assertRoomForMeetingRequest(mine, me._id, other.profileId, this.d.clock.now());
        await this.d.meetings.insert(doc);
        await this.d.notices.tell([other.userId], 'meeting.requested', this.d.notices.aboutMeeting(doc, event, { fromName: me.name }));
      });
    } catch (error) {
      // Two requests between the same pair at once: the unique open-pair key lets one through.
      if (error instanceof DuplicateKeyError)
        throw new ConflictError('You already have a meeting or a request with this person at this event.');
      throw error;
    }
    this.d.bus.publish('meeting.created', { meeting: doc, by: user.id });
    return doc;
  }

  /** The invitee accepts: placed at once in the earliest slot where both people and a table are free. */
  async accept(user: AuthUser, eventId: string, meetingId: string): Promise<MeetingDoc> {
    const { meeting, own } = await this.visibleMeeting(user, eventId, meetingId);
    if (own?._id !== meeting.inviteeId) throw new ForbiddenError('Only the person invited can accept this meeting.');
    return this.d.board.serialise(eventId, async () => {
      const [current, event] = await Promise.all([this.d.meetings.findById(meetingId), this.d.events.findById(eventId)]);
      if (!current || !event?.meetings) throw new NotFoundError('Meeting');
      if (current.status !== 'requested') throw new InvalidTransitionError(current.status, 'accepted');
      if (event.status !== 'published') throw new ConflictError(`This event is ${event.status}; meetings can no longer be accepted.`);
      if (this.now() >= event.endsAt) throw new ConflictError('This event is over; meetings can no longer be accepted.');
      for (const profileId of [current.requesterId, current.inviteeId]) {
        const reg = await this.d.registrations.forProfile(eventId, profileId);
        if (reg?.status !== 'registered') throw new ConflictError('One of you is no longer registered for this event.', { profileId });
      }
      const accepted = await this.d.meetings.accepted(eventId);
      const max = event.meetings.maxPerParticipant;
      for (const profileId of [current.requesterId, current.inviteeId]) {
        const count = accepted.filter((m) => m.requesterId === profileId || m.inviteeId === profileId).length;
        if (count >= max)
          throw new ConflictError(
            `${profileId === own._id ? 'You already have' : 'The other person already has'} ${max} accepted meetings, the most this event allows.`,
            { profileId, maxPerParticipant: max },
          );
      }
      const at = findEarliestPlacement(
        gridOf(event.meetings),
        this.d.board.placedOf(accepted),
        current,
        firstOpenSlot(event.meetings, this.now()),
      );
      const now = this.now();
      const next: MeetingDoc = {
        ...current,
        ...placedAt(eventId, event.meetings, current, at),
        status: 'accepted',
        acceptedAt: now,
        history: [...current.history, { at: now, by: user.id, from: 'requested', to: 'accepted' }],
        updatedAt: now,
      };
      const saved = await this.d.board.save(current, next, 'accept', user.id);
      await this.d.notices.tell([current.requesterUserId], 'meeting.accepted', this.d.notices.aboutMeeting(saved, event));
      if (saved.slot) await this.d.mails.placed(saved, event, null);
      return saved;
    });
  }

  async decline(user: AuthUser, eventId: string, meetingId: string, reason?: string): Promise<MeetingDoc> {
    const { meeting, own } = await this.visibleMeeting(user, eventId, meetingId);
    if (own?._id !== meeting.inviteeId) throw new ForbiddenError('Only the person invited can decline this meeting.');
    return this.d.store.withTransaction(async () => {
      const current = await this.d.meetings.findById(meetingId);
      const event = await this.d.events.findById(eventId);
      if (!current || !event) throw new NotFoundError('Meeting');
      if (current.status !== 'requested') throw new InvalidTransitionError(current.status, 'declined');
      const now = this.now();
      const next: MeetingDoc = {
        ...current,
        status: 'declined',
        activePair: undefined,
        declineReason: reason || null,
        history: [...current.history, { at: now, by: user.id, from: 'requested', to: 'declined' }],
        updatedAt: now,
      };
      const saved = await this.d.board.save(current, next, 'decline', user.id);
      await this.d.notices.tell([current.requesterUserId], 'meeting.declined', this.d.notices.aboutMeeting(saved, event));
      return saved;
    });
  }

  /** Either side cancels a request or an accepted meeting; a freed slot goes to a meeting waiting for one. */
  async cancel(user: AuthUser, eventId: string, meetingId: string): Promise<MeetingDoc> {
    const { meeting, own } = await this.visibleMeeting(user, eventId, meetingId);
    if (!own || (own._id !== meeting.requesterId && own._id !== meeting.inviteeId))
      throw new ForbiddenError('Only the two people meeting can cancel it.');
    return this.d.board.serialise(eventId, async () => {
      const current = await this.d.meetings.findById(meetingId);
      const event = await this.d.events.findById(eventId);
      if (!current || !event) throw new NotFoundError('Meeting');
      if (current.status !== 'requested' && current.status !== 'accepted') throw new InvalidTransitionError(current.status, 'cancelled');
      const saved = await this.d.board.save(current, this.d.board.cancelled(current, user.id), 'cancel', user.id);
      const other = own._id === current.requesterId ? current.inviteeUserId : current.requesterUserId;
      await this.d.notices.tell([other], 'meeting.cancelled', this.d.notices.aboutMeeting(saved, event));
      if (current.slot) {
        await this.d.mails.meetingCancelled(saved, event, current.slot, other);
        await this.d.board.fillFreed(event, user.id);
      }
      return saved;
    });
  }

  /** A participant's own meetings; the organisers see every meeting of the event. */
  async list(user: AuthUser, eventId: string, query: MeetingListParams): Promise<Page<Meeting>> {
    const event = eventPolicy.assertVisible(user, await this.d.events.findById(eventId));
    let scope: Filter;
    if (eventPolicy.canOrganise(user, event)) scope = { eventId };
    else {
      const own = await this.d.profiles.findByUserId(user.id);
      if (!own) throw new ForbiddenError('Register for the event to see its meetings.');
      scope = { eventId, $or: [{ requesterId: own._id }, { inviteeId: own._id }] };
    }
    const page = await findPage(this.d.meetings, allOf(scope, query.status ? { status: query.status } : {}), query, 'createdAt', -1);
    const profiles = await this.profilesOf(page.items);
    return mapPage(page, (d) => presentMeeting(d, profiles));
  }

  /** The organiser re-plans every accepted meeting of the event. */
  async schedule(user: AuthUser, eventId: string): Promise<ReplanOutcome> {
    const event = eventPolicy.assertManage(user, await this.d.events.findById(eventId));
    if (!event.meetings) throw new ConflictError('This event has no one-to-one meetings.');
    return this.d.board.serialise(eventId, async () => {
      const fresh = await this.d.events.findById(eventId);
      if (!fresh?.meetings) throw new ConflictError('This event has no one-to-one meetings.');
      const outcome = await this.d.board.replan(fresh, user.id);
      await this.d.bus.record('event.replanned', { event: fresh, outcome, by: user.id });
      return outcome;
    });
  }

  async presentOne(doc: MeetingDoc): Promise<Meeting> {
    return presentMeeting(doc, await this.profilesOf([doc]));
  }

  async profilesOf(docs: readonly MeetingDoc[]): Promise<Map<string, ProfileDoc>> {
    const ids = [...new Set(docs.flatMap((d) => [d.requesterId, d.inviteeId]))];
    return new Map((await this.d.profiles.findMany(ids)).map((p) => [p._id, p]));
  }

  // ── internals ──

  /** A published event with one-to-one meetings that has not ended. */
  private async meetingEvent(user: AuthUser, eventId: string): Promise<EventDoc> {
    const event = eventPolicy.assertVisible(user, await this.d.events.findById(eventId));
    if (!event.meetings) throw new ConflictError('This event has no one-to-one meetings.');
    if (event.status !== 'published') throw new ConflictError(`This event is ${event.status}; no meetings can be requested.`);
    if (this.now() >= event.endsAt) throw new ConflictError('This event is over.');
    return event;
  }

  /** The caller's profile, registered (not waitlisted) for the event. */
  private async registeredSelf(user: AuthUser, event: EventDoc): Promise<ProfileDoc> {
    const own = await this.d.profiles.findByUserId(user.id);
    if (!own) throw new ConflictError('Create your profile and register for the event first.');
    const reg = await this.d.registrations.forProfile(event._id, own._id);
    if (reg?.status === 'waitlisted') throw new ConflictError('You are on the waitlist; meetings open once you have a place.');
    if (reg?.status !== 'registered') throw new ConflictError('Register for the event before asking for meetings.');
    return own;
  }

  private async visibleMeeting(user: AuthUser, eventId: string, meetingId: string) {
    const [meeting, own] = await Promise.all([this.d.meetings.findById(meetingId), this.d.profiles.findByUserId(user.id)]);
    const event = meeting?.eventId === eventId ? await this.d.events.findById(eventId) : null;
    const party = own && meeting && (own._id === meeting.requesterId || own._id === meeting.inviteeId);
    if (!meeting || !event || !(party || eventPolicy.canOrganise(user, event))) throw new NotFoundError('Meeting');
    return { meeting, own, event };
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}
