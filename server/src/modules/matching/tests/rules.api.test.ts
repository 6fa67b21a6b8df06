// Hard rules over HTTP: a declined pair does not come back (either direction), declared
// conflicts, hidden and suspended profiles never appear, and the province sharing policy holds.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { adminEnv, member } from '../../../../test/helpers/fixtures.js';
import { useAdmin } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import type { MatchItemBody } from './fixtures.js';
import { declareConflict, insertIntros } from './fixtures.js';

let honey: Member;
let needId: string;
const experts: Record<string, Member> = {};

const matchIds = async (m: Member, query = `needId=${needId}`) => {
  const res = await m.client.get(`/api/matches?${query}`);
  expect(res.status).toBe(200);
  return (res.body.items as MatchItemBody[]).map((i) => i.profile.id);
};

const t = useTestApp({ env: adminEnv });
const admin = useAdmin(t);
beforeAll(async () => {
  honey = await member(t, 'startup');
  const res = await honey.client.post('/api/needs', { category: 'trademark', title: 'Đăng ký nhãn hiệu' });
  needId = res.body.id;
  for (const key of ['decliner', 'conflicted', 'hider', 'suspended', 'oldDecline', 'sonLa', 'plain']) {
    experts[key] = await member(t, 'expert', {
      name: `Chuyên gia ${key}`,
      province: key === 'sonLa' ? 'son-la' : 'ha-noi',
      servesProvinces: ['lang-son', 'son-la'],
    });
  }
});

describe('hard rules', () => {
  it('starts with every expert in the list', async () => {
    const ids = await matchIds(honey);
    for (const m of Object.values(experts)) expect(ids).toContain(m.profile.id);
  });

  it('drops an expert who declined the pair, in both directions', async () => {
    const intro = await honey.client.post('/api/intros', {
      toProfileId: experts.decliner!.profile.id,
      needId,
      message: 'Xin được tư vấn đăng ký nhãn hiệu',
    });
    expect(intro.status).toBe(201);
    expect((await experts.decliner!.client.post(`/api/intros/${intro.body.id}/decline`, { reason: 'Đang bận' })).status).toBe(200);
    expect(await matchIds(honey)).not.toContain(experts.decliner!.profile.id);
    expect(await matchIds(experts.decliner!, '')).not.toContain(honey.profile.id);
    expect(await matchIds(experts.plain!, '')).toContain(honey.profile.id);
  });

  it('brings a pair back once the decline is older than 90 days', async () => {
    await insertIntros(t, [
      {
        from: honey.profile.id,
        to: experts.oldDecline!.profile.id,
        status: 'declined',
        createdAt: new Date(Date.now() - 95 * 86_400_000),
        answeredAfterHours: 2,
      },
    ]);
    expect(await matchIds(honey)).toContain(experts.oldDecline!.profile.id);
  });

  it('never matches a declared conflict of interest, either way round', async () => {
    await declareConflict(t, experts.conflicted!.profile.id, honey.profile.id);
    expect(await matchIds(honey)).not.toContain(experts.conflicted!.profile.id);
    expect(await matchIds(experts.conflicted!, '')).not.toContain(honey.profile.id);
  });

  it('never shows hidden or suspended profiles', async () => {
    const own = await experts.hider!.client.get('/api/profiles/me');
    const { id: _id, createdAt: _c, updatedAt: _u, verified: _v, kind: _k, ...body } = own.body;
    expect((await experts.hider!.client.put('/api/profiles/me', { ...body, hidden: true })).status).toBe(200);
    // Suspension written straight to the store (no index update): the in-process rule still holds.
    await t.app.container.modules.profiles.repository.setFields(experts.suspended!.profile.id, { suspended: true });
    const ids = await matchIds(honey);
    expect(ids).not.toContain(experts.hider!.profile.id);
    expect(ids).not.toContain(experts.suspended!.profile.id);
    expect(ids).toContain(experts.plain!.profile.id);
  });

  it('respects a province that shares its experts only inside the province', async () => {
    await t.app.container.modules.provinces.repository.save('son-la', { sharing: 'province' });
    try {
      expect(await matchIds(honey)).not.toContain(experts.sonLa!.profile.id);
      // Admins see everything, but matches made for the startup still follow its province's view.
      const asAdmin = await admin.get(`/api/matches?for=${honey.profile.id}&needId=${needId}`);
      expect(asAdmin.body.items.map((i: MatchItemBody) => i.profile.id)).not.toContain(experts.sonLa!.profile.id);
      const local = await member(t, 'startup', { province: 'son-la', name: 'Chè Tà Xùa' });
      const localNeed = await local.client.post('/api/needs', { category: 'trademark', title: 'Nhãn hiệu chè' });
      expect(await matchIds(local, `needId=${localNeed.body.id}`)).toContain(experts.sonLa!.profile.id);
    } finally {
      await t.app.container.modules.provinces.repository.save('son-la', { sharing: 'all' });
    }
  });
});
