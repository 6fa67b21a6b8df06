// Durability through the public surface: start the real server as a child process, fire
// hundreds of registrations, SIGKILL it mid-burst, restart it on the same data directory and
// prove that every account that got a 201 can sign in.
import { afterAll, describe, expect, it } from 'vitest';
import { ChildServers } from './helpers/childServer.js';
import { TestClient } from './helpers/testClient.js';

const servers = new ChildServers('crash', { REGISTER_MAX_PER_HOUR: '100000' });
afterAll(() => {
  servers.stop();
});

describe('crash durability', () => {
  it('keeps every acknowledged registration across kill -9', async () => {
    const { child, url } = await servers.start();
    const acknowledged: { email: string; password: string }[] = [];
    let killed = false;
    let next = 0;
    const total = 400;
    const worker = async () => {
      while (next < total && !killed) {
        const i = next++;
        const account = {
          email: `crash${i}@example.vn`,
          password: `mat-khau-${i}-dai-du`,
          role: 'startup',
          name: `Founder ${i}`,
          province: 'lang-son',
        };
        try {
          const res = await new TestClient(url).post('/api/auth/register', account);
          if (res.status === 201) acknowledged.push(account);
          else throw new Error(`unexpected ${res.status}`);
        } catch (error) {
          if (!killed) throw error;
        }
        if (acknowledged.length >= 150 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, worker));
    expect(killed).toBe(true);
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const restarted = await servers.start();
    try {
      const failures: string[] = [];
      for (let i = 0; i < acknowledged.length; i += 8) {
        await Promise.all(
          acknowledged.slice(i, i + 8).map(async (a) => {
            const res = await new TestClient(restarted.url).post('/api/auth/login', { email: a.email, password: a.password });
            if (res.status !== 200) failures.push(`${a.email}: ${res.status}`);
          }),
        );
      }
      expect(failures).toEqual([]);
    } finally {
      restarted.child.kill('SIGTERM');
      await new Promise((r) => restarted.child.once('exit', r));
    }
  }, 120_000);

  it('on SIGTERM finishes the requests in flight, exits cleanly and keeps what it answered', async () => {
    const { child, url } = await servers.start();
    const accounts = Array.from({ length: 12 }, (_, i) => ({
      email: `term${i}@example.vn`,
      password: `mat-khau-${i}-dai-du`,
      role: 'expert',
      name: `Chuyên gia ${i}`,
      province: 'phu-tho',
    }));
    const inFlight = accounts.map((a) =>
      new TestClient(url).post('/api/auth/register', a).then(
        (res) => ({ account: a, status: res.status }),
        () => ({ account: a, status: 0 }), // refused after the server stopped accepting: never acknowledged
      ),
    );
    await new Promise((r) => setTimeout(r, 15)); // requests are hashing passwords now
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(await exited).toBe(0);
    const acknowledged = answers.filter((a) => a.status === 201);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 201 || a.status === 0)).toBe(true);

    const restarted = await servers.start();
    try {
      for (const { account } of acknowledged) {
        const res = await new TestClient(restarted.url).post('/api/auth/login', { email: account.email, password: account.password });
        expect(res.status).toBe(200);
      }
    } finally {
      restarted.child.kill('SIGTERM');
      await new Promise((r) => restarted.child.once('exit', r));
    }
  }, 60_000);
});
