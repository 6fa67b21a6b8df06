// Signed-in admin and staff clients for a test file that starts its app with useTestApp: each is
// a file-level const, signed in by a hook that runs after the app starts. (Kept apart from
// fixtures.ts, which the benchmarks import outside vitest.)
import { beforeAll } from 'vitest';
import { ADMIN, adminEnv, createStaff, STAFF_PASSWORD } from './fixtures.js';
import type { TestApp, TestAppOptions } from './testApp.js';
import { useTestApp } from './testApp.js';
import { TestClient } from './testClient.js';

/**
 * The admin of the file's app (see useTestApp; started with `adminEnv`), signed in by a hook that
 * runs after the app starts and before hooks registered later, so it can be a file-level `const`.
 */
export function useAdmin(t: TestApp): TestClient {
  const admin = new TestClient(() => t.url);
  beforeAll(async () => {
    await admin.login(ADMIN.email, ADMIN.password);
  });
  return admin;
}

/** A staff member of `province` created by `admin` and signed in by a hook, as useAdmin does. */
export function useStaff(t: TestApp, admin: TestClient, province: string): TestClient {
  const staff = new TestClient(() => t.url);
  beforeAll(async () => {
    await staff.login(await createStaff(admin, province), STAFF_PASSWORD);
  });
  return staff;
}

/**
 * The file's app (see useTestApp) with its admin and one staff member for each of `provinces`, all
 * signed in by hooks: `const { t, admin, staff } = useAppWithStaff(['lang-son', 'phu-tho'])`,
 * then `const [staffLs, staffPt] = staff`.
 */
export function useAppWithStaff<const Provinces extends readonly string[]>(
  provinces: Provinces,
  options: TestAppOptions = {},
): { t: TestApp; admin: TestClient; staff: { [K in keyof Provinces]: TestClient } } {
  const t = useTestApp({ ...options, env: { ...adminEnv, ...options.env } });
  const admin = useAdmin(t);
  const staff = provinces.map((province) => useStaff(t, admin, province)) as { [K in keyof Provinces]: TestClient };
  return { t, admin, staff };
}
