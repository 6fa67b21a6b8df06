// Issue 14 item 22: the admin exposure table showed "…" instead of names.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CRITERIA, ExposureList, WeightsOutput } from '@ketnoi/contract';
import WeightsPage from './WeightsPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { expertProfile, meAs, parsed, summaryOf } from '../../test/fixtures.js';

describe('Scoring weights and exposure', () => {
  it('names every profile of the exposure table from the answer itself', async () => {
    const weights = Object.fromEntries(CRITERIA.map((c) => [c, 1]));
    const api = mockApi({
      'GET /api/admin/weights': parsed(WeightsOutput, {
        province: 'lang-son',
        weights,
        overrides: {},
        defaults: weights,
        updatedAt: null,
        updatedBy: null,
      }),
      'GET /api/matches/exposure': parsed(ExposureList, {
        items: [{ profile: summaryOf(expertProfile()), shown: 12, recentShown: 4, lastShownAt: '2025-10-01T00:00:00.000Z' }],
      }),
    });
    renderApp(<WeightsPage />, { me: meAs(null, 'admin') });
    expect(screen.getByText(/Chọn tỉnh để xem và chỉnh\./)).toBeInTheDocument();
    await userEvent.setup().selectOptions(screen.getByLabelText('Tỉnh, thành phố'), 'lang-son');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /Nguyễn Thị Hà/ });
    expect(within(row).getByRole('link', { name: 'Nguyễn Thị Hà' })).toHaveAttribute('href', '/profiles/p-expert');
    expect(row).toHaveTextContent('12');
    expect(table).not.toHaveTextContent('…');
    expect(api.calls.filter((c) => c.path.startsWith('/api/profiles'))).toEqual([]);
  });
});
