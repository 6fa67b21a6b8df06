// The meeting board of an event: the writes that change who meets when. They run inside
// `serialise(eventId, …)`, a transaction that first claims the event's board guard
// (store/guards.ts): accepts, cancellations, a registrant leaving and re-plans of one event take
// turns on every engine, so each reads current placements and counts (MongoDB's snapshot
// isolation would otherwise let two accepts book one person twice). Each method writes the
// notices and mails of what it changed and publishes `meeting.updated` for each changed meeting
// (delivered after commit). Placement itself is the meeting scheduler (scheduler.ts).
import type { Clock } from '../../lib/clock.js';
import { ConflictError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { guardKeys, WriteGuards } from '../../store/guards.js';
import type { Store } from '../../store/types.js';
import type { MeetingAction } from './events.js';
import type { EventMails } from './mails.js';
import type { MeetingDoc, MeetingsRepository, StoredSlot } from './meetingsRepository.js';
import type { EventNotices } from './notices.js';
import { findEarliestPlacement, type PlacedMeeting, scheduleMeetings } from './scheduler.js';
import type { EventDoc } from './repository.js';
import { firstOpenSlot, gridOf, placedAt, placementOf, sameSlot } from './slots.js';

export interface ReplanOutcome {
  scheduled: number;
  unscheduled: string[];
  moved: number;
}

export class MeetingBoard {
  private readonly guards: WriteGuards;

  constructor(
    store: Store,
    private readonly meetings: MeetingsRepository,
    private readonly notices: EventNotices,
    private readonly mails: EventMails,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {
    this.guards = new WriteGuards(store);
  }

  /** Run `fn` in a transaction that takes its turn with every other board change of this event (call outside a transaction). */
  serialise<R>(eventId: string, fn: () => Promise<R>): Promise<R> {
    return this.guards.serialise([guardKeys.meetingBoard(eventId)], fn);
  }

  /** Placed meetings of the event other than `exceptId`, as the placer sees them. */
  placedOf(accepted: readonly MeetingDoc[], exceptId?: string): PlacedMeeting[] {
    return accepted
      .filter((m) => m._id !== exceptId && m.slot)
      .map((m) => ({ requesterId: m.requesterId, inviteeId: m.inviteeId, placement: placementOf(m)! }));
  }

  /** Write a meeting's new state; a concurrent status change is a 409 (the caller's transaction rolls back). */
  async save(current: MeetingDoc, next: MeetingDoc, action: MeetingAction, by: string): Promise<MeetingDoc> {
    const saved = await this.meetings.replace(current, next);
    if (!saved) throw new ConflictError('This meeting changed just now. Reload it and try again.');
    this.bus.publish('meeting.updated', { meeting: saved, action, by });
    return saved;
  }

  /**
   * Give slots to accepted meetings that have none (acceptance order, earliest free slot), after
   * a cancellation or a registrant leaving freed some.
   */
  async fillFreed(event: EventDoc, by: string): Promise<MeetingDoc[]> {
    if (!event.meetings) return [];
    const grid = gridOf(event.meetings);
    const accepted = await this.meetings.accepted(event._id);
    const placed = this.placedOf(accepted);
    const filled: MeetingDoc[] = [];
    for (const m of accepted) {
      if (m.slot) continue;
      const at = findEarliestPlacement(grid, placed, m, firstOpenSlot(event.meetings, this.now()));
      if (!at) continue;
      placed.push({ requesterId: m.requesterId, inviteeId: m.inviteeId, placement: at });
      const saved = await this.save(m, { ...m, ...placedAt(event._id, event.meetings, m, at), updatedAt: this.now() }, 'placed', by);
      await this.tellMoved(saved, event, null);
      filled.push(saved);
    }
    return filled;
  }

  /** Place every accepted meeting anew (POST /schedule, and a change of the meeting hours). */
  async replan(event: EventDoc, by: string): Promise<ReplanOutcome> {
    const all = await this.meetings.accepted(event._id);
    if (!event.meetings) return { scheduled: 0, unscheduled: all.map((m) => m._id), moved: 0 };
    const config = event.meetings;
    const now = this.now();
    // During the event, meetings whose slot has begun took place (or were missed): they stay as they are, without
    // slot keys (nothing is placed in a begun slot again), and the others go to slots still to come.
    const held = all.filter((m) => m.slot !== null && m.slot.startsAt < now);
    const accepted = all.filter((m) => !held.includes(m));
    const grid = gridOf(config);
    const begun = Array.from({ length: Math.min(firstOpenSlot(config, now), grid.slots) }, (_, i) => i);
    const people = accepted.flatMap((m) => [m.requesterId, m.inviteeId]);
    const plan = scheduleMeetings({
      ...grid,
      ...(begun.length > 0 ? { unavailable: Object.fromEntries(people.map((p) => [p, begun])) } : {}),
      meetings: accepted.map((m) => ({
        id: m._id,
        requesterId: m.requesterId,
        inviteeId: m.inviteeId,
        acceptedAt: Date.parse(m.acceptedAt ?? m.createdAt),
        current: placementOf(m),
      })),
    });
    // Keys come off every placed meeting first, so moves never collide with the old positions.
    await this.meetings.releaseSlots(event._id);
    let moved = 0;
    for (let i = 0; i < accepted.length; i++) {
      const m = accepted[i]!;
      const fields = placedAt(event._id, config, m, plan.placements[i] ?? null);
      const changed = !sameSlot(m.slot, fields.slot);
      const next = { ...m, ...fields, ...(changed ? { updatedAt: now } : {}) };
      if (!changed) {
        if (fields.slotKeys) await this.meetings.collection.updateOne({ _id: m._id }, { $set: { slotKeys: fields.slotKeys } });
        continue;
      }
      moved++;
      await this.tellMoved(await this.save(m, next, 'moved', by), event, m.slot);
    }
    return { scheduled: plan.scheduled + held.length, unscheduled: plan.unscheduled, moved };
  }

  /** Cancel every open meeting of `profileId` at the event (they left it); frees their slots for others. */
  async cancelAllOf(event: EventDoc, profileId: string, by: string): Promise<MeetingDoc[]> {
    const open = await this.meetings.ofProfile(event._id, profileId, ['requested', 'accepted']);
    const cancelled: MeetingDoc[] = [];
    for (const m of open) {
      const saved = await this.save(m, this.cancelled(m, by), 'cancel', by);
      const other = m.requesterId === profileId ? m.inviteeUserId : m.requesterUserId;
      await this.notices.tell([other], 'meeting.cancelled', this.notices.aboutMeeting(saved, event, { reason: 'left_event' }));
      if (m.slot) await this.mails.meetingCancelled(saved, event, m.slot, other);
      cancelled.push(saved);
    }
    if (cancelled.some((m) => m.history.at(-1)?.from === 'accepted')) await this.fillFreed(event, by);
    return cancelled;
  }

  /** The state of `m` once cancelled by `by`. */
  cancelled(m: MeetingDoc, by: string): MeetingDoc {
    const now = this.now();
    return {
      ...m,
      status: 'cancelled',
      slot: null,
      activePair: undefined,
      slotKeys: undefined,
      history: [...m.history, { at: now, by, from: m.status, to: 'cancelled' }],
      updatedAt: now,
    };
  }

  /**
   * Both people hear of a new slot (in the app, and by mail with the calendar entry). A meeting a
   * re-plan leaves without a slot is told in the app only: it is still accepted, so no mail
   * cancels its calendar entry (the organiser sees it among the unplaced ones).
   */
  private async tellMoved(m: MeetingDoc, event: EventDoc, previous: StoredSlot | null): Promise<void> {
    await this.notices.tell([m.requesterUserId, m.inviteeUserId], 'meeting.rescheduled', this.notices.aboutMeeting(m, event));
    if (m.slot) await this.mails.placed(m, event, previous);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
