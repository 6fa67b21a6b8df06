// Domain events of matching (published after commit; see server/src/events.ts for the whole list).

export interface MatchingEvents {
  /** A province's weight overrides changed (the audit log records it). */
  'weights.changed': { province: string; by: string; at: string; from: Record<string, number>; to: Record<string, number> };
}
