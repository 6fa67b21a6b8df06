// An event's meeting hours as the scheduler's grid: slots of `slotMinutes` from `meetings.from`
// (only whole slots, so every slot ends by `meetings.to`) × tables 1..`tables`. Slot indices are
// what the scheduler works with; stored slots also carry their times.
import type { MeetingDoc, StoredSlot } from './meetingsRepository.js';
import { slotKeysOf } from './meetingsRepository.js';
import type { MeetingsConfig } from './repository.js';
import { type MeetingGrid, type SlotPlacement, slotCount, slotTimes } from './scheduler.js';

export function gridOf(config: MeetingsConfig): MeetingGrid {
  return { slots: slotCount(config), tables: config.tables, maxPerParticipant: config.maxPerParticipant };
}

/** The first slot that has not begun at `now`: a meeting placed at once never lands in the past. */
export function firstOpenSlot(config: Pick<MeetingsConfig, 'from' | 'slotMinutes'>, now: string): number {
  const elapsed = Date.parse(now) - Date.parse(config.from);
  return elapsed <= 0 ? 0 : Math.ceil(elapsed / (config.slotMinutes * 60_000));
}

export function storedSlot(config: MeetingsConfig, at: SlotPlacement): StoredSlot {
  return { index: at.slot, table: at.table, ...slotTimes(config, at.slot) };
}

/** The slot fields of a meeting placed at `at` (or taken off the grid when null). */
export function placedAt(
  eventId: string,
  config: MeetingsConfig,
  meeting: Pick<MeetingDoc, 'requesterId' | 'inviteeId'>,
  at: SlotPlacement | null,
): Pick<MeetingDoc, 'slot' | 'slotKeys'> {
  if (!at) return { slot: null, slotKeys: undefined };
  return { slot: storedSlot(config, at), slotKeys: slotKeysOf(eventId, meeting, at.slot, at.table) };
}

export const placementOf = (m: Pick<MeetingDoc, 'slot'>): SlotPlacement | null =>
  m.slot ? { slot: m.slot.index, table: m.slot.table } : null;

export const sameSlot = (a: StoredSlot | null, b: StoredSlot | null): boolean =>
  a === b || (a !== null && b !== null && a.startsAt === b.startsAt && a.table === b.table && a.index === b.index);
