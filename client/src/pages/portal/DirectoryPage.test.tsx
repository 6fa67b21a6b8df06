import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import DirectoryPage from './DirectoryPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi, type ApiRequest } from '../../test/mockApi.js';
import { expertProfile, startupProfile } from '../../test/fixtures.js';

const honey = startupProfile({
  id: 'p-honey',
  logoFileId: 'f-logo',
  products: [{ name: 'Mật ong 500 ml', description: '', ocopStars: 3 }],
});

describe('Directory page', () => {
  it('lists the province’s startups with logo and OCOP stars, then helpers by tab', async () => {
    const api = mockApi({
      'GET /api/profiles': (req: ApiRequest) => ({
        items: req.query.get('kind') === 'expert' ? [expertProfile()] : [honey],
        nextCursor: null,
      }),
    });
    renderApp(<DirectoryPage />, { path: '/directory', url: '/directory?province=lang-son', me: null });
    expect(document.title).toBe('Dự án, chuyên gia và đơn vị hỗ trợ — KếtNối');
    const card = (await screen.findByRole('link', { name: 'Mật ong chanh rừng Chi Lăng' })).closest('li')!;
    expect(screen.getByRole('link', { name: 'Mật ong chanh rừng Chi Lăng' })).toHaveAttribute('href', '/p/p-honey');
    expect(card.querySelector('img')).toHaveAttribute('src', '/api/files/f-logo?variant=small');
    expect(within(card).getByText('OCOP 3 sao')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/profiles')[0]!.query.get('province')).toBe('lang-son');
    expect(api.callsTo('GET', '/api/profiles')[0]!.query.get('kind')).toBe('startup');

    await userEvent.click(screen.getByRole('tab', { name: 'Chuyên gia' }));
    expect(await screen.findByRole('link', { name: 'Nguyễn Thị Hà' })).toHaveAttribute('href', '/p/p-expert');
    await waitFor(() => expect(api.callsTo('GET', '/api/profiles').at(-1)!.query.get('kind')).toBe('expert'));
    expect(screen.getByRole('tab', { name: 'Chuyên gia' })).toHaveAttribute('aria-selected', 'true');
  });

  it('explains an empty list of helpers (a province may keep them to itself)', async () => {
    mockApi({ 'GET /api/profiles': { items: [], nextCursor: null } });
    renderApp(<DirectoryPage />, { path: '/directory', url: '/directory?kind=investor', me: null });
    expect(await screen.findByText('Chưa có hồ sơ nào ở đây.')).toBeInTheDocument();
    expect(screen.getByText('Một số tỉnh chỉ chia sẻ chuyên gia và nhà đầu tư với người dùng trong tỉnh.')).toBeInTheDocument();
  });
});
