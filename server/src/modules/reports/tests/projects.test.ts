// A department reports its year in projects ("6 projects helped with trademark; 1 project given
// space"), while `outcomes` counts consultations: two consultations of one startup that both filed
// something count twice there. `outcomeStartups` counts each startup once per outcome tag, over
// the same outcomes (recorded at completion, or answered to the follow-up mail, in the period).
import { describe, expect, it } from 'vitest';
import { adminEnv, member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { HOUR_MS, ManualClock } from '../../../lib/clock.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const t = useTestApp({ clock, env: adminEnv });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');

function ok(res: { status: number; text: string; body: any }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

/** `startup` and `helper` connect; then one consultation per entry of `outcomes`, each completed with those tags. */
async function helped(startup: Member, helper: Member, outcomes: string[][]): Promise<void> {
  const intro = ok(await startup.client.post('/api/intros', { toProfileId: helper.profile.id, message: 'Xin được hỗ trợ' }), 201);
  ok(await helper.client.post(`/api/intros/${intro.id}/accept`));
  for (const tags of outcomes) {
    const startsAt = new Date(clock.now().getTime() + HOUR_MS).toISOString();
    const consultation = ok(
      await startup.client.post('/api/consultations', { introId: intro.id, startsAt, durationMinutes: 60, mode: 'online' }),
      201,
    );
    clock.advance(2 * HOUR_MS);
    ok(await helper.client.post(`/api/consultations/${consultation.id}/complete`, { outcome: { tags } }));
  }
}

describe('outcomes by project', () => {
  it('counts each startup once per outcome tag, next to the consultations that carry it', async () => {
    const honey = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
    const jelly = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung' });
    const lawyer = await member(t, 'expert', { name: 'Luật sư sở hữu trí tuệ', province: 'lang-son', capacity: 5 });
    const standards = await member(t, 'expert', { name: 'Chuyên gia tiêu chuẩn', province: 'lang-son', capacity: 5 });
    await helped(honey, lawyer, [['trademark_filed'], ['trademark_filed', 'label_compliant']]);
    await helped(honey, standards, [['label_compliant']]);
    await helped(jelly, lawyer, [['trademark_filed']]);

    const summary = ok(await staff.get('/api/reports/summary'));
    expect(summary.outcomes).toEqual({ trademark_filed: 3, label_compliant: 2 });
    expect(summary.outcomeStartups).toEqual({ trademark_filed: 2, label_compliant: 1 });
    expect(summary.consultations.completed).toBe(4);
  });
});
