// Mail survives kill -9: the real server runs as a child process with a real SMTP peer. Some mails
// are delivered; then the peer goes down, more mails are queued (acknowledged 202), the server is
// killed with SIGKILL, and both come back. Every mail arrives, each exactly once by Message-ID.
import { afterAll, describe, expect, it } from 'vitest';
import { SmtpPeer } from './helpers/smtpPeer.js';
import { ChildServers } from './helpers/childServer.js';
import { TestClient } from './helpers/testClient.js';

const servers = new ChildServers('mail-crash', { MAIL_FROM: 'KếtNối <no-reply@ketnoi.test>' });
const peer = new SmtpPeer();
afterAll(async () => {
  servers.stop();
  await peer.stop();
});

async function health(url: string): Promise<{ status: string; mail: { ok: boolean; queued: number; failing: number } }> {
  return (await new TestClient(url).get('/api/health')).body;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function queueResets(url: string, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const client = new TestClient(url);
    const email = `crash.mail${i}@example.vn`;
    expect(
      (
        await client.post('/api/auth/register', {
          email,
          password: 'mat-khau-rat-manh',
          role: 'startup',
          name: `N${i}`,
          province: 'lang-son',
        })
      ).status,
    ).toBe(201);
    expect((await client.post('/api/auth/password-reset', { email })).status).toBe(202);
  }
}

describe('mail across kill -9', () => {
  it('delivers every acknowledged mail exactly once after the server and the relay come back', async () => {
    await peer.start();
    const { child, url } = await servers.start({ SMTP_URL: peer.url });
    await queueResets(url, 0, 8);
    await peer.waitFor(8);

    await peer.stop();
    await queueResets(url, 8, 16);
    await until('health to show the relay is down', async () => {
      const h = await health(url);
      return h.status === 'degraded' && !h.mail.ok && h.mail.queued === 16;
    });
    child.kill('SIGKILL');
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));

    await peer.start();
    const restarted = await servers.start({ SMTP_URL: peer.url });
    try {
      await peer.waitFor(24, 60_000);
      await until('the queue to drain', async () => (await health(restarted.url)).mail.queued === 0);
      const counts = peer.countsByMessageId();
      expect(counts.size).toBe(24);
      expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
      const recipients = peer.received.map((m) => m.envelopeTo[0]).sort();
      expect(recipients).toEqual(Array.from({ length: 24 }, (_, i) => `crash.mail${i}@example.vn`).sort());
      expect(await health(restarted.url)).toMatchObject({ status: 'ok', mail: { ok: true, queued: 0, failing: 0 } });
    } finally {
      restarted.child.kill('SIGTERM');
      await new Promise((r) => restarted.child.once('exit', r));
    }
  }, 120_000);
});
