import { describe, expect, it } from 'vitest';
import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { sendMessage } from './chat.js';
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
  const thread = () => queryClient.getQueryData<InfiniteData<Page<ThreadMessage>>>(queryKeys.messages('c-1'))!.pages[0]!.items;
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

  it('marks the message failed on an error and a retry reuses its clientId', async () => {
    const { queryClient, thread } = seeded();
    let fail = true;
    const api = mockApi({
      'POST /api/conversations/c-1/messages': (req) =>
        fail
          ? { status: 503, body: { error: { code: 'unavailable', message: 'down' } } }
          : { status: 201, body: message({ id: 'm-10', ...(req.body as object) }) },
    });
    await sendMessage({ queryClient, socket: null, conversationId: 'c-1', senderId: 'me', body: 'lần 1' });
    const [failed] = thread();
    expect(failed).toMatchObject({ body: 'lần 1', failed: true, pending: false });

    fail = false;
    await sendMessage({ queryClient, socket: null, conversationId: 'c-1', senderId: 'me', body: 'lần 1', clientId: failed!.clientId });
    expect(thread().map((m) => m.id)).toEqual(['m-10']);
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
    expect(thread()[0]).toMatchObject({ failed: true });
    expect(api.calls).toHaveLength(0);
  });
});
