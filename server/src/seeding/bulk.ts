// Bulk-load a generated dataset (seeds/src/generator) for benchmarks and load tests. Writes go
// straight to the repositories in large transactions; profiles are validated with the same
// schemas as the API and built by the same function as the service. Every generated account
// shares one password hash (they share one password), which keeps 100 000 accounts fast.
import { DEMO_PASSWORD, generateDataset } from '@ketnoi/seeds';
import type { Container } from '../container.js';
import { parseInput } from '../http/validate.js';
import { newId } from '../lib/ids.js';
import { searchKeyOf, type UserDoc } from '../modules/accounts/repository.js';
import type { NeedDoc } from '../modules/needs/repository.js';
import { buildProfileDoc } from '../modules/profiles/build.js';
import type { ProfileDoc } from '../modules/profiles/repository.js';
import { BODY_BY_KIND } from '@ketnoi/contract';
import type { ProfileInput } from '@ketnoi/contract';

export interface BulkOptions {
  profiles: number;
  seed: number;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

export async function loadGenerated(container: Container, options: BulkOptions): Promise<{ users: number; needs: number }> {
  const { store, modules, clock } = container;
  const passwordHash = await container.modules.accounts.hasher.hash(DEMO_PASSWORD);
  const users = store.collection<UserDoc>({ name: 'users' });
  const batchSize = options.batchSize ?? 1000;
  let done = 0;
  let needCount = 0;
  let batch: { user: UserDoc; profile: ProfileDoc; needs: NeedDoc[] }[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    await store.withTransaction(async () => {
      await users.insertMany(items.map((i) => i.user));
      await modules.profiles.repository.collection.insertMany(items.map((i) => i.profile));
      const needs = items.flatMap((i) => i.needs);
      if (needs.length) await modules.needs.repository.collection.insertMany(needs);
    });
    done += items.length;
    options.onProgress?.(done);
  };

  for (const record of generateDataset({ profiles: options.profiles, seed: options.seed })) {
    const now = clock.now().toISOString();
    const user: UserDoc = {
      _id: newId(),
      email: record.user.email,
      passwordHash,
      role: record.user.role,
      name: record.user.name,
      province: record.user.province,
      searchKey: searchKeyOf(record.user),
      createdAt: now,
      updatedAt: now,
    };
    const { verified, kind, ...body } = record.profile;
    const input = parseInput(BODY_BY_KIND[kind], body) as ProfileInput;
    const profile = buildProfileDoc({ kind, input, existing: null, userId: user._id, now, mayVerify: false });
    profile.verified = verified === true;
    const needs: NeedDoc[] = record.needs.map((n) => ({
      _id: newId(),
      startupId: profile._id,
      category: n.category,
      title: n.title,
      description: n.description,
      urgency: n.urgency,
      status: 'open',
      province: profile.province,
      history: [{ at: now, by: user._id, from: null, to: 'open' }],
      suggestedCategories: [],
      createdBy: user._id,
      createdAt: now,
      updatedAt: now,
    }));
    if (kind === 'startup') profile.coverage = [...new Set(needs.map((n) => n.category))];
    needCount += needs.length;
    batch.push({ user, profile, needs });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { users: done, needs: needCount };
}
