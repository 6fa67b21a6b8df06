// The demo dataset (seeds/src/demo) loaded through the real services on first start, so demo
// profiles and needs are exactly what users would create: validated, classified, indexed.
import { demoDataset, demoLogins, DEMO_PASSWORD } from '@ketnoi/seeds';
import type { Container } from '../container.js';
import type { AuthUser } from '../http/api.js';
import { DAY_MS, HOUR_MS } from '../lib/clock.js';
import { presentUser } from '../modules/accounts/presenter.js';
import { loadDemoShowcase } from './demoShowcase.js';
import type { StoryClock } from './storyClock.js';

/** The account the demo loader acts as where a person would be an administrator. */
export const SYSTEM: AuthUser = {
  id: 'system',
  email: 'system@ketnoi.local',
  role: 'admin',
  name: 'KếtNối',
  province: null,
  language: 'vi',
  createdAt: '1970-01-01T00:00:00.000Z',
};

export interface DemoOptions {
  /**
   * Create the demo staff and admin. Their password is published, so they are left out whenever a
   * real administrator is configured (ADMIN_EMAIL): no account anyone can guess moderates or administers.
   */
  staffAndAdmin: boolean;
}

const privileged = (role: string) => role === 'staff' || role === 'admin';

/**
 * When things happened, so dates agree with the weeks of history demoActivity.ts plays: people
 * signed up 70–90 days ago, and stated their needs 36–60 days ago (before any introduction, the
 * first of which is 30 days old). Needs nobody has answered since are what the staff queue's
 * "stale needs" list is for. Deterministic: the n-th entry always gets the same age.
 */
export const signedUpDaysAgo = (n: number) => 90 - ((n * 7) % 21);
export const needStatedDaysAgo = (n: number) => 60 - ((n * 11) % 25);

export async function loadDemoData(container: Container, story: StoryClock, options: DemoOptions): Promise<string[]> {
  try {
    return await load(container, story, options);
  } finally {
    await story.end();
  }
}

async function load(container: Container, story: StoryClock, options: DemoOptions): Promise<string[]> {
  const { modules, logger } = container;
  const started = Date.now();
  const users = new Map<string, AuthUser>();
  const at = (daysAgo: number, hour: number) => story.moveTo(story.now - daysAgo * DAY_MS + hour * HOUR_MS);
  let n = 0;
  const signedUpAt = new Map<string, number>();
  for (const seed of demoDataset.users) {
    if (!options.staffAndAdmin && privileged(seed.role)) continue;
    signedUpAt.set(seed.key, signedUpDaysAgo(n++));
    await at(signedUpAt.get(seed.key)!, 0);
    const user = await modules.accounts.service.createByAdmin(
      {
        email: seed.email,
        password: seed.password,
        role: seed.role,
        name: seed.name,
        province: seed.role === 'admin' ? null : seed.province,
      },
      SYSTEM.id,
    );
    users.set(seed.key, presentUser(user));
  }
  const profileIds = new Map<string, string>();
  for (const [key, seed] of Object.entries(demoDataset.profiles)) {
    const user = users.get(key);
    if (!user) throw new Error(`demo profile ${key} has no user`);
    const { verified, kind: _kind, ...body } = seed;
    await at(signedUpAt.get(key) ?? 90, 1);
    const { profile } = await modules.profiles.service.saveOwn(user, body);
    profileIds.set(key, profile._id);
    if (verified) await modules.profiles.service.setVerified(SYSTEM, profile._id, true);
  }
  for (const [index, need] of demoDataset.needs.entries()) {
    const user = users.get(need.startupKey);
    if (!user) throw new Error(`demo need of unknown startup ${need.startupKey}`);
    await at(needStatedDaysAgo(index), 2 + (index % 8));
    await modules.needs.service.create(user, {
      category: need.category,
      title: need.title,
      description: need.description,
      urgency: need.urgency,
    });
  }
  await loadDemoShowcase(container, users);
  logger.info(
    { users: users.size, profiles: profileIds.size, needs: demoDataset.needs.length, ms: Date.now() - started },
    'demo data loaded',
  );
  return [
    `Demo data loaded. Every demo account's password is "${DEMO_PASSWORD}":`,
    ...demoLogins.filter((l) => options.staffAndAdmin || !privileged(l.role)).map((l) => `  ${l.role.padEnd(8)} ${l.email}  (${l.name})`),
    ...(options.staffAndAdmin ? [] : ['  (no demo staff or admin: ADMIN_EMAIL is set)']),
  ];
}
