import { useQuery } from '@tanstack/react-query';
import { portalApi } from '../portal.js';
import { queryKeys } from '../keys.js';

/** The figures of a province, or of the country without one (the server recomputes them after a change). */
export function usePublicStats(province: string | undefined) {
  const params = province ? { province } : {};
  return useQuery({ queryKey: queryKeys.publicStats(params), queryFn: () => portalApi.stats(params), staleTime: 5 * 60_000 });
}

/** The next few published events, of a province when one is chosen. */
export function useUpcomingEvents(province: string | undefined, limit = 3) {
  return useQuery({
    queryKey: queryKeys.upcomingEvents(province),
    queryFn: () => portalApi.upcomingEvents({ limit, ...(province ? { province } : {}) }),
    staleTime: 60_000,
  });
}
