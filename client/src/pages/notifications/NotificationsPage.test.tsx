import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { NOTIFICATION_TYPES, NotificationOutput, NotificationPage } from '@ketnoi/contract';
import NotificationsPage from './NotificationsPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';
import { formatDateTime } from '../../lib/format.js';
import { appStyles, ruleFor } from '../../test/styles.js';

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

  it('tells two notifications of one kind apart by who, what and when their data says', async () => {
    const items = [
      {
        id: 'n-c1',
        type: 'consultation.scheduled',
        data: {
          consultationId: 'co-1',
          introId: 'i-1',
          status: 'scheduled',
          startsAt: '2025-10-14T02:00:00.000Z',
          withName: 'Luật sư Hạnh',
        },
        read: false,
        createdAt: '2025-10-01T00:00:00Z',
      },
      {
        id: 'n-c2',
        type: 'consultation.scheduled',
        data: { consultationId: 'co-2', introId: 'i-2', status: 'scheduled', startsAt: '2025-10-21T07:30:00.000Z' },
        read: false,
        createdAt: '2025-10-01T00:00:00Z',
      },
      {
        id: 'n-m',
        type: 'message.new',
        data: { conversationId: 'c-1', senderId: 'p-expert', fromName: 'Happy Mart', preview: 'Chị gửi em bảng giá nhé', count: 3 },
        read: false,
        createdAt: '2025-10-01T00:00:00Z',
      },
      {
        id: 'n-i',
        type: 'intro.accepted',
        data: { introId: 'i-1', status: 'accepted', fromName: 'Mật ong Chị Lăng', toName: 'Trần Văn Cố Vấn' },
        read: true,
        createdAt: '2025-10-01T00:00:00Z',
      },
      {
        id: 'n-e',
        type: 'meeting.requested',
        data: { eventId: 'e-1', eventTitle: 'Ngày hội khởi nghiệp Lạng Sơn', fromName: 'Nông sản Bắc Sơn', slot: null },
        read: true,
        createdAt: '2025-10-01T00:00:00Z',
      },
    ];
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items, nextCursor: null, unreadCount: 3 }) });
    renderApp(<NotificationsPage />, { me: meAs(startupProfile()) });
    const cards = await screen.findAllByTestId('notification');
    const context = cards.map((card) => within(card).queryByTestId('notification-context')?.textContent);
    expect(context).toEqual([
      `Luật sư Hạnh · Lúc ${formatDateTime('2025-10-14T02:00:00.000Z')}`,
      `Lúc ${formatDateTime('2025-10-21T07:30:00.000Z')}`,
      'Happy Mart · 3 tin nhắn · “Chị gửi em bảng giá nhé”',
      'Mật ong Chị Lăng → Trần Văn Cố Vấn',
      'Nông sản Bắc Sơn · Ngày hội khởi nghiệp Lạng Sơn',
    ]);
    // The context is beside the link, not in its name: one link per card, named by its title.
    for (const card of cards) expect(within(card).getAllByRole('link')).toHaveLength(1);
    expect(within(cards[2]!).getByRole('link')).toHaveAccessibleName('Bạn có tin nhắn mới');
  });

  it('makes the whole card the tap target: its one link is stretched over it', async () => {
    const item = { id: 'n-1', type: 'message.new', data: { conversationId: 'c-1' }, read: true, createdAt: '2025-10-01T00:00:00Z' };
    mockApi({ 'GET /api/notifications': parsed(NotificationPage, { items: [item], nextCursor: null, unreadCount: 0 }) });
    appStyles();
    renderApp(<NotificationsPage />, { me: meAs(startupProfile()) });
    const card = await screen.findByTestId('notification');
    const link = within(card).getByRole('link');
    expect(getComputedStyle(card).position).toBe('relative');
    // jsdom computes no pseudo-elements: the rule that stretches the link's ::after is read from the sheet.
    const stretch = [...link.classList].map((name) => ruleFor(`.${name}::after`)).find(Boolean);
    expect(stretch?.style.position).toBe('absolute');
    expect(stretch?.style.getPropertyValue('inset')).toMatch(/^0(px)?$/);
  });
});
