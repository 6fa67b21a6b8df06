import { useEffect, useState } from 'react';

/** The time, in ms, refreshed every `everyMs`: render reads it instead of calling Date.now(). */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
