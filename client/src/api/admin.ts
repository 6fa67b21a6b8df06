import { http } from './http.js';
import type { RegisterInput, User } from './types.js';

export const adminApi = {
  /** Any role, including staff and admin. */
  createUser: (input: RegisterInput) => http.post<{ user: User }>('/api/admin/users', input),
};
