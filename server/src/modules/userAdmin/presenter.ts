import type { AdminUser } from '@ketnoi/contract';
import type { UserDoc } from '../accounts/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';

/** What an administrator sees of an account: never its password hash, tokens or search key. */
export function presentAdminUser(user: UserDoc, profile: ProfileDoc | null | undefined): AdminUser {
  return {
    id: user._id,
    email: user.email,
    role: user.role,
    name: user.name,
    province: user.province,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt ?? null,
    suspended: user.suspended === true,
    suspendedAt: user.suspended ? (user.suspendedAt ?? null) : null,
    suspendReason: user.suspended ? (user.suspendReason ?? null) : null,
    profile: profile ? { id: profile._id, kind: profile.kind, name: profile.name } : null,
  };
}
