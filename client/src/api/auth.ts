import { http, isApiError } from './http.js';
import type { LoginInput, Me, RegisterInput, User } from './types.js';

export const authApi = {
  register: (input: RegisterInput) => http.post<{ user: User }>('/api/auth/register', input),
  login: (input: LoginInput) => http.post<{ user: User }>('/api/auth/login', input),
  logout: () => http.post<void>('/api/auth/logout'),
  /** The signed-in user and profile, or null when there is no session (401). */
  me: async (): Promise<Me | null> => {
    try {
      const me = await http.get<Me | { user: null }>('/api/auth/me');
      return me.user ? (me as Me) : null;
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
};
