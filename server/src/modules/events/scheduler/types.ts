// Public types of the meeting scheduler. Slots are 0-based indices into the event's meeting hours
// (`meetings.from..to` cut into `slotMinutes`, see slotGrid.ts); tables are numbered 1..tables.

/** Where a meeting sits: the slot index (0-based) and the table number (1-based). */
export interface SlotPlacement {
  slot: number;
  table: number;
}

/** The shape of the meeting hours every function here works on. */
export interface MeetingGrid {
  /** Number of slots S (≥ 0). */
  slots: number;
  /** Number of tables T (≥ 0), numbered 1..T. */
  tables: number;
  /** Most meetings one participant may have placed (M ≥ 0). */
  maxPerParticipant: number;
  /** Slot indices a participant cannot meet in, by participant id; everyone is free everywhere by default. */
  unavailable?: Readonly<Record<string, readonly number[]>>;
}

/** An accepted meeting between two distinct participants. */
export interface MeetingToSchedule {
  id: string;
  requesterId: string;
  inviteeId: string;
  /** When it was accepted (any increasing number, e.g. epoch ms): first come, first served; ties keep input order. */
  acceptedAt?: number;
  /** Its placement today, if any: a re-plan keeps as many meetings as it can in their slot (and table). */
  current?: SlotPlacement | null;
}

export interface ScheduleInput extends MeetingGrid {
  meetings: readonly MeetingToSchedule[];
}

export interface ScheduleOptions {
  /** Search nodes the exact branch and bound may visit before it stops with the best found (default 100 000). */
  nodeBudget?: number;
  /** Largest number of schedulable meetings for which the exact search runs at all (default 160). */
  exactUpTo?: number;
}

/**
 * How the answer was reached: `bounds` when the heuristic met the upper bounds (optimal, nothing to search),
 * `exact` when the branch and bound finished within its budget (optimal), `heuristic` otherwise (best found).
 */
export type ScheduleMethod = 'bounds' | 'exact' | 'heuristic';

export interface ScheduleResult {
  /** One entry per input meeting, in input order: its new placement or null (unscheduled). */
  placements: (SlotPlacement | null)[];
  /** Number of meetings placed. */
  scheduled: number;
  /** Ids of the meetings left without a slot, in input order. */
  unscheduled: string[];
  /** Placed meetings that stay in the slot they had (`current.slot`). */
  keptSlot: number;
  /** Placed meetings that stay at exactly the slot and table they had. */
  keptTable: number;
  /** Upper bound on the number of meetings any valid schedule can place. */
  upperBound: number;
  /** Upper bound on the meetings any valid schedule can keep in their slot. */
  keptUpperBound: number;
  /** True when no valid schedule places more meetings. */
  scheduledProvenOptimal: boolean;
  /** True when, in addition, no schedule placing as many keeps more meetings in their slot. */
  provenOptimal: boolean;
  method: ScheduleMethod;
  /** Branch-and-bound nodes visited (0 when the search did not run). */
  nodes: number;
}

/** Result of the first-come-first-served placer (the accept-time rule applied to every meeting in turn). */
export interface GreedyResult {
  placements: (SlotPlacement | null)[];
  scheduled: number;
  unscheduled: string[];
}

/** A meeting that already holds a placement, as the accept-time placer sees it. */
export interface PlacedMeeting {
  requesterId: string;
  inviteeId: string;
  placement: SlotPlacement;
}
