import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * While `unsaved` holds, leaving the page asks first: a tab of the app's bar or a link (the
 * router's own question), or closing or reloading the tab (the browser's). On a phone the save
 * button of a long form is screens away from the bar a thumb taps.
 */
export function useLeaveGuard(unsaved: boolean, question: string): void {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
