import type { AdminUser } from '@ketnoi/contract';
import { presentUser } from '../accounts/presenter.js';
import type { UserDoc } from '../accounts/repository.js';
import type { ProfileDoc } from '../profiles/repository.js';

/**
 * What an administrator sees of an account, never its password hash, tokens or search key: the
 * account as its owner sees it, less its mail language (as in the contract), plus its state.
 */
export function presentAdminUser(user: UserDoc, profile: ProfileDoc | null | undefined): AdminUser {
  const { language: _language, ...account } = presentUser(user);
  return {
    ...account,
    lastLoginAt: user.lastLoginAt ?? null,
    suspended: user.suspended === true,
    suspendedAt: user.suspended ? (user.suspendedAt ?? null) : null,
    suspendReason: user.suspended ? (user.suspendReason ?? null) : null,
    profile: profile ? { id: profile._id, kind: profile.kind, name: profile.name } : null,
  };
}
