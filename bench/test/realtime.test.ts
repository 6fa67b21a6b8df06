import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BareServer } from '../lib/realtime/bare.js';
import { startBareServer } from '../lib/realtime/bare.js';
import { clientIdOf, DeliveryLedger, indexOf, senderOf } from '../lib/realtime/ledger.js';

describe('senderOf', () => {
  it('has every socket send exactly once in each 2 × pairs consecutive messages', () => {
    const pairs = 7;
    for (const offset of [0, 3, 14, 100]) {
      const seen = new Map<string, number>();
      for (let i = offset; i < offset + 2 * pairs; i++) {
        const { pair, side } = senderOf(i, pairs);
        seen.set(`${pair}/${side}`, (seen.get(`${pair}/${side}`) ?? 0) + 1);
      }
      expect(seen.size).toBe(2 * pairs);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
    }
  });
});

describe('clientIdOf / indexOf', () => {
  it('round-trips the index and rejects ids of other runs', () => {
    expect(indexOf('r1-ours', clientIdOf('r1-ours', 4321))).toBe(4321);
    expect(indexOf('r1-ours', clientIdOf('r2-ours', 5))).toBe(-1);
    expect(indexOf('r1', 'r1:x')).toBe(-1);
    expect(indexOf('r1', 'r1:-3')).toBe(-1);
    expect(indexOf('r1', undefined)).toBe(-1);
  });
});

describe('DeliveryLedger', () => {
  it('counts peer deliveries, duplicates, echoes, strays, losses and acks', () => {
    const pairs = 2;
    const ledger = new DeliveryLedger(pairs, 10);
    // i = 0: pair 0 side 0; i = 1: pair 1 side 0; i = 2: pair 0 side 1; i = 3: pair 1 side 1.
    ledger.send(0, false);
    ledger.send(10, true);
    ledger.send(20, true);
    ledger.send(30, true);
    expect(ledger.sent).toBe(4);
    expect(ledger.settled).toBe(false);

    expect(ledger.received(0, 0, 1, 5)).toBe('peer');
    expect(ledger.received(0, 0, 0, 5)).toBe('echo');
    expect(ledger.received(1, 1, 1, 14)).toBe('peer');
    expect(ledger.received(1, 1, 1, 15)).toBe('duplicate');
    expect(ledger.received(2, 0, 0, 27)).toBe('peer');
    expect(ledger.received(2, 1, 0, 27)).toBe('stray'); // right index, wrong conversation
    expect(ledger.received(9, 0, 0, 27)).toBe('stray'); // never sent
    // i = 3 never reaches its peer.

    ledger.acked(0, true, '', 2);
    ledger.acked(1, true, '', 13);
    ledger.acked(1, false, 'late_copy', 99); // a second answer for the same message is ignored
    ledger.acked(2, false, 'rate_limited', 29);

    const s = ledger.summary();
    expect(s).toMatchObject({
      sent: 4,
      measuredSent: 3,
      lost: 1,
      duplicated: 1,
      echoes: 1,
      stray: 2,
      acksOk: 2,
      acksFailed: 1,
      acksMissing: 1,
    });
    expect(s.ackErrors).toEqual({ rate_limited: 1 });
    // Latencies only of measured messages (i ≥ 1) that arrived: 4 ms and 7 ms.
    expect(s.delivery.count).toBe(2);
    expect(s.delivery.min).toBe(4);
    expect(s.delivery.max).toBe(7);
    expect(s.ack.count).toBe(2);
    expect(ledger.settled).toBe(false);
  });

  it('is settled once every message reached its peer and was acknowledged', () => {
    const ledger = new DeliveryLedger(1, 2);
    ledger.send(0, true);
    ledger.received(0, 0, 1, 1);
    expect(ledger.settled).toBe(false);
    ledger.acked(0, true, '', 1);
    expect(ledger.settled).toBe(true);
    ledger.send(2, true);
    expect(() => ledger.send(3, true)).toThrow(/ledger full/);
  });
});

describe('bare Socket.IO relay', () => {
  let bare: BareServer;
  const sockets: Socket[] = [];
  const connect = (room: string, member: string) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = io(bare.url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { room, member } });
      sockets.push(socket);
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });

  beforeAll(async () => {
    bare = await startBareServer();
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await bare.close();
  });

  it('acknowledges a message and relays it to both sockets of the room only', async () => {
    const [a, b, outsider] = await Promise.all([connect('conv-1', 'a'), connect('conv-1', 'b'), connect('conv-2', 'c')]);
    const heard: Record<string, unknown[]> = { a: [], b: [], c: [] };
    a.on('message:new', (p) => heard.a!.push(p));
    b.on('message:new', (p) => heard.b!.push(p));
    outsider.on('message:new', (p) => heard.c!.push(p));
    const arrived = new Promise((resolve) => b.once('message:new', resolve));
    const ack = (await a.timeout(2000).emitWithAck('message:send', { conversationId: 'conv-1', body: 'Xin chào', clientId: 'c-1' })) as {
      ok: boolean;
      message: Record<string, unknown>;
    };
    expect(ack.ok).toBe(true);
    expect(ack.message).toMatchObject({ conversationId: 'conv-1', senderId: 'a', body: 'Xin chào', clientId: 'c-1' });
    expect(await arrived).toEqual({ message: ack.message });
    await new Promise((r) => setTimeout(r, 50));
    expect(heard.a).toHaveLength(1);
    expect(heard.b).toHaveLength(1);
    expect(heard.c).toHaveLength(0);
  });
});
