// A province's sharing policy, set through PUT /api/staff/policy, applies at once to search, the
// directory, introductions and matches: `province` hides its experts from other provinces,
// `region` shows them only within its socio-economic region (Phú Thọ and Lạng Sơn share one,
// Hà Nội is in another).
import { beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, member, type Member } from '../../../../test/helpers/fixtures.js';
import { useAdmin, useStaff } from '../../../../test/helpers/signedIn.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';

let expert: Member;
const viewers: Record<'phuTho' | 'langSon' | 'haNoi', { m: Member; needId: string }> = {} as never;

const EXPERT_NAME = 'Chuyên gia nhãn hiệu Việt Trì';

async function sees(v: { m: Member; needId: string }) {
  const search = (await v.m.client.get(`/api/search?q=${encodeURIComponent('nhãn hiệu Việt Trì')}&kind=expert`)).body.items.some(
    (i: any) => i.id === expert.profile.id,
  );
  const directory = (await v.m.client.get('/api/profiles?kind=expert&limit=100')).body.items.some((i: any) => i.id === expert.profile.id);
  const profile = (await v.m.client.get(`/api/profiles/${expert.profile.id}`)).status === 200;
  const matches = (await v.m.client.get(`/api/matches?needId=${v.needId}&kind=expert`)).body.items.some(
    (i: any) => i.profile.id === expert.profile.id,
  );
  return { search, directory, profile, matches };
}

const ALL = { search: true, directory: true, profile: true, matches: true };
const NONE = { search: false, directory: false, profile: false, matches: false };

const t = useTestApp({ env: adminEnv });
const ptStaff = useStaff(t, useAdmin(t), 'phu-tho');
beforeAll(async () => {
  expert = await member(t, 'expert', {
    name: EXPERT_NAME,
    province: 'phu-tho',
    expertise: ['trademark'],
    remote: true,
    servesProvinces: ['phu-tho', 'lang-son', 'ha-noi'],
  });
  for (const [key, province] of [
    ['phuTho', 'phu-tho'],
    ['langSon', 'lang-son'],
    ['haNoi', 'ha-noi'],
  ] as const) {
    const m = await member(t, 'startup', { name: `Khởi nghiệp ${province}`, province });
    const needId = (await m.client.post('/api/needs', { title: 'Đăng ký nhãn hiệu', category: 'trademark' })).body.id;
    viewers[key] = { m, needId };
  }
});

describe('province sharing policy', () => {
  it('all: everyone sees the expert', async () => {
    for (const v of Object.values(viewers)) expect(await sees(v)).toEqual(ALL);
  });

  const askForIntro = (v: { m: Member }) => v.m.client.post('/api/intros', { toProfileId: expert.profile.id, message: 'Xin gặp' });

  it.each([
    {
      sharing: 'province',
      says: 'only Phú Thọ sees the expert; intros from elsewhere are refused',
      langSonSees: NONE,
      langSonIntro: 404,
    },
    {
      sharing: 'region',
      says: 'Phú Thọ and Lạng Sơn (same region) see the expert, Hà Nội does not',
      langSonSees: ALL,
      langSonIntro: 201,
    },
  ])('$sharing: $says', async ({ sharing, langSonSees, langSonIntro }) => {
    expect((await ptStaff.put('/api/staff/policy', { sharing })).status).toBe(200);
    expect(await sees(viewers.phuTho)).toEqual(ALL);
    expect(await sees(viewers.langSon)).toEqual(langSonSees);
    expect(await sees(viewers.haNoi)).toEqual(NONE);
    expect((await askForIntro(viewers.haNoi)).status).toBe(404);
    expect((await askForIntro(viewers.langSon)).status).toBe(langSonIntro);
  });

  it('back to all: visible everywhere again, with no re-index', async () => {
    expect((await ptStaff.put('/api/staff/policy', { sharing: 'all' })).status).toBe(200);
    expect(await sees(viewers.haNoi)).toEqual(ALL);
  });
});
