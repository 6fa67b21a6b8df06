// Client → server events as an outside client sends them (API.md "Realtime"): every message:send
// and message:read is answered through its acknowledgement, whatever arrives, and a refused one
// changes nothing; one without an acknowledgement still works and costs the connection nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../test/helpers/fixtures.js';
import { member, openConversation } from '../../test/helpers/fixtures.js';
import { type LiveClient, liveClientForTest } from '../../test/helpers/sockets.js';
import { useTestApp } from '../../test/helpers/testApp.js';

const t = useTestApp();
let s: Member;
let e: Member;
let conversationId: string;
let elsewhere: string;
beforeAll(async () => {
  s = await member(t, 'startup');
  e = await member(t, 'expert');
  conversationId = await openConversation(s, e);
  elsewhere = await openConversation(
    await member(t, 'startup', { name: 'Người khác' }),
    await member(t, 'expert', { name: 'Chuyên gia khác' }),
  );
});

const stored = async () =>
  ((await s.client.get(`/api/conversations/${conversationId}/messages?limit=100`)).body.items as { clientId: string; body: string }[]).map(
    (m) => [m.clientId, m.body],
  );

/** The answer to `args` (the payload and anything after it), with an acknowledgement callback. */
const answerTo = (live: LiveClient, event: string, ...args: unknown[]) => live.socket.timeout(2000).emitWithAck(event, ...args);

