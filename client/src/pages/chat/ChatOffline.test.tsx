// Chat on a bad network (a phone going offline, a server restart): nothing typed is lost, what waits
// for the connection says so, and what goes again keeps its clientId so the server stores it once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationPage, type Message } from '@ketnoi/contract';
import { Shell } from '../../app/Shell.js';
import ChatPage from './ChatPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import { conversation, expertProfile, meAs, message, parsed, startupProfile } from '../../test/fixtures.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  // TanStack Query keeps its own online flag from these events: a test that ends offline would pause the next one's queries.
  window.dispatchEvent(new Event('online'));
});

/**
 * The server as the client sees it: what it stores (once per clientId, as docs/API.md says), whether
 * the socket's acknowledgements come back and whether HTTP gets through.
 */
function chatServer() {
  const stored: Message[] = [message()];
  // fetchGate holds the answer to a thread fetch (made of what was stored when it was asked) back.
  const net = { socketAnswers: true, httpUp: true, fetchGate: null as Promise<void> | null };
  const store = (body: string, clientId: string) => {
    const found = stored.find((m) => m.clientId === clientId && m.senderId === 'p-startup');
    if (found) return found;
    const created = message({ id: `m-${stored.length + 1}`, senderId: 'p-startup', body, clientId, createdAt: new Date().toISOString() });
    stored.unshift(created);
    return created;
  };
  const api = mockApi({
    'GET /api/conversations': () => ({ items: [conversation({ lastMessage: stored[0] })] }),
    'GET /api/conversations/c-1/messages': async () => {
      const items = [...stored];
      if (net.fetchGate) await net.fetchGate;
      return { items, nextCursor: null };
    },
    'POST /api/conversations/c-1/messages': (req) => {
      if (!net.httpUp) throw new TypeError('Failed to fetch');
      const { body, clientId } = req.body as { body: string; clientId: string };
      return { status: 201, body: store(body, clientId) };
    },
    'POST /api/conversations/c-1/read': (req) => ({ conversationId: 'c-1', profileId: 'p-startup', ...(req.body as { upTo: string }) }),
    'GET /api/notifications': parsed(NotificationPage, { items: [], nextCursor: null, unreadCount: 0 }),
    'GET /api/profiles/p-expert': expertProfile(),
    'POST /api/auth/logout': { status: 204 },
  });
  const socket = new FakeSocket();
  socket.onClientEmit('message:send', (payload, ack) => {
    if (!net.socketAnswers) return; // lost on the way: no acknowledgement ever comes
    const { body, clientId } = payload as { body: string; clientId: string };
    // Answered a moment later, as over a network: a fetch asked meanwhile does not have it.
    setTimeout(() => ack?.({ ok: true, message: store(body, clientId) }), 5);
  });
  const sends = () => socket.emitted.filter((e) => e.event === 'message:send').map((e) => e.payload as { body: string; clientId: string });
  return { stored, net, api, socket, sends };
}

/** The app's frame with the chat page in it, as a founder on /chat/c-1. */
async function openChat(socket: FakeSocket) {
  const view = renderApp(<Shell />, {
    path: '/*',
    url: '/chat/c-1',
    me: meAs(startupProfile()),
    socket,
    children: [{ path: 'chat/:id', element: <ChatPage /> }],
  });
  await screen.findByText('Chào anh chị', { selector: '.bubble__body' });
  await waitFor(() => expect(socket.connected).toBe(true));
  return view;
}

