import type { AuthUser } from '../../http/api.js';

export const isAdmin = (user: AuthUser | null | undefined): boolean => user?.role === 'admin';

/** Staff act only inside their province; admins everywhere. */
export const isStaffFor = (user: AuthUser | null | undefined, province: string | null | undefined): boolean =>
  Boolean(user && (user.role === 'admin' || (user.role === 'staff' && province && user.province === province)));
