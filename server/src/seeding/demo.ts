// The demo dataset (seeds/src/demo) loaded through the real services on first start, so demo
// profiles and needs are exactly what users would create: validated, classified, indexed.
import { demoDataset, demoLogins, DEMO_PASSWORD } from '@ketnoi/seeds';
import type { Container } from '../container.js';
import type { AuthUser } from '../http/api.js';
import { presentUser } from '../modules/accounts/presenter.js';

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

export async function loadDemoData(container: Container, options: DemoOptions): Promise<string[]> {
  const { modules, logger } = container;
  const started = Date.now();
  const users = new Map<string, AuthUser>();
  for (const seed of demoDataset.users) {
    if (!options.staffAndAdmin && privileged(seed.role)) continue;
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
    const { profile } = await modules.profiles.service.saveOwn(user, body);
    profileIds.set(key, profile._id);
    if (verified) await modules.profiles.service.setVerified(SYSTEM, profile._id, true);
  }
  for (const need of demoDataset.needs) {
    const user = users.get(need.startupKey);
    if (!user) throw new Error(`demo need of unknown startup ${need.startupKey}`);
    await modules.needs.service.create(user, {
      category: need.category,
      title: need.title,
      description: need.description,
      urgency: need.urgency,
    });
  }
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
