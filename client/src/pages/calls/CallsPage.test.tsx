import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { CallListItem } from '@ketnoi/contract';
import CallsPage from './CallsPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';
import { call, EVENT_ID } from '../../test/calls.js';

const open = parsed(CallListItem, {
  event: call().event,
  opensAt: null,
  closesAt: '2026-03-05T10:00:00.000Z',
  open: true,
  resultsPublishedAt: null,
  entries: 3,
});

describe('The list of calls', () => {
  it('invites a founder to enter an open call, and shows a judge or an expert its rules', async () => {
    mockApi({ 'GET /api/calls': { items: [open], nextCursor: null }, 'GET /api/me/judging': { items: [] } });
    const { unmount } = renderApp(<CallsPage />, { me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: 'Xem thể lệ và nộp hồ sơ' })).toHaveAttribute('href', `/events/${EVENT_ID}/call`);
    unmount();
    renderApp(<CallsPage />, { me: meAs(null, 'expert') });
    expect(await screen.findByRole('link', { name: 'Xem thể lệ' })).toHaveAttribute('href', `/events/${EVENT_ID}/call`);
    expect(screen.queryByRole('link', { name: 'Xem thể lệ và nộp hồ sơ' })).not.toBeInTheDocument();
  });
});
