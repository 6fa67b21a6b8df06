import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/http.js';
import { queryKeys } from '../api/keys.js';
import type { Me } from '@ketnoi/contract';

/**
 * One QueryClient per app. A 401 from any request means the session ended: the cached user is
 * cleared, and the auth guard sends the person to sign in and back to where they were.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && queryClient.getQueryData<Me | null>(queryKeys.me)) {
      queryClient.setQueryData<Me | null>(queryKeys.me, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: true,
        // Retrying a 4xx never helps; a network blip or a 503 may pass.
        retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      // A form sent offline fails at once with the network message, its text kept. Held until the
      // network is back (TanStack's default), it said "sending…" with no end, then went out behind
      // the person's back, often after they had left the page and typed it again: twice.
      mutations: { networkMode: 'always' },
    },
  });
  return queryClient;
}
