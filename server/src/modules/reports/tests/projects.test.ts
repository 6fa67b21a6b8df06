// A department reports its year in projects ("6 projects helped with trademark; 1 project given
// space"), while `outcomes` counts consultations: two consultations of one startup that both filed
// something count twice there. `outcomeStartups` counts each startup once per outcome tag, over
// the same outcomes (recorded at completion, or answered to the follow-up mail, in the period).
import { describe, expect, it } from 'vitest';
import { helped } from '../../../../test/helpers/consultations.js';
import { adminEnv, member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { ManualClock } from '../../../lib/clock.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const t = useTestApp({ clock, env: adminEnv });
const admin = useAdmin(t);
const staff = useStaff(t, admin, 'lang-son');

function ok(res: { status: number; text: string; body: any }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

describe('outcomes by project', () => {
  it('counts each startup once per outcome tag, next to the consultations that carry it', async () => {
    const honey = await member(t, 'startup', { name: 'Mật ong chanh rừng Chi Lăng' });
    const jelly = await member(t, 'startup', { name: 'Thạch đen Hồng Nhung' });
    const lawyer = await member(t, 'expert', { name: 'Luật sư sở hữu trí tuệ', province: 'lang-son', capacity: 5 });
    const standards = await member(t, 'expert', { name: 'Chuyên gia tiêu chuẩn', province: 'lang-son', capacity: 5 });
    await helped(clock, honey, lawyer, [['trademark_filed'], ['trademark_filed', 'label_compliant']]);
    await helped(clock, honey, standards, [['label_compliant']]);
    await helped(clock, jelly, lawyer, [['trademark_filed']]);

    const summary = ok(await staff.get('/api/reports/summary'));
    expect(summary.outcomes).toEqual({ trademark_filed: 3, label_compliant: 2 });
    expect(summary.outcomeStartups).toEqual({ trademark_filed: 2, label_compliant: 1 });
    expect(summary.consultations.completed).toBe(4);
  });
});
