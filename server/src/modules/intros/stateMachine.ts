// Introduction lifecycle (API.md "Intros"). Pure: given the current state and an action, the
// next state — or InvalidTransitionError. Who may act is decided by the policy, not here.
//
//   pending_staff ──approve──▶ pending ──accept (every awaited side)──▶ accepted
//        │  └─reject──▶ rejected   │──decline──▶ declined
//        └─withdraw/expire          └─withdraw──▶ withdrawn, expire──▶ expired
// A staff-brokered intro awaits both sides (double opt-in): the first acceptance keeps it
// `pending` and records the side in acceptedBy; the last one makes it `accepted`.
import type { IntroStatus } from '@ketnoi/contract';
import { OPEN_INTRO_STATUSES } from '@ketnoi/contract';
import { InvalidTransitionError } from '../../lib/errors.js';

export interface IntroState {
  status: IntroStatus;
  awaiting: string[];
  acceptedBy: string[];
}

export type IntroAction =
  | { type: 'approve' }
  | { type: 'reject' }
  | { type: 'accept'; side: string }
  | { type: 'decline'; side: string }
  | { type: 'withdraw' }
  | { type: 'expire' };

const ALLOWED_FROM: Record<IntroAction['type'], readonly IntroStatus[]> = {
  approve: ['pending_staff'],
  reject: ['pending_staff'],
  accept: ['pending'],
  decline: ['pending'],
  withdraw: OPEN_INTRO_STATUSES,
  expire: OPEN_INTRO_STATUSES,
};

const TARGET: Record<IntroAction['type'], IntroStatus> = {
  approve: 'pending',
  reject: 'rejected',
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
  expire: 'expired',
};

export function nextIntroState(state: IntroState, action: IntroAction): IntroState {
  if (!ALLOWED_FROM[action.type].includes(state.status)) {
    throw new InvalidTransitionError(state.status, TARGET[action.type], { from: state.status, action: action.type });
  }
  switch (action.type) {
    case 'accept': {
      if (!state.awaiting.includes(action.side)) {
        throw new InvalidTransitionError(state.status, 'accepted', {
          from: state.status,
          action: 'accept',
          reason: 'this side has already answered',
        });
      }
      const awaiting = state.awaiting.filter((s) => s !== action.side);
      const acceptedBy = [...state.acceptedBy, action.side];
      return { status: awaiting.length === 0 ? 'accepted' : 'pending', awaiting, acceptedBy };
    }
    case 'decline':
      if (!state.awaiting.includes(action.side)) {
        throw new InvalidTransitionError(state.status, 'declined', {
          from: state.status,
          action: 'decline',
          reason: 'this side has already answered',
        });
      }
      return { status: 'declined', awaiting: [], acceptedBy: state.acceptedBy };
    case 'approve':
      return { status: 'pending', awaiting: state.awaiting, acceptedBy: state.acceptedBy };
    default:
      return { status: TARGET[action.type], awaiting: [], acceptedBy: state.acceptedBy };
  }
}
