// Need status lifecycle. Pure: who may trigger a change is the policy's job.
//   open ⇄ in_progress → resolved → (reopen) open
//   any → closed → (reopen) open
import type { NeedStatus } from '@ketnoi/contract';
import { InvalidTransitionError } from '../../lib/errors.js';

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
