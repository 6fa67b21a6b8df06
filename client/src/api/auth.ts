import type { ChangePasswordInput, LoginInput, Me, RegisterInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const authApi = {
  register: (input: RegisterInput) => call(endpoints.accounts.register, { body: input }),
  login: (input: LoginInput) => call(endpoints.accounts.login, { body: input }),
  logout: () => call(endpoints.accounts.logout),
  /** The session continues under a new id; every other session of the account ends. */
  changePassword: (input: ChangePasswordInput) => call(endpoints.accounts.changePassword, { body: input }),
  /**
   * The signed-in user and profile, or null for a visitor. Asks /api/auth/session, which answers a
   * visitor with nulls rather than a 401, so public pages log no failed request in the console.
   */
  me: async (): Promise<Me | null> => {
    const session = await call(endpoints.accounts.session);
    return session.user ? { user: session.user, profile: session.profile } : null;
  },
};
