// One-to-one meetings at events, and the per-event board guard.
//
// Two unique indexes make double booking impossible whatever the code above them does:
// `activePair` (present while a meeting is requested or accepted) allows one open meeting per
// pair, and `slotKeys` (present while a meeting holds a slot) names the slot's table and both
// people, so no table or person can hold two meetings in one slot. Both are removed ($unset,
// never null or []) when they stop applying.
// The board guard (board.ts) makes the transactions that read placements and counts take turns.
import type { MeetingStatus } from '@ketnoi/contract';
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store } from '../../store/types.js';
import type { StatusChange } from '../needs/repository.js';

export interface StoredSlot {
  startsAt: string;
  endsAt: string;
  table: number;
  /** 0-based index in the event's meeting hours. */
  index: number;
}

export interface MeetingDoc extends Doc {
  eventId: string;
  requesterId: string;
  inviteeId: string;
  requesterUserId: string;
  inviteeUserId: string;
  message: string;
  status: MeetingStatus;
  slot: StoredSlot | null;
  /** `${eventId}|${a}|${b}` (a < b) while requested or accepted; absent otherwise. */
  activePair?: string;
  /** `${eventId}|s${slot}|t${table}` and `${eventId}|s${slot}|p${profileId}` ×2 while placed; absent otherwise. */
  slotKeys?: string[];
  declineReason: string | null;
  acceptedAt: string | null;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export const OPEN_MEETING: readonly MeetingStatus[] = ['requested', 'accepted'];

export const pairKey = (eventId: string, a: string, b: string) => (a < b ? `${eventId}|${a}|${b}` : `${eventId}|${b}|${a}`);

export function slotKeysOf(eventId: string, m: Pick<MeetingDoc, 'requesterId' | 'inviteeId'>, slot: number, table: number): string[] {
  return [`${eventId}|s${slot}|t${table}`, `${eventId}|s${slot}|p${m.requesterId}`, `${eventId}|s${slot}|p${m.inviteeId}`];
}

export class MeetingsRepository extends DocumentRepository<MeetingDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'event_meetings',
      indexes: [
        { fields: { eventId: 1, status: 1 } },
        { fields: { requesterId: 1 } },
        { fields: { inviteeId: 1 } },
        { fields: { activePair: 1 }, unique: true, sparse: true },
        { fields: { slotKeys: 1 }, unique: true, sparse: true },
      ],
    });
  }

  /** Accepted meetings of the event, in acceptance order. */
  accepted(eventId: string): Promise<MeetingDoc[]> {
    return this.collection.find({ eventId, status: 'accepted' }, { sort: { acceptedAt: 1, _id: 1 } });
  }

  /** Meetings of `profileId` at the event, either side. */
  ofProfile(eventId: string, profileId: string, statuses?: readonly MeetingStatus[]): Promise<MeetingDoc[]> {
    return this.collection.find({
      eventId,
      $or: [{ requesterId: profileId }, { inviteeId: profileId }],
      ...(statuses ? { status: { $in: [...statuses] } } : {}),
    });
  }

  /** Write `next` over the meeting (dropping absent optional keys); null when its status changed since it was read. */
  replace(current: MeetingDoc, next: MeetingDoc): Promise<MeetingDoc | null> {
    const { _id, ...fields } = next;
    const unset: Record<string, ''> = {};
    if (next.activePair === undefined) unset.activePair = '';
    if (next.slotKeys === undefined) unset.slotKeys = '';
    delete fields.activePair;
    delete fields.slotKeys;
    const set = { ...fields, ...(next.activePair !== undefined ? { activePair: next.activePair } : {}) };
    if (next.slotKeys !== undefined) set.slotKeys = next.slotKeys;
    return this.collection.findOneAndUpdate(
      { _id, status: current.status },
      { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) },
      { returnDocument: 'after' },
    );
  }

  /** Take the slot keys off every placed meeting of the event (a re-plan then writes new ones). */
  async releaseSlots(eventId: string): Promise<void> {
    await this.collection.updateMany({ eventId, status: 'accepted', slotKeys: { $exists: true } }, { $unset: { slotKeys: '' } });
  }
}
