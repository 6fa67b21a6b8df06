// Domain events of intros (published after commit; see server/src/events.ts for the whole list).
import type { IntroStatus } from '@ketnoi/contract';
import type { IntroDoc } from './repository.js';
import type { IntroAction } from './stateMachine.js';

export interface IntroEvents {
  'intro.created': { intro: IntroDoc; by: string };
  /** Every change: status changes and partial acceptances of brokered intros. */
  'intro.updated': { intro: IntroDoc; previous: IntroStatus; action: IntroAction['type']; by: string };
}
