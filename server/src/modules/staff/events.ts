// Domain events of the staff tools (published after commit; the audit log subscribes).
import type { VerificationDoc } from './verifications.js';

export interface StaffEvents {
  'verification.recorded': { verification: VerificationDoc; by: string };
}
