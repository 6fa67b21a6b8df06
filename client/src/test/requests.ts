import { act } from '@testing-library/react';
import { vi } from 'vitest';
import { mockApi } from './mockApi.js';

/**
 * Every request ("METHOD /path") a screen makes to show its items: `render` mounts it over `routes`,
 * `shown` waits until the items are on screen, then a moment lets any query an item would start
 * (a profile, an intro) reach fetch. Rendering N items and 1 item should cost the same requests.
 */
export async function requestsToShow(
  routes: Parameters<typeof mockApi>[0],
  render: () => { unmount: () => void },
  shown: () => Promise<void>,
): Promise<string[]> {
  const api = mockApi(routes);
  const view = render();
  await shown();
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const calls = api.calls.map((c) => `${c.method} ${c.path}`);
  view.unmount();
  vi.unstubAllGlobals();
  return calls;
}
