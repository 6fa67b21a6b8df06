import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { FirstPaintData } from '@ketnoi/contract';
import EventsPage from '../pages/events/EventsPage.js';
import { createQueryClient } from './queryClient.js';
import { seedFirstPaintData } from './firstPaintData.js';
import { queryKeys } from '../api/keys.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { reference } from '../test/fixtures.js';
import { atEventFixturesTime, calendarEvent } from '../test/eventFixtures.js';

atEventFixturesTime();

/** The server's HTML as the page receives it: the data script after #root. */
function serverData(data: FirstPaintData | string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'first-paint-data';
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  document.body.append(script);
}

afterEach(() => document.getElementById('first-paint-data')?.remove());

describe('the data of the server’s first paint', () => {
  it('lets the calendar draw its first page at once, without asking the API again', async () => {
    const fair = calendarEvent({ id: 'ev-2', kind: 'trade_fair', title: 'Hội chợ OCOP Lạng Sơn', meetings: null });
    serverData({ reference, calendar: { items: [fair], nextCursor: 'next-page' } });
    const queryClient = createQueryClient();
    seedFirstPaintData(queryClient, { pathname: '/events', search: '?province=lang-son&kind=trade_fair' });
    expect(queryClient.getQueryData(queryKeys.reference)).toEqual(reference);

    const api = mockApi({ 'GET /api/events': { items: [], nextCursor: null } });
    renderApp(<EventsPage />, { path: '/events', url: '/events?province=lang-son&kind=trade_fair', me: null, queryClient });
    // Drawn in the first render: no spinner in between, no request for the same page.
    expect(screen.getAllByTestId('event-card')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Hội chợ OCOP Lạng Sơn' })).toHaveAttribute('href', '/events/ev-2');
    expect(screen.getByRole('button', { name: 'Xem thêm sự kiện' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.callsTo('GET', '/api/events')).toHaveLength(0);
  });

  it('seeds nothing for another page or a page without data, and ignores a broken script', () => {
    const queryClient = createQueryClient();
    serverData({ calendar: { items: [calendarEvent()], nextCursor: null } });
    seedFirstPaintData(queryClient, { pathname: '/needs', search: '' });
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    document.getElementById('first-paint-data')!.textContent = '{"reference": ';
    seedFirstPaintData(queryClient, { pathname: '/events', search: '' });
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });
});
