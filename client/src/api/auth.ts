import type { LoginInput, Me, RegisterInput, Session, UserEnvelope } from '@ketnoi/contract';
import { http } from './http.js';

export const authApi = {
  register: (input: RegisterInput) => http.post<UserEnvelope>('/api/auth/register', input),
  login: (input: LoginInput) => http.post<UserEnvelope>('/api/auth/login', input),
  logout: () => http.post<void>('/api/auth/logout'),
  /**
   * The signed-in user and profile, or null for a visitor. Asks /api/auth/session, which answers a
   * visitor with nulls rather than a 401, so public pages log no failed request in the console.
   */
  me: async (): Promise<Me | null> => {
    const session = await http.get<Session>('/api/auth/session');
    return session.user ? { user: session.user, profile: session.profile } : null;
  },
};
