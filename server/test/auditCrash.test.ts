// Audit entries survive a crash with their cause (issue 14, item 24): start the real server as a
// child process, have an admin move needs between open and in progress from many clients at once,
// SIGKILL it mid-burst, restart it on the same data directory and check that every status change
// kept in a need's history (acknowledged or not) has exactly one audit entry. (The old after-commit
// write lost entries in a window too narrow for a kill from outside to hit reliably; the rollback
// itself is shown deterministically in src/modules/audit/atomicity.test.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { ChildServers } from './helpers/childServer.js';
import { TestClient } from './helpers/testClient.js';

const ADMIN = { email: 'admin.crash@ketnoi.test', password: 'mat-khau-quan-tri-dai' };
const servers = new ChildServers('audit-crash', {
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  REGISTER_MAX_PER_HOUR: '1000',
});
const CLIENTS = 12;
afterAll(() => {
  servers.stop();
});

async function signIn(url: string): Promise<TestClient> {
  const admin = new TestClient(url);
  await admin.login(ADMIN.email, ADMIN.password);
  return admin;
}

/** A startup with one need, created over HTTP; the need's id. */
async function startupNeed(url: string, admin: TestClient, i: number): Promise<string> {
  const founder = new TestClient(url);
  await founder.register({ role: 'startup', name: `Nhà sáng lập ${i}` });
  const profile = await founder.put('/api/profiles/me', { name: `Dự án ${i}`, province: 'lang-son', stage: 'idea' });
  expect(profile.status).toBe(201);
  const need = await admin.post('/api/needs', { startupId: profile.body.id, title: `Đăng ký nhãn hiệu ${i}`, category: 'trademark' });
  expect(need.status).toBe(201);
  return need.body.id;
}

async function auditEntriesOf(admin: TestClient, needId: string): Promise<number> {
  return ((await admin.get(`/api/admin/audit?targetId=${needId}&limit=100`)).body.items as unknown[]).length;
}

describe('audit entries across kill -9', () => {
  it('keeps exactly one entry for every status change that was stored, answered or not', async () => {
    const { child, url } = await servers.start();
    const admin = await signIn(url);
    const needs: string[] = [];
    for (let i = 0; i < CLIENTS; i++) needs.push(await startupNeed(url, admin, i));
    const acknowledged = new Map(needs.map((id) => [id, 0]));
    let total = 0;
    let killed = false;
    // One client per need, so no two requests race on the same need.
    const worker = async (needId: string) => {
      for (let i = 0; i < 200 && !killed; i++) {
        try {
          const res = await admin.patch(`/api/needs/${needId}`, { status: i % 2 === 0 ? 'in_progress' : 'open' });
          if (res.status !== 200) throw new Error(`unexpected ${res.status} ${res.text}`);
          acknowledged.set(needId, acknowledged.get(needId)! + 1);
        } catch (error) {
          if (!killed) throw error;
        }
        if (++total >= 300 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(needs.map(worker));
    expect(killed).toBe(true);
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));

    const restarted = await servers.start();
    try {
      const after = await signIn(restarted.url);
      const mismatches: string[] = [];
      for (const needId of needs) {
        const history = (await after.get(`/api/needs/${needId}`)).body.history as unknown[];
        const changes = history.length - 1; // the first entry is the creation
        const entries = await auditEntriesOf(after, needId);
        if (changes < acknowledged.get(needId)! || entries !== changes)
          mismatches.push(`${needId}: ${acknowledged.get(needId)} answered, ${changes} stored, ${entries} audited`);
      }
      expect(mismatches).toEqual([]);
    } finally {
      restarted.child.kill('SIGTERM');
      await new Promise((r) => restarted.child.once('exit', r));
    }
  }, 120_000);
});
