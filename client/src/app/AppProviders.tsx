import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RealtimeProvider } from '../realtime/RealtimeProvider.js';
import type { SocketFactory } from '../realtime/types.js';

export function AppProviders({
  queryClient,
  socketFactory,
  children,
}: {
  queryClient: QueryClient;
  socketFactory?: SocketFactory;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <RealtimeProvider socketFactory={socketFactory}>{children}</RealtimeProvider>
    </QueryClientProvider>
  );
}
