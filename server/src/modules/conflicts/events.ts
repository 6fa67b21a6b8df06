// Domain events of conflict-of-interest declarations (the audit log records them).
import type { ConflictDoc } from './repository.js';

export interface ConflictEvents {
  'conflict.declared': { conflict: ConflictDoc; by: string; at: string };
  'conflict.removed': { conflict: ConflictDoc; by: string; at: string };
}
