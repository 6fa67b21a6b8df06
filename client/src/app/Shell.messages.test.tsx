// Unread message counts on the navigation and the new-message alert, driven by live socket events
// (the realtime provider fed by an in-memory socket) on top of the conversation list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationPage } from '@ketnoi/contract';
import { Shell } from './Shell.js';
import { TOAST_MS } from '../components/MessageToasts.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { FakeSocket } from '../test/fakeSocket.js';
import { conversation, expertProfile, meAs, message, parsed, startupProfile } from '../test/fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

const mentor = expertProfile({ id: 'p-mentor', name: 'Hoàng Thu Trang' });

function api() {
  return mockApi({
    'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }),
    'GET /api/conversations': {
      items: [
        conversation({ id: 'c-1', unread: 1, lastMessage: message({ id: 'm-1' }) }),
        conversation({ id: 'c-2', introId: 'i-2', participants: ['p-startup', 'p-mentor'], unread: 0 }),
      ],
    },
    'GET /api/profiles/p-expert': expertProfile(),
    'GET /api/profiles/p-mentor': mentor,
  });
}

/** The Shell on any path, as a founder, with a socket the test plays the server on. */
async function founderOn(url: string) {
  const socket = new FakeSocket();
  const view = renderApp(<Shell />, { path: '/*', url, me: meAs(startupProfile()), socket });
  await waitFor(() => expect(socket.listenerCount('message:new')).toBe(2)); // the cache's and the alerts'
  return { socket, ...view };
}

const quickNav = () => screen.getByRole('navigation', { name: 'Lối tắt' });
const mainNav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });
const badgeIn = (nav: HTMLElement) => within(nav).queryByTestId('nav-count-chat');
const alerts = () => screen.getByRole('status', { name: 'Tin nhắn mới' });

describe('Unread messages on the navigation', () => {
  it('counts unread messages from the conversation list and follows message:new and message:read live', async () => {
    api();
    const { socket } = await founderOn('/home');
    expect(await within(quickNav()).findByRole('link', { name: 'Tin nhắn 1 chưa đọc' })).toHaveAttribute('href', '/chat');
    expect(badgeIn(mainNav())).toHaveTextContent('1');

    await socket.push('message:new', { message: message({ id: 'm-2', body: 'Anh gửi thêm mẫu nhãn nhé.' }) });
    expect(badgeIn(quickNav())).toHaveTextContent('2');
    await socket.push('message:new', {
      message: message({ id: 'm-3', conversationId: 'c-2', senderId: 'p-mentor', body: 'Hẹn gặp tuần sau?' }),
    });
    expect(badgeIn(quickNav())).toHaveTextContent('3');

    // My own message (sent from my phone) is not unread, and the same event twice counts once.
    await socket.push('message:new', { message: message({ id: 'm-4', senderId: 'p-startup', body: 'Dạ vâng.' }) });
    await socket.push('message:new', {
      message: message({ id: 'm-3', conversationId: 'c-2', senderId: 'p-mentor', body: 'Hẹn gặp tuần sau?' }),
    });
    expect(badgeIn(quickNav())).toHaveTextContent('3');

    // I read c-1 in another tab: its messages leave the count; the other side reading changes nothing.
    await socket.push('message:read', { conversationId: 'c-1', profileId: 'p-expert', upTo: 'm-4' });
    expect(badgeIn(quickNav())).toHaveTextContent('3');
    await socket.push('message:read', { conversationId: 'c-1', profileId: 'p-startup', upTo: 'm-4' });
    expect(badgeIn(quickNav())).toHaveTextContent('1');
    await socket.push('message:read', { conversationId: 'c-2', profileId: 'p-startup', upTo: 'm-3' });
    expect(badgeIn(quickNav())).toBeNull();
    expect(within(quickNav()).getByRole('link', { name: 'Tin nhắn' })).toBeInTheDocument();
  });

  it('knows a staff member’s own messages by the conversation’s `me` (a user id, not a profile)', async () => {
    mockApi({
      'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }),
      'GET /api/conversations': {
        items: [conversation({ id: 'c-9', participants: ['u-staff', 'p-startup', 'p-expert'], me: 'u-staff', unread: 0 })],
      },
      'GET /api/profiles/p-expert': expertProfile(),
    });
    const socket = new FakeSocket();
    renderApp(<Shell />, { path: '/*', url: '/staff', me: meAs(null, 'staff'), socket });
    await waitFor(() => expect(socket.listenerCount('message:new')).toBe(2));
    await waitFor(() => expect(within(quickNav()).getByRole('link', { name: 'Tin nhắn' })).toBeInTheDocument());

    await socket.push('message:new', {
      message: message({ id: 'm-1', conversationId: 'c-9', senderId: 'u-staff', body: 'Sở đã giới thiệu hai bên.' }),
    });
    expect(badgeIn(quickNav())).toBeNull();
    expect(alerts()).toBeEmptyDOMElement();
    await socket.push('message:new', { message: message({ id: 'm-2', conversationId: 'c-9', body: 'Cảm ơn Sở.' }) });
    expect(badgeIn(quickNav())).toHaveTextContent('1');
    expect(await within(alerts()).findByTestId('message-toast')).toHaveTextContent('Cảm ơn Sở.');
  });
});

