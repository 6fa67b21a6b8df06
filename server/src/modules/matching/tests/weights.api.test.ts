// Per-province weights over HTTP: read and replace overrides (staff of the province or admin),
// validated; the ranking and the reasons follow the stored weights.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { member } from '../../../../test/helpers/fixtures.js';
import { useAppWithStaff } from '../../../../test/helpers/signedIn.js';
import { DEFAULT_WEIGHTS } from '../weights.js';
import type { MatchItemBody } from './fixtures.js';
import { expectReasonsAddUp, reason } from './fixtures.js';

let honey: Member;
let needId: string;
let nearby: Member;
let specialist: Member;

const { t, admin, staff } = useAppWithStaff(['lang-son', 'da-nang']);
const [staffLs, staffDn] = staff;
beforeAll(async () => {
  honey = await member(t, 'startup', { sectors: ['agri_food_ocop', 'forestry_herbal'] });
  needId = (await honey.client.post('/api/needs', { category: 'trademark', title: 'Đăng ký nhãn hiệu' })).body.id;
  // In the province but outside the sector; far away (remote) but the sector specialist.
  nearby = await member(t, 'expert', {
    name: 'Gần – Lạng Sơn',
    province: 'lang-son',
    servesProvinces: [],
    remote: false,
    sectors: ['it_software'],
  });
  specialist = await member(t, 'expert', {
    name: 'Xa – chuyên nông sản',
    province: 'tp-ho-chi-minh',
    servesProvinces: [],
    remote: true,
    sectors: ['agri_food_ocop', 'forestry_herbal'],
  });
});

const ranking = async () => {
  const res = await honey.client.get(`/api/matches?needId=${needId}`);
  return res.body.items as MatchItemBody[];
};

describe('weights', () => {
  it('start at the defaults for staff of the province', async () => {
    const res = await staffLs.get('/api/admin/weights');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      province: 'lang-son',
      weights: DEFAULT_WEIGHTS,
      overrides: {},
      defaults: DEFAULT_WEIGHTS,
      updatedAt: null,
      updatedBy: null,
    });
    const items = await ranking();
    expect(items[0]!.profile.id).toBe(specialist.profile.id);
    expect(reason(items[0]!, 'geography')!.weight).toBe(DEFAULT_WEIGHTS.geography);
  });

  it('are stored per province and change the ranking and the reasons', async () => {
    const put = await staffLs.put('/api/admin/weights?province=lang-son', { weights: { geography: 8, sector: 0.5 } });
    expect(put.status).toBe(200);
    expect(put.body.overrides).toEqual({ geography: 8, sector: 0.5 });
    expect(put.body.weights).toMatchObject({ geography: 8, sector: 0.5, coverage: DEFAULT_WEIGHTS.coverage });
    expect(put.body.updatedBy).toEqual(expect.any(String));
    const items = await ranking();
    expect(items[0]!.profile.id).toBe(nearby.profile.id);
    expect(reason(items[0]!, 'geography')!.weight).toBe(8);
    expect(reason(items[0]!, 'sector')!.weight).toBe(0.5);
    items.forEach(expectReasonsAddUp);
    const stored = await t.app.container.modules.provinces.repository.get('lang-son');
    expect(stored.weights).toEqual({ geography: 8, sector: 0.5 });
    // Another province keeps the defaults.
    expect((await staffDn.get('/api/admin/weights')).body.weights).toEqual(DEFAULT_WEIGHTS);
  });

  it('replace the overrides as a whole on the next PUT', async () => {
    const put = await admin.put('/api/admin/weights?province=Lạng Sơn', { weights: {} });
    expect(put.status).toBe(200);
    expect(put.body.weights).toEqual(DEFAULT_WEIGHTS);
    expect((await ranking())[0]!.profile.id).toBe(specialist.profile.id);
  });

  it('accept legacy province names', async () => {
    const res = await admin.get('/api/admin/weights?province=quang-nam');
    expect(res.body.province).toBe('da-nang');
  });

  it('validate criterion names and the 0..10 range (400)', async () => {
    for (const weights of [{ charm: 2 }, { geography: 11 }, { geography: -1 }, { geography: '3' }]) {
      const res = await staffLs.put('/api/admin/weights', { weights });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const allZero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]));
    expect((await staffLs.put('/api/admin/weights', { weights: allZero })).status).toBe(400);
    expect((await staffLs.put('/api/admin/weights', { weights: {}, extra: 1 })).status).toBe(400);
    expect((await admin.get('/api/admin/weights')).status).toBe(400);
  });

  it('belong to staff of the province and admins (403 otherwise)', async () => {
    expect((await staffDn.put('/api/admin/weights?province=lang-son', { weights: { geography: 1 } })).status).toBe(403);
    expect((await staffDn.get('/api/admin/weights?province=lang-son')).status).toBe(403);
    expect((await honey.client.get('/api/admin/weights?province=lang-son')).status).toBe(403);
    expect((await t.client().get('/api/admin/weights?province=lang-son')).status).toBe(401);
  });
});
