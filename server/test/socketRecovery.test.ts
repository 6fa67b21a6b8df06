// Socket.IO connection-state recovery replays the packets a client missed while it was away. Only
// the session that owned the socket may recover it: after logout nothing is replayed, and another
// session holding the socket's private id gets none of its packets or rooms.
import type { Packet } from 'socket.io-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member } from './helpers/fixtures.js';
import { type LiveClient, liveClient } from './helpers/sockets.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';
import type { TestClient } from './helpers/testClient.js';

let t: TestApp;

const EVENT = 2;

/** A startup asks `expert` for an introduction; the expert's sockets hear `intro:new`. */
async function introTo(expert: Member): Promise<string> {
  const startup = await member(t, 'startup');
  const res = await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin được tư vấn nhãn hiệu.' });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Every packet that reaches the client on the wire, before socket.io-client decides to emit it. */
function wire(live: LiveClient): Packet[] {
  const packets: Packet[] = [];
  live.socket.io.on('packet', (packet) => packets.push(packet));
  return packets;
}

const introIdsIn = (packets: Packet[]) =>
  packets.filter((p) => p.type === EVENT && p.data?.[0] === 'intro:new').map((p) => (p.data[1] as { intro: { id: string } }).intro.id);

/** Connected, with one event received (so the client has an offset to recover from), then its network drops. */
async function droppedClient(expert: Member): Promise<{ live: LiveClient; packets: Packet[] }> {
  const live = await liveClient(t.url, expert.client);
  const packets = wire(live);
  const first = await introTo(expert);
  await live.next('intro:new', (p) => p.intro.id === first);
  // Closing the transport under the socket is what the server sees of a network drop. Wait until the
  // server has noticed (it then keeps the socket's state for recovery).
  const onServer = t.app.io.sockets.sockets.get(live.socket.id!)!;
  const dropped = new Promise<string>((resolve) => onServer.once('disconnect', resolve));
  live.socket.io.engine.close();
  expect(await dropped).toBe('transport close');
  return { live, packets };
}

function reconnect(live: LiveClient, cookieOf?: TestClient): Promise<'connected' | string> {
  if (cookieOf) live.socket.io.opts.extraHeaders = { cookie: [...cookieOf.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  return new Promise((resolve) => {
    live.socket.once('connect', () => resolve('connected'));
    live.socket.once('connect_error', (err) => resolve(err.message));
    live.socket.connect();
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

// With REDIS_URL, the same through the Redis Streams adapter (it keeps what sockets missed in Redis).
const adapters: [string, Record<string, string>][] = [['in-memory adapter', {}]];
if (process.env.REDIS_URL) adapters.push(['Redis Streams adapter', { REDIS_URL: process.env.REDIS_URL }]);

describe.each(adapters)('connection-state recovery (%s)', (_, env) => {
  beforeAll(async () => {
    t = await startTestApp({ env });
  });
  afterAll(() => t.close());

  it('replays what a signed-in client missed during a short drop', async () => {
    const expert = await member(t, 'expert');
    const { live, packets } = await droppedClient(expert);
    try {
      const missed = await introTo(expert);
      expect(await reconnect(live)).toBe('connected');
      expect(live.socket.recovered).toBe(true);
      await live.next('intro:new', (p) => p.intro.id === missed);
      expect(introIdsIn(packets)).toContain(missed);
    } finally {
      live.close();
    }
  });

  it('replays nothing to a client whose session ended while it was away', async () => {
    const expert = await member(t, 'expert');
    const { live, packets } = await droppedClient(expert);
    try {
      expect((await expert.client.post('/api/auth/logout')).status).toBe(204);
      const missed = await introTo(expert);
      const before = packets.length;
      expect(await reconnect(live)).toBe('unauthorized');
      await settle();
      const after = packets.slice(before);
      expect(introIdsIn(after)).toEqual([]);
      expect(after.filter((p) => p.type === EVENT)).toEqual([]);
      expect(live.received('intro:new').map((p) => p.intro.id)).not.toContain(missed);
    } finally {
      live.close();
    }
  });

  it("gives another session that presents the socket's private id none of its packets or rooms", async () => {
    const expert = await member(t, 'expert');
    const other = await member(t, 'investor');
    const { live, packets } = await droppedClient(expert);
    try {
      const missed = await introTo(expert);
      const before = packets.length;
      expect(await reconnect(live, other.client)).toBe('connected');
      expect(live.socket.recovered).toBe(false);
      const later = await introTo(expert);
      await settle();
      const seen = introIdsIn(packets.slice(before));
      expect(seen).not.toContain(missed);
      expect(seen).not.toContain(later);
    } finally {
      live.close();
    }
  });
});
