export const ROLES = ['startup', 'expert', 'investor', 'provider', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles anyone may sign up for; staff and admin accounts are created by an admin. */
export const SELF_SERVICE_ROLES = ['startup', 'expert', 'investor', 'provider'] as const satisfies readonly Role[];
export type ProfileKind = (typeof SELF_SERVICE_ROLES)[number];

export function isProfileKind(role: string): role is ProfileKind {
  return (SELF_SERVICE_ROLES as readonly string[]).includes(role);
}
