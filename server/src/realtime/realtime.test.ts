import { beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, ManualClock } from '../lib/clock.js';
import type { Member } from '../../test/helpers/fixtures.js';
import { member, openConversation, readAllPages } from '../../test/helpers/fixtures.js';
import { connectError, liveClientForTest } from '../../test/helpers/sockets.js';
import { startTestApp, type TestApp, useTestApp } from '../../test/helpers/testApp.js';
import { TestClient } from '../../test/helpers/testClient.js';
import { MESSAGE_BURST } from '../modules/conversations/index.js';

let s: Member;
let e: Member;
let conversationId: string;
const messages = () => t.app.store.collection({ name: 'messages' });

const t = useTestApp();
beforeAll(async () => {
  s = await member(t, 'startup');
  e = await member(t, 'expert');
  conversationId = await openConversation(s, e);
});

/**
 * A fresh app on a frozen clock (for tests that move time or exhaust limits) with a startup and an
 * expert in one conversation; closed after `body`.
 */
async function withOwnApp(
  body: (own: { app: TestApp; clock: ManualClock; a: Member; b: Member; conversation: string }) => Promise<void>,
): Promise<void> {
  const clock = new ManualClock(new Date());
  const app = await startTestApp({ clock });
  try {
    const a = await member(app, 'startup');
    const b = await member(app, 'expert');
    await body({ app, clock, a, b, conversation: await openConversation(a, b) });
  } finally {
    await app.close();
  }
}

