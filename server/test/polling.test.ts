// socket.io-client connects with HTTP long-polling first by default, then upgrades: the session
// must authenticate that handshake too, and events must flow before and after the upgrade.
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member } from './helpers/fixtures.js';
import type { TestApp } from './helpers/testApp.js';
import { startTestApp } from './helpers/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('Socket.IO with default transports (polling, then upgrade)', () => {
  it('authenticates from the session cookie and delivers events', async () => {
    const startup = await member(t, 'startup');
    const expert = await member(t, 'expert');
    const cookie = [...expert.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const socket = connect(t.url, { extraHeaders: { cookie }, reconnection: false, forceNew: true });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const heard = new Promise<{ intro: { id: string } }>((resolve) => socket.once('intro:new', resolve));
      const intro = (await startup.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Qua polling' })).body;
      expect((await heard).intro.id).toBe(intro.id);
    } finally {
      socket.disconnect();
    }
  });

  it('refuses a polling handshake without a session with "unauthorized"', async () => {
    const socket = connect(t.url, { reconnection: false, forceNew: true });
    const message = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', (err) => resolve(err.message));
    });
    socket.disconnect();
    expect(message).toBe('unauthorized');
  });
});
