// Domain events of calls for entries (published after commit). Notifications and mails of these
// changes are written inside their transactions by the services, so nothing listens here for
// them; the events are for whatever reacts later (search, reports, realtime).
import type { CallDoc, EntryDoc, JudgementDoc } from './repository.js';

export type EntryAction = 'submitted' | 'updated' | 'withdrawn';

export interface CallEvents {
  /** The call was created or rewritten; `judgesAdded` were told they are on the jury. */
  'call.saved': { call: CallDoc; judgesAdded: string[]; by: string };
  'call.entry': { entry: EntryDoc; action: EntryAction; by: string };
  /** A score or a recusal (`by` is the judge, or staff typing in a paper score). */
  'call.judged': { judgement: JudgementDoc; by: string };
  'call.results_published': { call: CallDoc; entrantUserIds: string[]; by: string };
}