describe('socket authentication', () => {
  it('refuses a handshake without a session with connect_error "unauthorized"', async () => {
    expect(await connectError(t.url)).toBe('unauthorized');
    expect(await connectError(t.url, { cookie: 'kn.sid=s%3Aforged.signature' })).toBe('unauthorized');
  });

  it('refuses a handshake from a foreign origin', async () => {
    const cookie = [...s.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    expect(await connectError(t.url, { cookie, origin: 'https://evil.example' })).not.toBe('connected');
    expect(await connectError(t.url, { cookie, origin: t.url })).toBe('connected');
  });

  it('disconnects the sockets of a session at logout, and only those', async () => {
    const c = t.client();
    const user = await c.register({ role: 'startup' });
    const other = new TestClient(t.url);
    await other.login(user.email, user.password);
    const first = await liveClientForTest(t.url, c);
    const second = await liveClientForTest(t.url, other);
    const gone = new Promise<string>((resolve) => first.socket.once('disconnect', (reason) => resolve(reason)));
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect(second.socket.connected).toBe(true);
  });
});

describe('sessions that end', () => {
  it('closes the sockets of the old session when the same browser signs in again', async () => {
    const c = t.client();
    const user = await c.register({ role: 'startup' });
    const before = await liveClientForTest(t.url, c);
    const gone = new Promise<string>((resolve) => before.socket.once('disconnect', (reason) => resolve(reason)));
    await c.login(user.email, user.password);
    expect(await gone).toBe('io server disconnect');
    // The new session works on a new socket.
    const after = await liveClientForTest(t.url, c);
    expect(after.socket.connected).toBe(true);
  });

  it('serves no event once the session has expired, and stores nothing', async () => {
    await withOwnApp(async ({ app, clock, a, conversation }) => {
      const live = await liveClientForTest(app.url, a.client);
      const sent = await live.emitAck('message:send', {
        conversationId: conversation,
        body: 'Trước khi hết hạn',
        clientId: 'before-expiry',
      });
      expect(sent).toMatchObject({ ok: true, message: { body: 'Trước khi hết hạn' } });
      clock.advance(app.app.config.sessionMaxAgeDays * DAY_MS + 60_000);
      const gone = new Promise<string>((resolve) => live.socket.once('disconnect', (reason) => resolve(reason)));
      live.socket.emit(
        'message:send',
        { conversationId: conversation, body: 'Sau khi hết hạn', clientId: 'after-expiry' },
        () => undefined,
      );
      expect(await gone).toBe('io server disconnect');
      const stored = await app.app.store.collection({ name: 'messages' }).find({ conversationId: conversation });
      expect(stored.map((m) => m.clientId)).toEqual(['before-expiry']);
      // And a new handshake with that session is refused.
      expect(await connectError(app.url, { cookie: [...a.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') })).toBe('unauthorized');
    });
  });
});

describe('a session that expires while its socket only listens', () => {
  it('closes the socket at the sessions sweep, so nothing more is pushed to it', async () => {
    const clock = new ManualClock(new Date());
    const app = await startTestApp({ clock, env: { SESSION_MAX_AGE_DAYS: '1', INTRO_EXPIRY_DAYS: '2' } });
    try {
      const a = await member(app, 'startup');
      const b = await member(app, 'expert');
      const intro = (await a.client.post('/api/intros', { toProfileId: b.profile.id, message: 'Xin chào' })).body;
      const live = await liveClientForTest(app.url, a.client);
      const gone = new Promise<string>((resolve) => live.socket.once('disconnect', (reason) => resolve(reason)));
      clock.advance(2 * DAY_MS + 60_000);
      await app.app.container.jobs.run('sessions.sweep');
      expect(await gone).toBe('io server disconnect');
      // The intro expires now: its news is stored for the next sign-in, not pushed to the old socket.
      await app.app.container.jobs.run('intros.expire');
      await new Promise((r) => setTimeout(r, 100));
      expect(live.received('intro:updated')).toEqual([]);
      expect(live.received('notification:new')).toEqual([]);
      expect(await app.app.store.collection({ name: 'intros' }).findOne({ _id: intro.id })).toMatchObject({ status: 'expired' });
      expect(await app.app.store.collection({ name: 'sessions' }).countDocuments({ userId: a.user.id })).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('message:send over the socket', () => {
  it('answers bad messages with ok:false and stores nothing', async () => {
    const live = await liveClientForTest(t.url, s.client);
    const before = await messages().countDocuments({ conversationId });
    const empty = await live.emitAck('message:send', { conversationId, body: '', clientId: 'x-1' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const blank = await live.emitAck('message:send', { conversationId, body: '   ', clientId: 'x-2' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const huge = await live.emitAck('message:send', { conversationId, body: 'a'.repeat(4001), clientId: 'x-3' });
    expect(huge).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const noClientId = await live.emitAck('message:send', { conversationId, body: 'hi' });
    expect(noClientId.ok).toBe(false);
    const notAMember = await live.emitAck('message:send', { conversationId: 'someone-elses', body: 'hi', clientId: 'x-4' });
    expect(notAMember).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await messages().countDocuments({ conversationId })).toBe(before);
    const max = await live.emitAck('message:send', { conversationId, body: 'ă'.repeat(4000), clientId: 'x-5' });
    expect(max.ok).toBe(true);
  });

  it('keeps outsiders out of conversations over HTTP too', async () => {
    const outsider = await member(t, 'expert', { name: 'Người ngoài' });
    expect((await outsider.client.get(`/api/conversations/${conversationId}/messages`)).status).toBe(404);
    expect((await outsider.client.post(`/api/conversations/${conversationId}/messages`, { body: 'x', clientId: 'o-1' })).status).toBe(404);
    expect((await outsider.client.get('/api/conversations')).body.items).toEqual([]);
    const live = await liveClientForTest(t.url, outsider.client);
    live.socket.emit('typing', { conversationId });
    const read = await live.emitAck('message:read', { conversationId, upTo: 'anything' });
    expect(read).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('rate-limits a flood and stays healthy', async () => {
    // The bucket reads the app's clock: frozen here, so a slow machine refills nothing mid-test.
    await withOwnApp(async ({ app, clock, b, conversation }) => {
      const flooder = await liveClientForTest(app.url, b.client);
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          flooder.emitAck('message:send', { conversationId: conversation, body: `spam ${i}`, clientId: `flood-${i}` }),
        ),
      );
      const ok = answers.filter((x) => x.ok).length;
      const limited = answers.filter((x) => !x.ok && x.error.code === 'rate_limited').length;
      expect(ok).toBe(MESSAGE_BURST);
      expect(limited).toBe(100 - MESSAGE_BURST);
      const stored = app.app.store.collection({ name: 'messages' });
      expect(await stored.countDocuments({ conversationId: conversation, clientId: { $in: answers.map((_, i) => `flood-${i}`) } })).toBe(
        MESSAGE_BURST,
      );
      expect((await app.client().get('/api/health')).body.status).toBe('ok');
      // HTTP and the socket share one bucket.
      const httpFlood = await b.client.post(`/api/conversations/${conversation}/messages`, {
        body: 'still limited',
        clientId: 'flood-http',
      });
      expect(httpFlood.status).toBe(429);
      expect(httpFlood.body.error.code).toBe('rate_limited');
      // While limited, resending a message that was stored still answers with it (resends are not charged).
      const first = answers.findIndex((x) => x.ok);
      const resent = await flooder.emitAck('message:send', {
        conversationId: conversation,
        body: `spam ${first}`,
        clientId: `flood-${first}`,
      });
      expect(resent).toMatchObject({ ok: true, message: { id: answers[first].message.id, clientId: `flood-${first}` } });
      // Five messages a second come back.
      clock.advance(1_000);
      const later = await b.client.post(`/api/conversations/${conversation}/messages`, {
        body: 'after a second',
        clientId: 'after-wait',
      });
      expect(later.status).toBe(201);
    });
  });
});

describe('message history over HTTP', () => {
  it('pages back with `before`, newest first, without gaps or repeats', async () => {
    const a = await member(t, 'startup');
    const b = await member(t, 'expert');
    const conv = await openConversation(a, b, 'Chào');
    const sent: string[] = [];
    for (let i = 0; i < 5; i++)
      sent.push((await a.client.post(`/api/conversations/${conv}/messages`, { body: `Tin ${i}`, clientId: `page-${i}` })).body.id);
    const { ids: seen, pageSizes } = await readAllPages(b.client, `/api/conversations/${conv}/messages?limit=2`, 'before');
    for (const size of pageSizes) expect(size).toBeLessThanOrEqual(2);
    expect(seen).toEqual([...sent].reverse());
  });
});

describe('notifications for offline members', () => {
  it('stores one merged notification per conversation for a member who is offline', async () => {
    const a = await member(t, 'startup');
    const b = await member(t, 'expert');
    const conv = await openConversation(a, b, 'Chào');
    const aLive = await liveClientForTest(t.url, a.client);
    for (let i = 0; i < 3; i++) await a.client.post(`/api/conversations/${conv}/messages`, { body: `Tin ${i}`, clientId: `off-${i}` });
    await new Promise((r) => setTimeout(r, 100));
    const bNotes = (await b.client.get('/api/notifications?unread=true')).body;
    const messageNotes = bNotes.items.filter((n: { type: string }) => n.type === 'message.new');
    expect(messageNotes).toHaveLength(1);
    expect(messageNotes[0].data).toMatchObject({ conversationId: conv, count: 3, preview: 'Tin 2' });

    // a is online: b's reply reaches a live and creates no stored message notification.
    await b.client.post(`/api/conversations/${conv}/messages`, { body: 'Đã nhận', clientId: 'on-1' });
    await aLive.next('message:new', (p) => p.message.clientId === 'on-1');
    await new Promise((r) => setTimeout(r, 100));
    const aTypes = (await a.client.get('/api/notifications')).body.items.map((n: { type: string }) => n.type);
    expect(aTypes).not.toContain('message.new');

    const read = await b.client.post('/api/notifications/read', { all: true });
    expect(read.body.unreadCount).toBe(0);
    expect((await b.client.get('/api/notifications?unread=true')).body.items).toEqual([]);
    expect((await b.client.post('/api/notifications/read', {})).status).toBe(400);
  });

  it('pushes notification:new live', async () => {
    const a = await member(t, 'startup');
    const b = await member(t, 'expert');
    const bLive = await liveClientForTest(t.url, b.client);
    await a.client.post('/api/intros', { toProfileId: b.profile.id, message: 'Chào' });
    const pushed = await bLive.next('notification:new');
    expect(pushed.notification).toMatchObject({ type: 'intro.requested', read: false, data: { toProfileId: b.profile.id } });
  });
});
