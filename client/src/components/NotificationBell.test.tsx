import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { NotificationBell } from './NotificationBell.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { FakeSocket } from '../test/fakeSocket.js';
import { NotificationOutput, NotificationPage } from '@ketnoi/contract';
import { meAs, parsed, startupProfile } from '../test/fixtures.js';

describe('Notification bell', () => {
  it('counts unread notifications and goes up live on notification:new', async () => {
    const api = mockApi({
      'GET /api/notifications': parsed(NotificationPage, {
        items: [{ id: 'n1', type: 'intro.requested', data: { introId: 'i-1' }, read: false, createdAt: '2025-10-01T00:00:00Z' }],
        nextCursor: null,
        unreadCount: 1,
      }),
    });
    const socket = new FakeSocket();
    renderApp(<NotificationBell />, { me: meAs(startupProfile()), socket });
    expect(await screen.findByTestId('unread-count')).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: 'Thông báo, 1 chưa đọc' })).toHaveAttribute('href', '/notifications');
    expect(api.callsTo('GET', '/api/notifications')[0]!.query.get('unread')).toBe('true');

    await waitFor(() => expect(socket.listenerCount('notification:new')).toBe(1));
    const notification = parsed(NotificationOutput, {
      id: 'n2',
      type: 'message.new',
      data: { conversationId: 'c-1' },
      read: false,
      createdAt: '2025-10-01T00:01:00Z',
    });
    await socket.push('notification:new', { notification });
    expect(screen.getByTestId('unread-count')).toHaveTextContent('2');
    // The same notification twice still counts once.
    await socket.push('notification:new', { notification });
    expect(screen.getByTestId('unread-count')).toHaveTextContent('2');
  });
});
