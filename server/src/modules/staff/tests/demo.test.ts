// The demo gives the Lạng Sơn staff a credential check to try: a trainer who joined recently waits
// on the verification page (unverified, in their province), and verifying him is recorded.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoMember, useDemoApp } from '../../../../test/helpers/demo.js';
import type { TestClient } from '../../../../test/helpers/testClient.js';

const t = useDemoApp();
let staff: TestClient;
beforeAll(async () => {
  staff = await demoMember(t, 'staff-lang-son');
});

describe('demo data: credentials waiting for the Lạng Sơn staff', () => {
  it('lists the newly joined trainer as the one Lạng Sơn expert still to verify, and verifies him', async () => {
    const waiting = await staff.get('/api/profiles?kind=expert&province=lang-son&verified=false');
    expect(waiting.status).toBe(200);
    expect(waiting.body.items.map((p: { name: string; verified: boolean }) => [p.name, p.verified])).toEqual([
      ['Hoàng Văn Tùng – Bán hàng trực tuyến cho nông sản', false],
    ]);
    const trainer = waiting.body.items[0];

    const checked = await staff.post('/api/staff/verifications', {
      profileId: trainer.id,
      verified: true,
      checked: ['Chứng nhận giảng viên khuyến công số 12/KC'],
    });
    expect(checked.status).toBe(201);
    expect(checked.body).toMatchObject({ profileId: trainer.id, verified: true, province: 'lang-son' });
    expect((await staff.get('/api/profiles?kind=expert&province=lang-son&verified=false')).body.items).toEqual([]);
  });
});
