// Shared set-up of the events tests: an app on a manual clock with an admin, and small helpers.
import { expect } from 'vitest';
import { adminClient, adminEnv } from '../../../../test/helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/testApp.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';
import { ManualClock } from '../../../lib/clock.js';

/** Monday 2 March 2026, 09:00 in Vietnam. */
export const START = '2026-03-02T02:00:00.000Z';

export async function eventsApp(): Promise<{ t: TestApp; clock: ManualClock; admin: TestClient }> {
  const clock = new ManualClock(START);
  // Sessions outlive the weeks the clock moves through.
  const t = await startTestApp({ clock, env: { ...adminEnv, SESSION_MAX_AGE_DAYS: '365' } });
  return { t, clock, admin: await adminClient(t) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers, as in the other test helpers
export function ok<T extends { status: number; text: string; body: any }>(res: T, status = 200): T['body'] {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

/**
 * The `refused(request, status, code, message?)` of a refusals test: the request answers that
 * contract error (and message), and `state()` reads the same after it as before; returns the error.
 */
export function refusedLeaving(state: () => Promise<unknown>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers, as in ok()
  return async (res: Promise<{ status: number; body: any }>, status: number, code: string, message?: RegExp) => {
    const before = await state();
    const r = await res;
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    if (message) expect(r.body.error.message).toMatch(message);
    expect(await state()).toEqual(before);
    return r.body.error;
  };
}

/** A Lạng Sơn startup day on 28 March 2026 (Vietnam time), with meetings in the afternoon. */
export function startupDay(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'startup_day',
    title: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026',
    description: 'Trưng bày dự án, chung kết cuộc thi ý tưởng và gặp gỡ 1-1.',
    topics: ['funding', 'distribution'],
    startsAt: '2026-03-28T08:00:00+07:00',
    endsAt: '2026-03-28T17:00:00+07:00',
    venue: { name: 'Hội trường tầng 2, Sở KH&CN Lạng Sơn', address: 'Thành phố Lạng Sơn' },
    capacity: 3,
    meetings: { slotMinutes: 30, tables: 1, from: '2026-03-28T13:30:00+07:00', to: '2026-03-28T15:00:00+07:00', maxPerParticipant: 2 },
    ...overrides,
  };
}