describe('acknowledgements whatever the client sends', () => {
  it('answers an event sent with only its callback, or with more than one payload, and stores nothing', async () => {
    const live = await liveClientForTest(t.url, s.client);
    const before = await stored();
    expect(await answerTo(live, 'message:send')).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await answerTo(live, 'message:read')).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const twoPayloads = await answerTo(live, 'message:send', { conversationId, body: 'Hai gói', clientId: 'two-payloads' }, { extra: 1 });
    expect(twoPayloads).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(await stored()).toEqual(before);
  });

  it('refuses payloads of the wrong shape with the contract codes and stores nothing', async () => {
    const live = await liveClientForTest(t.url, s.client);
    const before = await stored();
    const refusals: [unknown, string][] = [
      [null, 'validation_failed'],
      ['Xin chào', 'validation_failed'],
      [[conversationId, 'Xin chào', 'arr'], 'validation_failed'],
      [{ conversationId: { $ne: null }, body: 'x', clientId: 'operator' }, 'validation_failed'],
      [{ conversationId, body: 'x', clientId: 'extra-field', senderId: e.profile.id }, 'validation_failed'],
      [{ conversationId, body: 42, clientId: 7 }, 'validation_failed'],
      [{ conversationId, body: '\u200B\u00A0\u3000', clientId: 'invisible' }, 'validation_failed'],
      [{ conversationId, body: 'a\u202Eb', clientId: 'bidi' }, 'validation_failed'],
      [{ conversationId, body: 'x', clientId: '   ' }, 'validation_failed'],
      [{ conversationId: 'no-such-conversation', body: 'x', clientId: 'unknown' }, 'not_found'],
      [{ conversationId: elsewhere, body: 'x', clientId: 'not-mine' }, 'not_found'],
    ];
    for (const [payload, code] of refusals) {
      const answer = await answerTo(live, 'message:send', payload);
      expect(answer, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
    }
    expect(await answerTo(live, 'message:read', { conversationId, upTo: 'no-such-message' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await stored()).toEqual(before);
    expect(live.socket.connected).toBe(true);
  });

  it('counts characters as the contract does: 4000 of them, emoji included, after NFC', async () => {
    const live = await liveClientForTest(t.url, s.client);
    // 2,000 emoji are 4,000 UTF-16 units but 2,000 characters; 4,001 decomposed units are 2,001 characters once composed.
    const emoji = await answerTo(live, 'message:send', { conversationId, body: '🐝'.repeat(2000) + 'mật ong', clientId: 'emoji' });
    expect(emoji).toMatchObject({ ok: true, message: { body: '🐝'.repeat(2000) + 'mật ong' } });
    const decomposed = await answerTo(live, 'message:send', { conversationId, body: 'a\u0306'.repeat(2001), clientId: 'nfd-long' });
    expect(decomposed).toMatchObject({ ok: true, message: { body: 'ă'.repeat(2001) } });
    const tooMany = await answerTo(live, 'message:send', { conversationId, body: '🐝'.repeat(4001), clientId: 'emoji-over' });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    // The same over HTTP.
    const http = await s.client.post(`/api/conversations/${conversationId}/messages`, { body: '🍯'.repeat(3000), clientId: 'emoji-http' });
    expect(http.status).toBe(201);
    expect(http.body.body).toBe('🍯'.repeat(3000));
    expect((await stored()).map(([clientId]) => clientId)).not.toContain('emoji-over');
  });
});

describe('events without an acknowledgement, and resends', () => {
  it('stores and delivers a message sent without a callback, and keeps the connection after bad ones', async () => {
    const live = await liveClientForTest(t.url, s.client);
    const other = await liveClientForTest(t.url, e.client);
    live.socket.emit('message:send', { conversationId, body: 'Gửi không chờ trả lời', clientId: 'no-ack' });
    live.socket.emit('message:send', { conversationId: 'no-such-conversation' });
    live.socket.emit('message:read', { conversationId });
    live.socket.emit('typing');
    live.socket.emit('typing', null, 'extra');
    const delivered = await other.next('message:new', (p) => p.message.clientId === 'no-ack');
    expect(delivered.message).toMatchObject({ conversationId, senderId: s.profile.id, body: 'Gửi không chờ trả lời' });
    expect(await answerTo(live, 'message:read', { conversationId, upTo: delivered.message.id })).toEqual({ ok: true });
    expect(live.socket.connected).toBe(true);
  });

  it('answers a resend over either path with the stored message and announces it once', async () => {
    const live = await liveClientForTest(t.url, s.client);
    const otherTab = await liveClientForTest(t.url, s.client);
    const other = await liveClientForTest(t.url, e.client);
    const first = await s.client.post(`/api/conversations/${conversationId}/messages`, { body: 'Lần đầu', clientId: 'resend-1' });
    expect(first.status).toBe(201);
    const overSocket = await answerTo(live, 'message:send', { conversationId, body: 'Lần hai, chữ khác', clientId: 'resend-1' });
    expect(overSocket).toEqual({ ok: true, message: first.body });
    const sent = await answerTo(live, 'message:send', { conversationId, body: 'Qua socket', clientId: 'resend-2' });
    const overHttp = await s.client.post(`/api/conversations/${conversationId}/messages`, { body: 'Qua HTTP', clientId: 'resend-2' });
    expect(overHttp.status).toBe(200);
    expect(overHttp.body).toEqual(sent.message);
    // A later message is the sentinel: each socket has everything before it.
    const last = await answerTo(live, 'message:send', { conversationId, body: 'Hết', clientId: 'sentinel' });
    for (const watcher of [other, otherTab]) {
      await watcher.next('message:new', (p) => p.message.id === last.message.id);
      const ids = watcher.received('message:new').map((p) => p.message.clientId);
      expect(ids.filter((id) => id.startsWith('resend-'))).toEqual(['resend-1', 'resend-2']);
    }
  });

  it('closes the connection on a packet over 64 KB, before anything is stored', async () => {
    const live = await liveClientForTest(t.url, s.client);
    const closed = new Promise<string>((resolve) => live.socket.once('disconnect', (reason) => resolve(reason)));
    live.socket.emit('message:send', { conversationId, body: 'x'.repeat(70_000), clientId: 'oversized' }, () => undefined);
    expect(await closed).toBe('transport close');
    expect((await stored()).map(([clientId]) => clientId)).not.toContain('oversized');
  });
});
