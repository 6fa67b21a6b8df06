import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import StatsPage from './StatsPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { publicStats } from './portalFixtures.js';

describe('Stats page', () => {
  it('shows a province’s figures as counts, and the country’s when the province is cleared', async () => {
    const api = mockApi({
      'GET /api/public/stats': (req) =>
        req.query.get('province')
          ? publicStats()
          : publicStats({ scope: { level: 'national', province: null, region: null }, needs: { opened: 120, resolved: 44 } }),
    });
    const { router } = renderApp(<StatsPage />, { path: '/stats', url: '/stats?province=lang-son', me: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Số liệu Lạng Sơn' })).toBeInTheDocument();
    expect(document.title).toBe('Số liệu Lạng Sơn — KếtNối');
    const opened = await screen.findByText('Nhu cầu đã nêu');
    expect(opened.parentElement).toHaveTextContent('16');
    expect(api.callsTo('GET', '/api/public/stats')[0]!.query.get('province')).toBe('lang-son');

    await userEvent.selectOptions(screen.getByRole('combobox'), 'Toàn quốc');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('heading', { level: 1, name: 'Số liệu khởi nghiệp' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Nhu cầu đã nêu').parentElement).toHaveTextContent('120'));
    expect(document.title).toBe('Số liệu khởi nghiệp — KếtNối');
  });
});
