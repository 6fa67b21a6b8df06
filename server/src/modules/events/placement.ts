// Where accepted meetings go: the two operations the meetings service needs, with the same names
// and shapes as the meeting scheduler (scheduler.ts, branch wip/scheduler), which replaces the
// simple bodies below when it lands: `findEarliestPlacement` for one newly accepted meeting and
// `scheduleMeetings` for a re-plan of the whole event. Pure functions on slot indices (0-based)
// and table numbers (1-based).
//
// Until then the re-plan is greedy: it keeps every current placement that is still valid and
// places the rest, in acceptance order, in the earliest slot where both people and a table are
// free, within each person's maximum. It never places fewer meetings than were placed before.

export interface SlotPlacement {
  slot: number;
  table: number;
}

export interface MeetingGrid {
  slots: number;
  tables: number;
  maxPerParticipant: number;
}

export interface PlacedMeeting {
  requesterId: string;
  inviteeId: string;
  placement: SlotPlacement;
}

export interface MeetingToSchedule {
  id: string;
  requesterId: string;
  inviteeId: string;
  /** Acceptance order (epoch ms): first come, first served. */
  acceptedAt?: number;
  current?: SlotPlacement | null;
}

export interface ScheduleInput extends MeetingGrid {
  meetings: readonly MeetingToSchedule[];
}

export interface PlanResult {
  /** One entry per input meeting, in input order. */
  placements: (SlotPlacement | null)[];
  scheduled: number;
  unscheduled: string[];
}

/** Occupancy of a grid: who and which table is taken in each slot, and how many meetings each person holds. */
class Board {
  private readonly busy = new Set<string>();
  private readonly tables = new Set<string>();
  private readonly load = new Map<string, number>();

  constructor(private readonly grid: MeetingGrid) {}

  fits(people: readonly string[], at: SlotPlacement): boolean {
    if (at.slot < 0 || at.slot >= this.grid.slots || at.table < 1 || at.table > this.grid.tables) return false;
    if (this.tables.has(`${at.slot}/${at.table}`)) return false;
    return people.every((p) => !this.busy.has(`${p}@${at.slot}`) && (this.load.get(p) ?? 0) < this.grid.maxPerParticipant);
  }

  take(people: readonly string[], at: SlotPlacement): void {
    this.tables.add(`${at.slot}/${at.table}`);
    for (const p of people) {
      this.busy.add(`${p}@${at.slot}`);
      this.load.set(p, (this.load.get(p) ?? 0) + 1);
    }
  }

  earliest(people: readonly string[]): SlotPlacement | null {
    if (people.some((p) => (this.load.get(p) ?? 0) >= this.grid.maxPerParticipant)) return null;
    for (let slot = 0; slot < this.grid.slots; slot++) {
      if (people.some((p) => this.busy.has(`${p}@${slot}`))) continue;
      for (let table = 1; table <= this.grid.tables; table++) if (!this.tables.has(`${slot}/${table}`)) return { slot, table };
    }
    return null;
  }
}

/**
 * The earliest slot where both people are free and under their maximum and a table is free (the
 * lowest one), given the event's other placed meetings. Null when no slot qualifies.
 */
export function findEarliestPlacement(
  grid: MeetingGrid,
  placed: readonly PlacedMeeting[],
  meeting: Pick<MeetingToSchedule, 'requesterId' | 'inviteeId'>,
): SlotPlacement | null {
  if (meeting.requesterId === meeting.inviteeId) throw new RangeError('a meeting needs two different participants');
  const board = new Board(grid);
  for (const m of placed) board.take([m.requesterId, m.inviteeId], m.placement);
  return board.earliest([meeting.requesterId, meeting.inviteeId]);
}

/** Place every accepted meeting anew (see the header for the interim rule). */
export function scheduleMeetings(input: ScheduleInput): PlanResult {
  const board = new Board(input);
  const placements: (SlotPlacement | null)[] = input.meetings.map(() => null);
  const order = input.meetings.map((m, i) => ({ m, i })).sort((a, b) => (a.m.acceptedAt ?? 0) - (b.m.acceptedAt ?? 0) || a.i - b.i);
  for (const { m, i } of order) {
    const people = [m.requesterId, m.inviteeId];
    if (m.current && board.fits(people, m.current)) {
      board.take(people, m.current);
      placements[i] = m.current;
    }
  }
  for (const { m, i } of order) {
    if (placements[i]) continue;
    const people = [m.requesterId, m.inviteeId];
    const at = board.earliest(people);
    if (at) {
      board.take(people, at);
      placements[i] = at;
    }
  }
  return {
    placements,
    scheduled: placements.filter(Boolean).length,
    unscheduled: input.meetings.filter((_, i) => placements[i] === null).map((m) => m.id),
  };
}
