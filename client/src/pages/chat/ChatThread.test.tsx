import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatThread } from './ChatThread.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import { conversation as conversationOf, expertProfile, meAs, message, startupProfile } from '../../test/fixtures.js';
import type { Conversation, Message } from '@ketnoi/contract';

function setup(pages: Record<string, Message[]> = { first: [message()] }, conversation: Conversation = conversationOf()) {
  const api = mockApi({
    'GET /api/conversations/c-1/messages': (req) => ({ items: pages[req.query.get('before') ?? 'first'] ?? [], nextCursor: null }),
    'POST /api/conversations/c-1/messages': (req) => ({
      status: 201,
      body: message({ id: 'm-http', senderId: 'p-startup', ...(req.body as object) }),
    }),
    'POST /api/conversations/c-1/read': (req) => ({ conversationId: 'c-1', profileId: 'p-startup', ...(req.body as { upTo: string }) }),
    'GET /api/profiles/p-expert': expertProfile(),
    'GET /api/profiles/p-startup': startupProfile(),
  });
  const socket = new FakeSocket();
  renderApp(<ChatThread conversationId="c-1" conversation={conversation} myProfileId="p-startup" />, {
    me: meAs(startupProfile()),
    socket,
  });
  return { api, socket };
}

const bodies = () => screen.getAllByTestId('message').map((el) => el.querySelector('.bubble__body')?.textContent);

