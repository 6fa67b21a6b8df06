// Domain events of accounts (published after commit; see server/src/events.ts for the whole list).
import type { Role } from '@ketnoi/contract';

export interface AccountEvents {
  'account.created': { userId: string; role: Role; province: string | null; by: string | null };
  /** A session was destroyed (logout, or the old id of a new login): its sockets close. */
  'session.ended': { sessionId: string };
}
