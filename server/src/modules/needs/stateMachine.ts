// Need status lifecycle. Pure: who may trigger a change is the policy's job.
//   open ⇄ in_progress → resolved → (reopen) open
//   any → closed → (reopen) open
import { InvalidTransitionError } from '../../lib/errors.js';

export const NEED_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

const NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  open: ['in_progress', 'resolved', 'closed'],
  in_progress: ['open', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: ['open'],
};

export function canTransition(from: NeedStatus, to: NeedStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertNeedTransition(from: NeedStatus, to: NeedStatus): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to, { from, to, allowed: NEXT[from] });
}

/** Needs that still ask for help (shown to helpers, counted as open in search coverage). */
export const ACTIVE_NEED_STATUSES: readonly NeedStatus[] = ['open', 'in_progress'];
