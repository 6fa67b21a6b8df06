// Who may manage which account: administrators, any account but their own (an administrator who
// suspended themselves could not undo it).
import type { AuthUser } from '../../http/api.js';
import type { Rule } from '../../lib/authorize.js';
import { definePolicy } from '../../lib/authorize.js';
import type { UserDoc } from '../accounts/repository.js';

const notSelf: Rule<UserDoc> = {
  allow: ({ user }, target) => user.id !== target._id,
  denied: 'You cannot suspend your own account.',
};

export const userAdminPolicy = definePolicy<UserDoc, 'suspend' | 'unsuspend' | 'sendPasswordReset'>(
  'User',
  ({ user }) => user.role === 'admin',
  {
    suspend: notSelf,
    unsuspend: { allow: () => true, denied: '' },
    sendPasswordReset: { allow: () => true, denied: '' },
  },
);

export const actorOf = (user: AuthUser) => ({ user, profileId: null });
