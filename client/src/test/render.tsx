import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../app/AppProviders.js';
import { createQueryClient } from '../app/queryClient.js';
import { queryKeys } from '../api/keys.js';
import type { Me } from '@ketnoi/contract';
import { reference } from './fixtures.js';
import type { FakeSocket } from './fakeSocket.js';

interface Options {
  /** Where the element is mounted (a route pattern such as /chat/:id) and the URL to open. */
  path?: string;
  url?: string;
  /** Routes under the element (a layout such as the Shell renders them in its outlet). */
  children?: RouteObject[];
  /** The element route's error boundary (the app puts RouteError on its root route). */
  ErrorBoundary?: RouteObject['ErrorBoundary'];
  /** Extra routes, e.g. a sign-in page to land on after a redirect. */
  routes?: RouteObject[];
  /** Seed the signed-in user (skips GET /api/auth/session); null means signed out. */
  me?: Me | null;
  socket?: FakeSocket;
  queryClient?: QueryClient;
  /** Seed the reference data (default); false lets the screen ask GET /api/reference itself. */
  reference?: boolean;
}

/** Render a screen inside the real providers (query cache, realtime, router) with test doubles. */
export function renderApp(element: ReactElement, options: Options = {}) {
  const queryClient = options.queryClient ?? createQueryClient();
  // The app's defaults (mutations' network mode among them) with queries made quiet for tests.
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
  });
  if (options.me !== undefined) queryClient.setQueryData(queryKeys.me, options.me);
  if (options.reference !== false) queryClient.setQueryData(queryKeys.reference, reference);
  const path = options.path ?? '/';
  const router = createMemoryRouter(
    [{ path, element, children: options.children, ErrorBoundary: options.ErrorBoundary }, ...(options.routes ?? [])],
    {
      initialEntries: [options.url ?? path],
    },
  );
  const socket = options.socket;
  const utils = render(
    <AppProviders queryClient={queryClient} socketFactory={socket ? () => socket : () => new NeverSocket()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, queryClient, router };
}

/** A socket that never connects, for screens whose test does not involve realtime. */
class NeverSocket {
  connected = false;
  on() {
    return this;
  }
  off() {
    return this;
  }
  emit() {
    return this;
  }
  connect() {
    return this;
  }
  disconnect() {
    return this;
  }
}
