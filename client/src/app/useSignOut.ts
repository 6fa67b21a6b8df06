import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useClearSession, useLogout, useMe } from '../api/hooks/auth.js';
import { clearDraftsOf } from '../lib/useDraft.js';

/**
 * Signing out: the server ends the session, the person is taken to the front page, and the session
 * leaves the cache only once that page is on screen. Cleared while a signed-in page is still drawn,
 * that page's auth guard sends the person to sign in (`/signin?next=…`) instead: React draws a cache
 * change at once but a router change as a transition, so on a slow phone the guard's redirect came
 * after the move to the front page and won. The drafts the person left in this tab go with the session.
 */
export function useSignOut(): { signOut: () => void; signingOut: boolean } {
  const logout = useLogout();
  const clearSession = useClearSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const userId = useMe().data?.user.id;
  const { reset } = logout;
  // Settled either way: a failed request still signs the person out of this tab.
  const ended = logout.isSuccess || logout.isError;

  useEffect(() => {
    if (!ended || pathname !== '/') return;
    clearSession();
    reset();
  }, [ended, pathname, clearSession, reset]);

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        if (userId) clearDraftsOf(userId);
        void navigate('/', { replace: true });
      },
    });
  return { signOut, signingOut: logout.isPending || ended };
}
