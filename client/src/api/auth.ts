import type { LoginInput, Me, RegisterInput, UserEnvelope } from '@ketnoi/contract';
import { http, isApiError } from './http.js';

export const authApi = {
  register: (input: RegisterInput) => http.post<UserEnvelope>('/api/auth/register', input),
  login: (input: LoginInput) => http.post<UserEnvelope>('/api/auth/login', input),
  logout: () => http.post<void>('/api/auth/logout'),
  /** The signed-in user and profile, or null when there is no session (401). */
  me: async (): Promise<Me | null> => {
    try {
      return await http.get<Me>('/api/auth/me');
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
};
