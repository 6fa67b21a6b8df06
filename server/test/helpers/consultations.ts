// Consultations that took place, over HTTP, on a test app run with a ManualClock.
import { HOUR_MS, type ManualClock } from '../../src/lib/clock.js';
import type { Member } from './fixtures.js';
import type { TestResponse } from './testClient.js';

function ok(res: TestResponse, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

/**
 * `startup` and `helper` connect (an accepted intro); then one online consultation per entry of
 * `outcomes`, an hour from the clock's now, which `clock` moves past for the helper to complete it
 * with those tags. Returns the consultations as they were scheduled.
 */
export async function helped(clock: ManualClock, startup: Member, helper: Member, outcomes: string[][]): Promise<any[]> {
  const intro = ok(await startup.client.post('/api/intros', { toProfileId: helper.profile.id, message: 'Xin được hỗ trợ' }), 201);
  ok(await helper.client.post(`/api/intros/${intro.id}/accept`));
  const consultations = [];
  for (const tags of outcomes) {
    const startsAt = new Date(clock.now().getTime() + HOUR_MS).toISOString();
    const consultation = ok(
      await startup.client.post('/api/consultations', { introId: intro.id, startsAt, durationMinutes: 60, mode: 'online' }),
      201,
    );
    clock.advance(2 * HOUR_MS);
    ok(await helper.client.post(`/api/consultations/${consultation.id}/complete`, { outcome: { tags } }));
    consultations.push(consultation);
  }
  return consultations;
}
