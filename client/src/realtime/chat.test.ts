import { describe, expect, it } from 'vitest';
import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { resendOutbox, sendMessage } from './chat.js';
import { outboxEntries, threadWithOutbox } from './outbox.js';
import { queryKeys } from '../api/keys.js';
import type { ThreadMessage } from '../api/cache.js';
import type { Page } from '@ketnoi/contract';
import { FakeSocket } from '../test/fakeSocket.js';
import { mockApi } from '../test/mockApi.js';
import { message } from '../test/fixtures.js';

function seeded() {
  const queryClient = new QueryClient();
  queryClient.setQueryData<InfiniteData<Page<ThreadMessage>, string | undefined>>(queryKeys.messages('c-1'), {
    pages: [{ items: [], nextCursor: null }],
    pageParams: [undefined],
  });
  // What the thread draws: the cached pages (oldest first), then the outbox.
  const thread = () =>
    threadWithOutbox(
      queryClient.getQueryData<InfiniteData<Page<ThreadMessage>>>(queryKeys.messages('c-1'))!.pages[0]!.items.slice().reverse(),
      outboxEntries(queryClient, 'c-1'),
    );
  return { queryClient, thread };
}

describe('sendMessage', () => {
  it('retries over HTTP with the same clientId when the acknowledgement never comes', async () => {
    const { queryClient, thread } = seeded();
    const socket = new FakeSocket();
    socket.connect();
    const api = mockApi({
      'POST /api/conversations/c-1/messages': (req) => ({ status: 201, body: message({ id: 'm-9', ...(req.body as object) }) }),
    });
    const result = await sendMessage({ queryClient, socket, conversationId: 'c-1', senderId: 'me', body: 'xin chào', ackTimeoutMs: 20 });
    const sentOverSocket = socket.emitted[0]!.payload as { clientId: string };
    expect(api.callsTo('POST', '/api/conversations/c-1/messages')[0]!.body).toEqual({
      body: 'xin chào',
      clientId: sentOverSocket.clientId,
    });
    expect(result?.id).toBe('m-9');
    expect(thread().map((m) => [m.id, !!m.pending])).toEqual([['m-9', false]]);
  });

  it('keeps a message the server could not take while the socket is down waiting, and resends it with its clientId', async () => {
    const { queryClient, thread } = seeded();
    let fail = true;
    const api = mockApi({
      'POST /api/conversations/c-1/messages': (req) =>
        fail
          ? { status: 503, body: { error: { code: 'unavailable', message: 'down' } } }
          : { status: 201, body: message({ id: 'm-10', ...(req.body as object) }) },
    });
    await sendMessage({ queryClient, socket: null, conversationId: 'c-1', senderId: 'me', body: 'lần 1' });
    expect(thread()).toMatchObject([{ body: 'lần 1', waiting: true, failed: false, pending: false }]);

    fail = false;
    await resendOutbox(queryClient, null);
    expect(thread().map((m) => m.id)).toEqual(['m-10']);
    expect(outboxEntries(queryClient, 'c-1')).toEqual([]);
    const clientIds = api.callsTo('POST', '/api/conversations/c-1/messages').map((c) => (c.body as { clientId: string }).clientId);
    expect(new Set(clientIds).size).toBe(1);
  });

  it('reports a refused send (ack ok:false) as failed without an HTTP retry', async () => {
    const { queryClient, thread } = seeded();
    const socket = new FakeSocket();
    socket.connect();
    socket.onClientEmit('message:send', (_payload, ack) => ack?.({ ok: false, error: { code: 'payload_too_large', message: 'too long' } }));
    const api = mockApi({});
    await sendMessage({ queryClient, socket, conversationId: 'c-1', senderId: 'me', body: 'x' });
    expect(thread()).toMatchObject([{ failed: true, waiting: false }]);
    expect(api.calls).toHaveLength(0);
    // Refused, not lost: a reconnect does not send it again (the person may, with "Thử lại").
    await resendOutbox(queryClient, socket);
    expect(socket.emitted.filter((e) => e.event === 'message:send')).toHaveLength(1);
  });
});
