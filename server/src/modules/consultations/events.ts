// Domain events of consultations (published after commit; see server/src/events.ts for the whole list).
import type { ConsultationDoc } from './repository.js';

export type ConsultationAction = 'scheduled' | 'rescheduled' | 'completed' | 'cancelled' | 'feedback' | 'follow_up';

export interface ConsultationEvents {
  'consultation.changed': {
    consultation: ConsultationDoc;
    action: ConsultationAction;
    by: string;
  };
}
