// Domain events of consultations (published after commit; see server/src/events.ts for the whole list).
import type { ConsultationDoc } from './repository.js';

export interface ConsultationEvents {
  'consultation.changed': { consultation: ConsultationDoc; action: 'scheduled' | 'completed' | 'cancelled' | 'feedback'; by: string };
}
