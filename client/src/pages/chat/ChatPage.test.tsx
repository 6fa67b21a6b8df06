import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { NotificationPage, ReadNotificationsOutput } from '@ketnoi/contract';
import ChatPage from './ChatPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import { conversation, expertProfile, meAs, message, parsed, startupProfile } from '../../test/fixtures.js';
import { appStyles } from '../../test/styles.js';
import { NotificationBell } from '../../components/NotificationBell.js';

describe('Chat page', () => {
  it('shows "seen" after a reload, from the read marks the conversation list carries', async () => {
    const mine = message({ id: 'm-mine', senderId: 'p-startup', body: 'Của tôi', clientId: 'k', createdAt: '2025-10-01T03:01:00.000Z' });
    mockApi({
      // The expert read my message in an earlier session; nothing arrives live in this one.
      'GET /api/conversations': { items: [conversation({ lastMessage: mine, reads: { 'p-expert': 'm-mine', 'p-startup': 'm-1' } })] },
      'GET /api/conversations/c-1/messages': { items: [mine, message()], nextCursor: null },
      'GET /api/profiles/p-expert': expertProfile(),
    });
    renderApp(<ChatPage />, { path: '/chat/:id', url: '/chat/c-1', me: meAs(startupProfile()), socket: new FakeSocket() });
    const bubbles = await screen.findAllByTestId('message');
    const bubble = bubbles.find((el) => el.textContent?.includes('Của tôi'))!;
    expect(await within(bubble).findByText(/đã xem/)).toBeInTheDocument();
    expect(screen.getAllByText(/đã xem/)).toHaveLength(1);
  });

  it('shows the web address in a message as a link that opens apart from the chat', async () => {
    const link = message({
      id: 'm-link',
      senderId: 'p-expert',
      body: 'Họp ở https://meet.google.com/abc-defg-hij nhé',
      createdAt: '2025-10-01T03:02:00.000Z',
    });
    mockApi({
      'GET /api/conversations': { items: [conversation({ lastMessage: link })] },
      'GET /api/conversations/c-1/messages': { items: [link], nextCursor: null },
      'GET /api/profiles/p-expert': expertProfile(),
    });
    renderApp(<ChatPage />, { path: '/chat/:id', url: '/chat/c-1', me: meAs(startupProfile()), socket: new FakeSocket() });
    const [bubble] = await screen.findAllByTestId('message');
    const anchor = within(bubble!).getByRole('link', { name: 'https://meet.google.com/abc-defg-hij' });
    expect(anchor).toHaveAttribute('href', 'https://meet.google.com/abc-defg-hij');
    expect(anchor).toHaveAttribute('target', '_blank');
    expect(bubble).toHaveTextContent('Họp ở https://meet.google.com/abc-defg-hij nhé');
  });

  it('shows the unread count as a small pill at the end of the row, not stretched by the row', async () => {
    mockApi({
      'GET /api/conversations': { items: [conversation({ unread: 3, lastMessage: message() })] },
    });
    appStyles();
    renderApp(<ChatPage />, { path: '/chat', url: '/chat', me: meAs(startupProfile()), socket: new FakeSocket() });
    const badge = await screen.findByLabelText('3 tin chưa đọc');
    expect(badge).toHaveTextContent('3');
    const style = getComputedStyle(badge);
    // The row is a grid: by default a cell's item stretches to the cell (a tall circle beside two
    // lines, a pill as wide as the time under it).
    expect(style.justifySelf).toBe('end');
    expect(style.alignSelf).toBe('center');
    expect(style.height).toBe('20px');
    expect(style.minWidth).toBe('20px');
    expect(style.textAlign).toBe('center');
  });

  it('marks the new-message notifications of a conversation read once it is opened, and the bell follows', async () => {
    const newMessage = (id: string, conversationId: string) => ({
      id,
      type: 'message.new',
      data: { conversationId, senderId: 'p-expert', preview: 'Chào anh chị', count: 1 },
      read: false,
      createdAt: '2025-10-01T03:00:00.000Z',
    });
    const unread = [
      newMessage('n-here', 'c-1'),
      newMessage('n-other', 'c-2'),
      { id: 'n-intro', type: 'intro.accepted', data: { introId: 'i-1' }, read: false, createdAt: '2025-10-01T02:00:00.000Z' },
    ];
    const api = mockApi({
      'GET /api/conversations': { items: [conversation({ unread: 1, lastMessage: message() })] },
      'GET /api/conversations/c-1/messages': { items: [message()], nextCursor: null },
      'POST /api/conversations/c-1/read': { conversationId: 'c-1', profileId: 'p-startup', upTo: 'm-1' },
      'GET /api/profiles/p-expert': expertProfile(),
      'GET /api/notifications': parsed(NotificationPage, { items: unread, nextCursor: null, unreadCount: 3 }),
      'POST /api/notifications/read': parsed(ReadNotificationsOutput, { updated: 1, unreadCount: 2 }),
    });
    renderApp(
      <>
        <NotificationBell />
        <ChatPage />
      </>,
      { path: '/chat/:id', url: '/chat/c-1', me: meAs(startupProfile()) },
    );
    await screen.findByText('Chào anh chị', { selector: '.bubble__body' });
    // Three unread before: the conversation's one is read now.
    expect(await screen.findByRole('link', { name: 'Thông báo, 2 chưa đọc' })).toBeInTheDocument();
    // Only this conversation's message notifications: not another conversation's, not an intro's.
    expect(api.callsTo('POST', '/api/notifications/read').map((c) => c.body)).toEqual([{ ids: ['n-here'] }]);
    await waitFor(() => expect(api.callsTo('POST', '/api/conversations/c-1/read')).toHaveLength(1));
  });
});
