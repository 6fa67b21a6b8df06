// Issue 14 item 22: searching an old province name ("quang nam") missed the startups there, since
// profiles carry the current unit (Đà Nẵng). The query reads legacy names as the current unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../test/helpers/fixtures.js';
import { member } from '../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../test/helpers/testApp.js';
import { startTestApp } from '../../../test/helpers/testApp.js';
import { withCurrentPlaceNames } from './legacyPlaces.js';

describe('withCurrentPlaceNames', () => {
  it('reads legacy names, with or without diacritics or hyphens, as the current unit', () => {
    expect(withCurrentPlaceNames('quang nam').q).toBe('Đà Nẵng');
    expect(withCurrentPlaceNames('Mật ong Quảng Nam').q).toBe('Mật ong Đà Nẵng');
    expect(withCurrentPlaceNames('quang-nam').q).toBe('Đà Nẵng');
    expect(withCurrentPlaceNames('cà phê Đắk Nông').q).toBe('cà phê Lâm Đồng');
    expect(withCurrentPlaceNames('binh duong, ba ria vung tau').replaced.map((r) => r.current)).toEqual([
      'TP Hồ Chí Minh',
      'TP Hồ Chí Minh',
    ]);
  });

  it('leaves other words and current names alone', () => {
    for (const q of ['đăng ký nhãn hiệu', 'Lạng Sơn', 'Quảng Ninh', 'nam', 'quang', 'Hà Nội', 'nam định'.slice(0, 3)]) {
      expect(withCurrentPlaceNames(q)).toEqual({ q, replaced: [] });
    }
  });
});

describe('GET /api/search with a legacy province name', () => {
  let t: TestApp;
  let tayGiang: Member;
  let haNoi: Member;
  beforeAll(async () => {
    t = await startTestApp();
    // Saved with the legacy province, stored as the current unit.
    tayGiang = await member(t, 'startup', { name: 'HTX Sâm Tây Giang', headline: 'Sâm và dược liệu vùng cao', province: 'quang-nam' });
    haNoi = await member(t, 'startup', { name: 'Trà sen Tây Hồ', headline: 'Trà ướp sen Hà Nội', province: 'ha-noi' });
  });
  afterAll(() => t.close());

  it('finds the startups of the current unit', async () => {
    expect(tayGiang.profile.province).toBe('da-nang');
    for (const q of ['quang nam', 'Quảng Nam', 'sâm quảng nam']) {
      const res = await t.client().get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      const ids = res.body.items.map((i: { id: string }) => i.id);
      expect(ids).toContain(tayGiang.profile.id);
      expect(ids).not.toContain(haNoi.profile.id);
      expect(res.body.placesRead).toEqual([{ legacy: q.replace(/^sâm /, ''), current: 'Đà Nẵng' }]);
    }
    expect((await t.client().get('/api/search?q=s%C3%A2m')).body.placesRead).toBeUndefined();
  });
});
