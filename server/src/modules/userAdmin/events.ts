// Domain events of the administrator's account actions (recorded in the audit log, in the
// transaction of the change; see server/src/events.ts for the whole list).
export interface UserAdminEvents {
  /** An administrator suspended the account: it cannot sign in and its sessions end (after commit). */
  'account.suspended': { userId: string; province: string | null; reason: string | null; by: string; at: string };
  'account.unsuspended': { userId: string; province: string | null; by: string; at: string };
  /** An administrator mailed the account a password reset link. */
  'account.password_reset_sent': { userId: string; province: string | null; by: string; at: string };
}
