// Province policies with more than one app instance on one store (as several processes share one
// MongoDB). Each instance caches the policies; a save must never write back fields it did not mean
// to change from its own, possibly stale, copy. (Invalidation over Redis: server/test/redis.test.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, adminEnv, staffOf } from '../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../test/helpers/testApp.js';
import { startTestApp } from '../../../test/helpers/testApp.js';
import { createEmbeddedStore } from '../../store/embedded/index.js';
import type { Store } from '../../store/types.js';
import { ProvincePoliciesRepository } from './repository.js';

describe('province policies across instances', () => {
  let store: Store;
  let a: TestApp;
  let b: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-policies-'));

  beforeAll(async () => {
    store = await createEmbeddedStore({ dataDir: dir });
    const env = { ...adminEnv, SESSION_SECRET: 'a-shared-session-secret-of-at-least-32-chars' };
    a = await startTestApp({ env, store, dataDir: dir });
    b = await startTestApp({ env, store, dataDir: dir });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a save on one instance keeps the fields another instance changed meanwhile', async () => {
    const staffA = await staffOf(a, await adminClient(a), 'phu-tho');
    const staffB = await staffOf(b, await adminClient(b), 'phu-tho');
    // A reads (and caches) the policy; B then restricts sharing.
    expect((await staffA.get('/api/staff/policy')).body).toMatchObject({ sharing: 'all', staleNeedDays: 14 });
    expect((await staffB.put('/api/staff/policy', { sharing: 'province' })).body.sharing).toBe('province');
    // A, from its older copy, changes only the stale-need days.
    const saved = await staffA.put('/api/staff/policy', { staleNeedDays: 21 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ sharing: 'province', staleNeedDays: 21 });
    expect(await store.collection({ name: 'province_policies' }).findOne({ _id: 'phu-tho' })).toMatchObject({
      sharing: 'province',
      staleNeedDays: 21,
    });
    expect((await staffB.get('/api/staff/policy')).body).toMatchObject({ sharing: 'province', staleNeedDays: 21 });
  });
});

describe('province policy cache', () => {
  it('reads the store again once its copy is older than maxAgeMs or was invalidated', async () => {
    const store = await createEmbeddedStore({ dataDir: ':memory:' });
    try {
      let now = 0;
      const policies = new ProvincePoliciesRepository(store, { maxAgeMs: 30_000, now: () => now });
      const other = new ProvincePoliciesRepository(store, { maxAgeMs: 30_000, now: () => now });
      expect((await policies.get('lang-son')).sharing).toBe('all');
      await other.save('lang-son', { sharing: 'region', updatedAt: '2030-01-01T00:00:00.000Z', updatedBy: 'u1' });
      now = 29_000;
      expect((await policies.get('lang-son')).sharing).toBe('all'); // its copy, still young enough
      now = 30_001;
      expect((await policies.get('lang-son')).sharing).toBe('region');

      await other.save('lang-son', { sharing: 'province', updatedAt: '2030-01-02T00:00:00.000Z', updatedBy: 'u1' });
      policies.invalidate(); // what a Redis message does
      expect((await policies.get('lang-son')).sharing).toBe('province');
      // A new province gets the defaults for what the save does not name.
      const created = await other.save('ha-noi', { staleNeedDays: 7, updatedAt: '2030-01-03T00:00:00.000Z', updatedBy: 'u2' });
      expect(created).toMatchObject({ _id: 'ha-noi', sharing: 'all', staffApprovalKinds: [], staleNeedDays: 7 });
    } finally {
      await store.close();
    }
  });
});