describe('Chat thread', () => {
  it('shows a sent message once, even when the echo arrives before the acknowledgement', async () => {
    const { api, socket } = setup();
    await screen.findByText('Chào anh chị');
    await waitFor(() => expect(socket.connected).toBe(true));
    let stored: Message | null = null;
    socket.onClientEmit('message:send', (payload, ack) => {
      const { body, clientId } = payload as { body: string; clientId: string };
      stored = message({ id: 'm-2', senderId: 'p-startup', body, clientId, createdAt: '2025-10-01T03:01:00.000Z' });
      // The server broadcasts to every tab of the sender (this one included), then acknowledges.
      socket.serverEmit('message:new', { message: stored });
      ack?.({ ok: true, message: stored });
    });

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Tin nhắn'), 'Em chào chị ạ{Enter}');

    await waitFor(() => expect(bodies()).toEqual(['Chào anh chị', 'Em chào chị ạ']));
    const sent = socket.emitted.find((e) => e.event === 'message:send')!.payload as { conversationId: string; clientId: string };
    expect(sent).toMatchObject({ conversationId: 'c-1', body: 'Em chào chị ạ' });
    expect(sent.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored!.clientId).toBe(sent.clientId);

    // A late duplicate of the same message (another tab, a reconnect) changes nothing.
    await socket.push('message:new', { message: stored });
    expect(bodies()).toEqual(['Chào anh chị', 'Em chào chị ạ']);
    expect(screen.queryByText(/đang gửi/)).toBeNull();
    expect(api.callsTo('POST', '/api/conversations/c-1/messages')).toHaveLength(0);
  });

  it('sends over HTTP with a clientId when the socket is down', async () => {
    const { api, socket } = setup();
    await screen.findByText('Chào anh chị');
    socket.disconnect();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Tin nhắn'), 'Gửi qua HTTP{Enter}');
    await waitFor(() => expect(api.callsTo('POST', '/api/conversations/c-1/messages')).toHaveLength(1));
    const body = api.callsTo('POST', '/api/conversations/c-1/messages')[0]!.body as { body: string; clientId: string };
    expect(body.body).toBe('Gửi qua HTTP');
    expect(body.clientId).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(bodies()).toEqual(['Chào anh chị', 'Gửi qua HTTP']));
  });

  it('appends live messages at the bottom, marks them read and shows typing', async () => {
    const { socket } = setup();
    await screen.findByText('Chào anh chị');
    await waitFor(() => expect(socket.listenerCount('typing')).toBeGreaterThan(0));
    // Reading the existing newest message from the other side is reported once.
    await waitFor(() =>
      expect(socket.emitted.filter((e) => e.event === 'message:read').map((e) => e.payload)).toEqual([
        { conversationId: 'c-1', upTo: 'm-1' },
      ]),
    );

    await socket.push('typing', { conversationId: 'c-1', profileId: 'p-expert' });
    expect(await screen.findByText(/đang soạn tin…/)).toHaveTextContent('Nguyễn Thị Hà đang soạn tin…');
    // Typing in another conversation is not shown here.
    await socket.push('typing', { conversationId: 'c-other', profileId: 'p-x' });

    await socket.push('message:new', {
      message: message({ id: 'm-3', body: 'Anh chị gửi giúp em hồ sơ nhé', clientId: 'x-3', createdAt: '2025-10-01T03:05:00.000Z' }),
    });
    expect(bodies()).toEqual(['Chào anh chị', 'Anh chị gửi giúp em hồ sơ nhé']);
    expect(screen.queryByText(/đang soạn tin…/)).toBeNull();
    await waitFor(() =>
      expect(socket.emitted.filter((e) => e.event === 'message:read').map((e) => (e.payload as { upTo: string }).upTo)).toEqual([
        'm-1',
        'm-3',
      ]),
    );
  });

  it('shows "seen" under my last message once the other side has read it', async () => {
    const { socket } = setup({ first: [message({ id: 'm-mine', senderId: 'p-startup', body: 'Của tôi', clientId: 'k' }), message()] });
    await screen.findByText('Của tôi');
    expect(screen.queryByText(/đã xem/)).toBeNull();
    await socket.push('message:read', { conversationId: 'c-1', profileId: 'p-expert', upTo: 'm-mine' });
    const mine = screen.getAllByTestId('message').find((el) => el.textContent?.includes('Của tôi'))!;
    expect(within(mine).getByText(/đã xem/)).toBeInTheDocument();
  });

  it('loads older messages with before=<oldest id> when the first page is full', async () => {
    const newest = Array.from({ length: 30 }, (_, i) =>
      message({
        id: `m-${100 - i}`,
        body: `tin ${100 - i}`,
        clientId: `k-${100 - i}`,
        createdAt: new Date(Date.UTC(2025, 9, 1, 3, 100 - i)).toISOString(),
      }),
    );
    const { api } = setup({
      first: newest,
      'm-71': [message({ id: 'm-70', body: 'tin cũ nhất', clientId: 'k-70', createdAt: '2025-10-01T04:10:00.000Z' })],
    });
    await screen.findByText('tin 100');
    expect(bodies()[0]).toBe('tin 71');
    expect(bodies().at(-1)).toBe('tin 100');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xem tin nhắn cũ hơn' }));
    await screen.findByText('tin cũ nhất');
    expect(bodies()[0]).toBe('tin cũ nhất');
    expect(api.callsTo('GET', '/api/conversations/c-1/messages').map((c) => c.query.get('before'))).toEqual([null, 'm-71']);
    expect(screen.queryByRole('button', { name: 'Xem tin nhắn cũ hơn' })).toBeNull();
  });

  it('names the staff member who brokered the intro, with their office, never as an unreadable profile (issue 14 item 22)', async () => {
    const brokered = conversationOf({
      participants: ['p-startup', 'p-expert', 'u-staff'],
      members: [
        ...conversationOf().members,
        { id: 'u-staff', kind: 'staff', name: 'Hoàng Minh Tuấn', role: 'staff', province: 'lang-son' },
      ],
    });
    const { api } = setup({ first: [message({ id: 'm-s', senderId: 'u-staff', body: 'Hai bên đã đồng ý.', clientId: 's-1' })] }, brokered);
    const bubble = (await screen.findByText('Hai bên đã đồng ý.')).closest('li')!;
    expect(within(bubble).getByText(/Hoàng Minh Tuấn/)).toHaveTextContent('Hoàng Minh Tuấn (Cán bộ tỉnh · Lạng Sơn)');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Nguyễn Thị Hà, Hoàng Minh Tuấn (Cán bộ tỉnh · Lạng Sơn)');
    expect(screen.queryByText('(hồ sơ không xem được)')).toBeNull();
    // Names come with the conversation: nobody's profile is fetched to show them.
    expect(api.calls.filter((c) => c.path.startsWith('/api/profiles'))).toEqual([]);
  });
});
