import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import ConsultationsPage from './ConsultationsPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { consultation, expertProfile, meAs, startupProfile, summaryOf } from '../../test/fixtures.js';

afterEach(() => vi.unstubAllGlobals());

/** `n` consultations of one expert, each with a different startup through a different intro. */
function consultations(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const startup = startupProfile({ id: `p-startup-${i}`, name: `Khởi nghiệp số ${i + 1}` });
    return consultation({ id: `k-${i}`, introId: `i-${i}`, startupId: startup.id, startup: summaryOf(startup) });
  });
}

/** Render the page over `n` consultations and count every request it makes once the cards are up. */
async function requestsFor(n: number) {
  const items = consultations(n);
  const api = mockApi({ 'GET /api/consultations': { items, nextCursor: null } });
  const view = renderApp(<ConsultationsPage />, { path: '/consultations', me: meAs(expertProfile()) });
  expect(await screen.findAllByTestId('consultation')).toHaveLength(n);
  // Let any query a card would start (an intro, a profile) reach fetch.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  for (const c of items) expect(screen.getByRole('link', { name: c.startup!.name })).toBeInTheDocument();
  const calls = api.calls.map((c) => `${c.method} ${c.path}`);
  view.unmount();
  vi.unstubAllGlobals();
  return calls;
}

describe('Consultations page', () => {
  it('makes the same requests for one consultation as for eight: no request per card', async () => {
    const one = await requestsFor(1);
    const eight = await requestsFor(8);
    expect(one).toEqual(['GET /api/consultations']);
    expect(eight).toEqual(one);
  });
});
