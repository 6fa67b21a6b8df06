// Mail survives kill -9: the real server runs as a child process with a real SMTP peer. Some mails
// are delivered; then the peer goes down, more mails are queued (acknowledged 202), the server is
// killed with SIGKILL, and both come back. Every mail arrives, each exactly once by Message-ID.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SmtpPeer } from './helpers/smtpPeer.js';
import { TestClient } from './helpers/testClient.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-mail-crash-'));
const children: ChildProcess[] = [];
const peer = new SmtpPeer();
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await peer.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startServer(smtpUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_DATA: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'KếtNối <no-reply@ketnoi.test>',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1') });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

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
    const { child, url } = await startServer(peer.url);
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
    const restarted = await startServer(peer.url);
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
