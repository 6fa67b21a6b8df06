// Notifications are personal: a user lists and marks only their own, whatever their role.
import type { AuthUser } from '../../http/api.js';
import type { Filter } from '../../store/types.js';

export const notificationPolicy = {
  /** The store filter of the notifications `user` may read and mark. */
  ownedBy(user: AuthUser): Filter {
    return { userId: user.id };
  },
};
