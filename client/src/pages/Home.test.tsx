import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import Home from './Home.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { meAs, startupProfile } from '../test/fixtures.js';
import { calendarEvent } from './portal/portalFixtures.js';

afterEach(() => vi.unstubAllGlobals());

describe('Home (a member’s own page)', () => {
  it('shows the next events of the member’s province, each linking to its page', async () => {
    const api = mockApi({
      'GET /api/intros': { items: [], nextCursor: null },
      'GET /api/needs': { items: [], nextCursor: null },
      'GET /api/consultations': { items: [], nextCursor: null },
      'GET /api/matches': { items: [] },
      'GET /api/events': { items: [calendarEvent()], nextCursor: null },
    });
    renderApp(<Home />, { me: meAs(startupProfile({ province: 'lang-son' })) });
    const events = await screen.findByRole('region', { name: 'Sự kiện sắp tới' });
    expect(await within(events).findByRole('link', { name: 'Ngày hội Khởi nghiệp Lạng Sơn 2026' })).toHaveAttribute('href', '/events/ev-1');
    expect(within(events).getByRole('link', { name: 'Tất cả sự kiện' })).toHaveAttribute('href', '/events?province=lang-son');
    await waitFor(() => expect(api.callsTo('GET', '/api/events')).toHaveLength(1));
    expect(api.callsTo('GET', '/api/events')[0]!.query.get('province')).toBe('lang-son');
  });
});
