import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OpportunitiesPage from './OpportunitiesPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { opportunity } from '../portal/portalFixtures.js';

describe('Opportunities page', () => {
  it('lets a visitor search without diacritics and filter by type, the URL keeping the state', async () => {
    const api = mockApi({ 'GET /api/opportunities': { items: [opportunity()], nextCursor: null } });
    const { router } = renderApp(<OpportunitiesPage />, { path: '/opportunities', url: '/opportunities', me: null });
    expect(document.title).toBe('Cơ hội hợp tác — KếtNối');
    expect(await screen.findByRole('link', { name: 'Tìm nhà cung cấp mật ong OCOP' })).toHaveAttribute('href', '/opportunities/op-1');
    expect(screen.queryByRole('button', { name: 'Đăng cơ hội' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Tìm cơ hội' }), 'mat ong');
    await userEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Loại' }), 'Tìm kiếm');
    await waitFor(() => expect(router.state.location.search).toBe('?q=mat+ong&type=request'));
    await waitFor(() => expect(api.callsTo('GET', '/api/opportunities').at(-1)!.query.get('type')).toBe('request'));
    const last = api.callsTo('GET', '/api/opportunities').at(-1)!;
    expect(last.query.get('q')).toBe('mat ong');
  });

  it('says so when nothing matches', async () => {
    mockApi({ 'GET /api/opportunities': { items: [], nextCursor: null } });
    renderApp(<OpportunitiesPage />, { path: '/opportunities', url: '/opportunities?q=xyz', me: null });
    expect(await screen.findByText('Không có cơ hội nào phù hợp.')).toBeInTheDocument();
  });
});
