import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import ProfilePage from './ProfilePage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { expertProfile, intro, meAs, startupProfile } from '../../test/fixtures.js';

describe('Profile page', () => {
  it('hides contact details when the API does not return them', async () => {
    mockApi({ 'GET /api/profiles/p-expert': expertProfile(), 'GET /api/intros': { items: [], nextCursor: null } });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-expert', me: meAs(startupProfile()) });
    expect(await screen.findByRole('heading', { level: 1, name: /Nguyễn Thị Hà/ })).toBeInTheDocument();
    expect(screen.getByText('Đã xác minh')).toBeInTheDocument();
    expect(screen.getByText('Thông tin liên hệ sẽ hiện sau khi hai bên đồng ý kết nối.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Xin giới thiệu' })).toBeInTheDocument();
  });

  it('shows contact details once the API includes them', async () => {
    mockApi({ 'GET /api/profiles/p-expert': expertProfile({ contact: { phone: '0912 345 678', email: 'ha@example.vn' } }) });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-expert', me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: '0912 345 678' })).toHaveAttribute('href', 'tel:0912 345 678');
    expect(screen.getByRole('link', { name: 'ha@example.vn' })).toHaveAttribute('href', 'mailto:ha@example.vn');
  });

  it('offers the conversation, not a new request, to someone already connected (issue 14 item 22)', async () => {
    const api = mockApi({
      'GET /api/profiles/p-expert': expertProfile(),
      'GET /api/intros': {
        items: [intro({ status: 'accepted', awaiting: [], acceptedBy: ['p-expert'], conversationId: 'c-1' })],
        nextCursor: null,
      },
    });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-expert', me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: 'Nhắn tin' })).toHaveAttribute('href', '/chat/c-1');
    expect(screen.queryByRole('button', { name: 'Xin giới thiệu' })).toBeNull();
    expect(api.callsTo('GET', '/api/intros')[0]!.query.get('with')).toBe('p-expert');
  });
});
