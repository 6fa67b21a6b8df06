// Data migrations run once per database, in id order, even when two instances boot together; the
// conflicts backfill gives older declarations the declaring office's province.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../lib/clock.js';
import { createLogger } from '../lib/logger.js';
import { createEmbeddedStore } from '../store/embedded/index.js';
import type { Doc, Store } from '../store/types.js';
import { conflictsDeclaredProvince } from './2026-12-06-conflicts-declared-province.js';
import { usersSearchKey } from './2026-12-07-users-search-key.js';
import type { Migration } from './runner.js';
import { runMigrations } from './runner.js';

const logger = createLogger('silent');
const clock = new ManualClock('2026-12-06T00:00:00Z');
const stores: { store: Store; dir: string }[] = [];

/** A fresh store holding `older` documents (by collection name), as a database a migration finds. */
async function freshStore(older: Record<string, Doc[]> = {}): Promise<Store> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-migrations-'));
  const store = await createEmbeddedStore({ dataDir: dir });
  stores.push({ store, dir });
  for (const [name, docs] of Object.entries(older)) await store.collection({ name }).insertMany(docs);
  return store;
}

afterEach(async () => {
  for (const { store, dir } of stores.splice(0)) {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const counting = (id: string, runs: string[]): Migration => ({
  id,
  description: id,
  up: async () => {
    runs.push(id);
    return 1;
  },
});

describe('runMigrations', () => {
  it('runs pending migrations in id order, records them, and skips them next time', async () => {
    const store = await freshStore();
    const runs: string[] = [];
    const list = [counting('2026-02-b', runs), counting('2026-01-a', runs)];
    expect(await runMigrations(store, list, clock, logger)).toEqual(['2026-01-a', '2026-02-b']);
    expect(await runMigrations(store, list, clock, logger)).toEqual([]);
    expect(runs).toEqual(['2026-01-a', '2026-02-b']);
    const records = await store.collection({ name: 'migrations' }).find({}, { sort: { _id: 1 } });
    expect(records.map((r) => [r._id, r.changed, r.finishedAt])).toEqual([
      ['2026-01-a', 1, '2026-12-06T00:00:00.000Z'],
      ['2026-02-b', 1, '2026-12-06T00:00:00.000Z'],
    ]);
  });

  it('lets only one of two instances booting together run a migration', async () => {
    const store = await freshStore();
    const runs: string[] = [];
    const list = [counting('2026-03-c', runs)];
    await Promise.all([runMigrations(store, list, clock, logger), runMigrations(store, list, clock, logger)]);
    expect(runs).toEqual(['2026-03-c']);
  });

  it('reruns a migration that started but never finished (a crash in between)', async () => {
    const store = await freshStore({
      migrations: [{ _id: '2026-04-d', description: 'd', startedAt: 'x', finishedAt: null, changed: null }],
    });
    const runs: string[] = [];
    expect(await runMigrations(store, [counting('2026-04-d', runs)], clock, logger)).toEqual(['2026-04-d']);
    expect(runs).toEqual(['2026-04-d']);
  });
});

describe('conflicts-declared-province', () => {
  it('records the declaring staff member’s province, null for admins, and leaves newer declarations alone', async () => {
    const store = await freshStore({
      users: [
        { _id: 'staff-ls', role: 'staff', province: 'lang-son' },
        { _id: 'admin-1', role: 'admin', province: null },
      ],
      conflicts: [
        { _id: 'c1', declaredBy: 'staff-ls' },
        { _id: 'c2', declaredBy: 'admin-1' },
        { _id: 'c3', declaredBy: 'staff-ls', declaredProvince: 'phu-tho' },
      ],
    });
    const conflicts = store.collection({ name: 'conflicts' });
    expect(await conflictsDeclaredProvince.up(store)).toBe(2);
    const after = await conflicts.find({}, { sort: { _id: 1 } });
    expect(after.map((c) => [c._id, c.declaredProvince])).toEqual([
      ['c1', 'lang-son'],
      ['c2', null],
      ['c3', 'phu-tho'],
    ]);
    expect(await conflictsDeclaredProvince.up(store)).toBe(0);
  });
});

describe('users-search-key', () => {
  it('gives older accounts the folded name and e-mail, once', async () => {
    const store = await freshStore({
      users: [
        { _id: 'u1', name: 'Hoàng Minh Tuấn', email: 'tuan@langson.vn' },
        { _id: 'u2', name: 'Đặng Thu Hà', email: 'ha@example.vn', searchKey: 'dang thu ha ha@example.vn' },
      ],
    });
    const users = store.collection({ name: 'users' });
    expect(await usersSearchKey.up(store)).toBe(1);
    expect((await users.findOne({ _id: 'u1' }))?.searchKey).toBe('hoang minh tuan tuan@langson.vn');
    expect(await usersSearchKey.up(store)).toBe(0);
  });
});
