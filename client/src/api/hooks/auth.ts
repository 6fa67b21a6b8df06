import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { authApi } from '../auth.js';
import { accountApi } from '../account.js';
import { queryKeys } from '../keys.js';
import type { ChangePasswordInput, LoginInput, Me, PasswordResetConfirmInput, RegisterInput } from '@ketnoi/contract';

/**
 * Switch the cached session: everything another account left in the cache goes, except reference
 * data. The `me` query is updated in place rather than removed, because removing a query does not
 * tell the components already observing it (the realtime provider would keep its socket open).
 */
function switchSession(queryClient: QueryClient, me: Me | null) {
  queryClient.setQueryData<Me | null>(queryKeys.me, me);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'reference' && query.queryKey[0] !== 'auth' });
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: authApi.me, staleTime: 60_000 });
}

/** The signed-in user's own profile id (null for staff/admin or before onboarding). */
export function useMyProfileId(): string | null {
  return useMe().data?.profile?.id ?? null;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => authApi.login(input),
    onSuccess: async ({ user }) => {
      const signedIn: Me = { user, profile: null };
      switchSession(queryClient, signedIn);
      // Load the profile that goes with the session.
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterInput) => authApi.register(input),
    onSuccess: ({ user }) => {
      const registered: Me = { user, profile: null };
      switchSession(queryClient, registered);
    },
  });
}

/** Ends the session on the server; the cache keeps it until `useClearSession` (see app/useSignOut.ts). */
export function useLogout() {
  return useMutation({ mutationFn: () => authApi.logout() });
}

/** Drops the signed-in session from the cache (after signing out). */
export function useClearSession(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => switchSession(queryClient, null), [queryClient]);
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => accountApi.requestPasswordReset({ email }) });
}

/** A new password from a mailed link: the answer is a new session, like signing in. */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordResetConfirmInput) => accountApi.confirmPasswordReset(input),
    onSuccess: async ({ user }) => {
      switchSession(queryClient, { user, profile: null });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

/** A new password while signed in: the same account continues (under a new session id), so the cache stays. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => authApi.changePassword(input),
    onSuccess: ({ user }) => queryClient.setQueryData<Me | null>(queryKeys.me, (me) => (me ? { ...me, user } : me)),
  });
}