/** The browser's own word on the network, as Chromium gives it when the phone loses it. */
async function browserGoes(state: 'offline' | 'online') {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(state === 'online');
  await act(async () => {
    window.dispatchEvent(new Event(state));
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

/** The socket's transport drops and Socket.IO connects again (a server restart, a network change). */
async function socketReconnects(socket: FakeSocket) {
  await act(async () => {
    socket.connected = false;
    socket.serverEmit('disconnect', 'transport close');
    socket.connect();
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

const bodies = () => screen.getAllByTestId('message').map((el) => el.querySelector('.bubble__body')?.textContent);
const bubble = (body: string) => screen.getByText(body, { selector: '.bubble__body' }).closest('li')!;
const NOT_SENT = /Chưa gửi được/;
const WAITING = /đang chờ mạng…/;
const BANNER = 'Mất kết nối trực tiếp, đang kết nối lại…';

describe('Chat on a bad network', () => {
  it('keeps failed messages through the reconnect’s refetch and sends them again, in order, with their clientIds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const { stored, net, api, socket, sends } = chatServer();
    await openChat(socket);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    // Connected as far as the socket knows, but nothing gets through: no acknowledgement, no HTTP.
    net.socketAnswers = false;
    net.httpUp = false;
    await user.type(screen.getByLabelText('Tin nhắn'), 'Tin một{Enter}');
    await user.type(screen.getByLabelText('Tin nhắn'), 'Tin hai{Enter}');
    await act(() => vi.advanceTimersByTimeAsync(9000));
    expect(await screen.findAllByText(NOT_SENT)).toHaveLength(2);
    const firstTry = sends().map((s) => [s.body, s.clientId]);
    expect(firstTry.map(([body]) => body)).toEqual(['Tin một', 'Tin hai']);

    // Back, without a tap on "Thử lại": the catch-up refetches the thread, and its answer (the thread
    // without them) comes after they are sent again.
    net.socketAnswers = true;
    net.httpUp = true;
    let answerFetch = () => {};
    net.fetchGate = new Promise((resolve) => (answerFetch = resolve));
    const fetchesBefore = api.callsTo('GET', '/api/conversations/c-1/messages').length;
    await socketReconnects(socket);
    await waitFor(() => expect(sends()).toHaveLength(4));
    await waitFor(() => expect(screen.queryAllByText(NOT_SENT)).toHaveLength(0));
    expect(bodies()).toEqual(['Chào anh chị', 'Tin một', 'Tin hai']);

    answerFetch();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(api.callsTo('GET', '/api/conversations/c-1/messages').length).toBeGreaterThan(fetchesBefore);
    expect(bodies()).toEqual(['Chào anh chị', 'Tin một', 'Tin hai']);
    expect(screen.queryAllByText(/Chưa gửi được|đang gửi|đang chờ mạng/)).toHaveLength(0);
    expect(
      sends()
        .slice(2)
        .map((s) => [s.body, s.clientId]),
    ).toEqual(firstTry);
    expect(stored.map((m) => [m.body, m.clientId]).reverse()).toEqual([['Chào anh chị', 'client-1'], ...firstTry]);
  });

  it('shows a message sent offline as waiting (not failed) with the banner at once, and sends it when the network is back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const { stored, net, api, socket, sends } = chatServer();
    await openChat(socket);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    expect(screen.queryByText(BANNER)).toBeNull();

    // The phone loses the network; the socket will not notice before its heartbeat times out.
    net.socketAnswers = false;
    net.httpUp = false;
    await browserGoes('offline');
    expect(screen.getByText(BANNER)).toBeInTheDocument();

    for (const text of ['Một', 'Hai', 'Ba']) await user.type(screen.getByLabelText('Tin nhắn'), `${text}{Enter}`);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    for (const text of ['Một', 'Hai', 'Ba']) expect(bubble(text)).toHaveTextContent(WAITING);
    expect(screen.queryAllByText(NOT_SENT)).toHaveLength(0);
    expect(sends()).toEqual([]);
    expect(api.callsTo('POST', '/api/conversations/c-1/messages')).toEqual([]);

    net.socketAnswers = true;
    net.httpUp = true;
    await browserGoes('online');
    await waitFor(() => expect(screen.queryAllByText(WAITING)).toHaveLength(0));
    expect(bodies()).toEqual(['Chào anh chị', 'Một', 'Hai', 'Ba']);
    expect(sends().map((s) => s.body)).toEqual(['Một', 'Hai', 'Ba']);
    expect(new Set(sends().map((s) => s.clientId)).size).toBe(3);
    expect(stored.map((m) => m.body).reverse()).toEqual(['Chào anh chị', 'Một', 'Hai', 'Ba']);
    expect(screen.queryByText(BANNER)).toBeNull();

    // The socket's own reconnect later sends nothing again.
    await socketReconnects(socket);
    expect(sends()).toHaveLength(3);
  });

  it('draws a waiting message once when its copy turns out to be stored, and stores it once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const { stored, net, socket, sends } = chatServer();
    await openChat(socket);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    // The packet reaches the server but its acknowledgement is lost as the phone drops off the network.
    net.socketAnswers = false;
    net.httpUp = false;
    socket.onClientEmit('message:send', (payload) => {
      const { body, clientId } = payload as { body: string; clientId: string };
      if (!net.socketAnswers)
        stored.unshift(message({ id: 'm-2', senderId: 'p-startup', body, clientId, createdAt: '2025-10-01T03:01:00.000Z' }));
    });
    await user.type(screen.getByLabelText('Tin nhắn'), 'Gửi lúc mất mạng{Enter}');
    expect(bubble('Gửi lúc mất mạng')).toHaveTextContent(/đang gửi/);
    await browserGoes('offline');
    await act(() => vi.advanceTimersByTimeAsync(9000));
    expect(bubble('Gửi lúc mất mạng')).toHaveTextContent(WAITING);
    const { clientId } = sends()[0]!;

    // Back: the catch-up brings the stored copy, the resend (same clientId) is answered with it.
    net.socketAnswers = true;
    net.httpUp = true;
    socket.onClientEmit('message:send', (payload, ack) => {
      const sent = payload as { clientId: string };
      ack?.({ ok: true, message: stored.find((m) => m.clientId === sent.clientId) });
    });
    await browserGoes('online');
    await socketReconnects(socket);
    await waitFor(() => expect(screen.queryAllByText(WAITING)).toHaveLength(0));
    expect(bodies()).toEqual(['Chào anh chị', 'Gửi lúc mất mạng']);
    expect(bubble('Gửi lúc mất mạng').dataset.clientId).toBe(clientId);
    expect(screen.queryAllByText(/đang gửi|Chưa gửi được/)).toHaveLength(0);
    expect(new Set(sends().map((s) => s.clientId))).toEqual(new Set([clientId]));
    expect(stored.filter((m) => m.clientId === clientId)).toHaveLength(1);
  });

  it('keeps a waiting message through a reload of the tab and sends it once the connection is back', async () => {
    const first = chatServer();
    const view = await openChat(first.socket);
    first.net.httpUp = false;
    await act(async () => {
      first.socket.connected = false;
      first.socket.serverEmit('disconnect', 'transport close');
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    await userEvent.setup().type(screen.getByLabelText('Tin nhắn'), 'Trước khi tải lại{Enter}');
    expect(await screen.findByText(WAITING)).toBeInTheDocument();
    const clientId = bubble('Trước khi tải lại').dataset.clientId!;
    view.unmount();

    // The phone reloads the tab once the server is back.
    const { stored, socket, sends } = chatServer();
    await openChat(socket);
    await waitFor(() => expect(stored.map((m) => m.body)).toEqual(['Trước khi tải lại', 'Chào anh chị']));
    expect(sends().map((s) => s.clientId)).toEqual([clientId]);
    await waitFor(() => expect(bodies()).toEqual(['Chào anh chị', 'Trước khi tải lại']));
    expect(screen.queryAllByText(WAITING)).toHaveLength(0);
  });

  it('forgets the waiting messages of the tab when the person signs out', async () => {
    const { socket, net } = chatServer();
    await openChat(socket);
    // The server is unreachable (a restart): the socket is down and HTTP does not get through.
    net.httpUp = false;
    await act(async () => {
      socket.connected = false;
      socket.serverEmit('disconnect', 'transport close');
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Tin nhắn'), 'Chưa kịp gửi{Enter}');
    expect(await screen.findByText(WAITING)).toBeInTheDocument();
    const kept = () => Object.keys(sessionStorage).filter((key) => sessionStorage.getItem(key)?.includes('Chưa kịp gửi'));
    expect(kept()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Tài khoản: Người dùng' }));
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => expect(kept()).toEqual([]));
  });
});