describe('New-message alert', () => {
  it('tells a founder on another page who wrote, links to the conversation and never takes focus', async () => {
    api();
    const user = userEvent.setup();
    const { socket, router } = await founderOn('/home');
    const before = document.activeElement;
    expect(alerts()).toBeEmptyDOMElement();

    await socket.push('message:new', { message: message({ id: 'm-2', body: 'Anh gửi thêm mẫu nhãn nhé.' }) });
    const toast = await within(alerts()).findByTestId('message-toast');
    expect(toast).toHaveTextContent('Tin nhắn mới từ Nguyễn Thị Hà');
    expect(toast).toHaveTextContent('Anh gửi thêm mẫu nhãn nhé.');
    expect(document.activeElement).toBe(before);

    // A second message in the same conversation replaces the alert; another conversation adds one.
    await socket.push('message:new', { message: message({ id: 'm-3', body: 'Thứ Năm gọi video nhé.' }) });
    await socket.push('message:new', { message: message({ id: 'm-4', conversationId: 'c-2', senderId: 'p-mentor', body: 'Hẹn gặp?' }) });
    await waitFor(() => expect(within(alerts()).getAllByTestId('message-toast')).toHaveLength(2));
    expect(alerts()).toHaveTextContent('Thứ Năm gọi video nhé.');
    expect(alerts()).not.toHaveTextContent('Anh gửi thêm mẫu nhãn nhé.');

    const expertAlert = within(alerts())
      .getAllByTestId('message-toast')
      .find((el) => el.textContent?.includes('Nguyễn Thị Hà'))!;
    await user.click(within(expertAlert).getByRole('link', { name: 'Mở cuộc trò chuyện' }));
    expect(router.state.location.pathname).toBe('/chat/c-1');
    expect(within(alerts()).getAllByTestId('message-toast')).toHaveLength(1);

    await user.click(within(alerts()).getByRole('button', { name: 'Đóng thông báo tin nhắn' }));
    expect(alerts()).toBeEmptyDOMElement();
  });

  it('stays quiet for my own messages, for the open conversation and on the conversation list', async () => {
    api();
    const { socket, router } = await founderOn('/chat/c-1');
    await socket.push('message:new', { message: message({ id: 'm-2', body: 'Trong cuộc trò chuyện đang mở' }) });
    await socket.push('message:new', { message: message({ id: 'm-3', senderId: 'p-startup', conversationId: 'c-2', body: 'Của tôi' }) });
    await act(() => router.navigate('/chat'));
    await socket.push('message:new', {
      message: message({ id: 'm-4', conversationId: 'c-2', senderId: 'p-mentor', body: 'Danh sách đang mở' }),
    });
    await act(() => router.navigate('/home'));
    await socket.push('message:new', { message: message({ id: 'm-5', senderId: 'p-startup', body: 'Của tôi từ máy khác' }) });
    expect(alerts()).toBeEmptyDOMElement();

    await socket.push('message:new', { message: message({ id: 'm-6', conversationId: 'c-2', senderId: 'p-mentor', body: 'Giờ thì báo' }) });
    expect(await within(alerts()).findByTestId('message-toast')).toHaveTextContent('Tin nhắn mới từ Hoàng Thu Trang');
    // Opening that conversation some other way answers its alert.
    await act(() => router.navigate('/chat/c-2'));
    expect(alerts()).toBeEmptyDOMElement();
  });

  it('goes away by itself after a while unless the person is pointing at it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
    api();
    const { socket } = await founderOn('/home');
    await socket.push('message:new', { message: message({ id: 'm-2', body: 'Sẽ tự ẩn' }) });
    const toast = await within(alerts()).findByTestId('message-toast');
    fireEvent.mouseOver(toast);
    await wait(TOAST_MS * 2);
    expect(alerts()).toHaveTextContent('Sẽ tự ẩn');
    fireEvent.mouseOut(toast);
    await wait(TOAST_MS - 500);
    expect(alerts()).toHaveTextContent('Sẽ tự ẩn');
    await wait(1000);
    expect(alerts()).toBeEmptyDOMElement();
  });
});
