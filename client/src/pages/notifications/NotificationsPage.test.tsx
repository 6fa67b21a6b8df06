import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { NOTIFICATION_TYPES, NotificationOutput, NotificationPage } from '@ketnoi/contract';
import NotificationsPage from './NotificationsPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';

describe('Notifications page', () => {
  it('says what each notification type the server sends is about, and where it leads', async () => {
    const items = NOTIFICATION_TYPES.map((type, i) => ({
      id: `n-${i}`,
      type,
      data: type.startsWith('message') ? { conversationId: 'c-1' } : { introId: 'i-1' },
      read: true,
      createdAt: '2025-10-01T00:00:00Z',
    }));
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items, nextCursor: null, unreadCount: 0 }) });
    renderApp(<NotificationsPage />, { me: meAs(startupProfile()) });
    expect(await screen.findAllByTestId('notification')).toHaveLength(NOTIFICATION_TYPES.length);
    expect(screen.queryByText('Bạn có cập nhật mới')).toBeNull();
    expect(screen.getByRole('link', { name: 'Cán bộ giới thiệu bạn với một đối tác — hãy trả lời' })).toHaveAttribute('href', '/intros');
    expect(screen.getByRole('link', { name: 'Bạn có tin nhắn mới' })).toHaveAttribute('href', '/chat/c-1');
  });

  it('carries the reason of a declined intro (issue 14 item 22)', async () => {
    const declined = {
      id: 'n-1',
      type: 'intro.declined',
      data: { introId: 'i-1', status: 'declined', reason: 'Đang kín lịch đến cuối quý.' },
      read: false,
      createdAt: '2025-10-01T00:00:00Z',
    };
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items: [declined], nextCursor: null, unreadCount: 1 }) });
    renderApp(<NotificationsPage />, { me: meAs(startupProfile()) });
    const item = await screen.findByTestId('notification');
    expect(item).toHaveTextContent('Một lời giới thiệu đã bị từ chối');
    expect(item).toHaveTextContent('Lý do từ chối: Đang kín lịch đến cuối quý.');
  });

  it('moves a refreshed notification to the top live (new messages in one conversation share one)', async () => {
    const intro = { id: 'n-intro', type: 'intro.requested', data: { introId: 'i-1' }, read: false, createdAt: '2025-10-01T02:00:00Z' };
    const messages = {
      id: 'n-chat',
      type: 'message.new',
      data: { conversationId: 'c-1', count: 1 },
      read: false,
      createdAt: '2025-10-01T00:00:00Z',
    };
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items: [intro, messages], nextCursor: null, unreadCount: 2 }) });
    const socket = new FakeSocket();
    renderApp(<NotificationsPage />, { me: meAs(startupProfile()), socket });
    const links = async () => (await screen.findAllByTestId('notification')).map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(await links()).toEqual(['/intros', '/chat/c-1']);
    await waitFor(() => expect(socket.listenerCount('notification:new')).toBeGreaterThan(0));
    const refreshed = parsed(NotificationOutput, {
      ...messages,
      data: { conversationId: 'c-1', count: 3 },
      createdAt: '2025-10-01T03:00:00Z',
    });
    await socket.push('notification:new', { notification: refreshed });
    expect(await links()).toEqual(['/chat/c-1', '/intros']);
  });
});
