import { describe, expect, it } from 'vitest';
import { GEOGRAPHY_SCALE, geography } from './geography.js';

describe('geography', () => {
  it('orders same province > serves the province > remote > same region > far', () => {
    const same = geography({ province: 'lang-son' }, 'lang-son');
    const serves = geography({ province: 'ha-noi', servesProvinces: ['lang-son'] }, 'lang-son');
    const remote = geography({ province: 'tp-ho-chi-minh', anywhere: true }, 'lang-son');
    const region = geography({ province: 'cao-bang' }, 'lang-son');
    const far = geography({ province: 'ca-mau' }, 'lang-son');
    const scores = [same, serves, remote, region, far].map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(5);
    expect(scores).toEqual([
      GEOGRAPHY_SCALE.sameProvince,
      GEOGRAPHY_SCALE.serves,
      GEOGRAPHY_SCALE.remote,
      GEOGRAPHY_SCALE.sameRegion,
      GEOGRAPHY_SCALE.far,
    ]);
  });

  it('says where in plain words', () => {
    expect(geography({ province: 'lang-son' }, 'lang-son').detail).toEqual({ vi: 'Cùng tỉnh Lạng Sơn', en: 'Same province: Lạng Sơn' });
    expect(geography({ province: 'ha-noi', servesProvinces: ['lang-son'] }, 'lang-son').detail.vi).toBe('Nhận hỗ trợ tại Lạng Sơn');
    expect(geography({ province: 'cao-bang' }, 'lang-son').detail.vi).toBe('Cùng vùng Trung du và miền núi phía Bắc');
    expect(geography({ province: 'ca-mau' }, 'lang-son').detail).toEqual({ vi: 'Ở xa: Cà Mau', en: 'Far away: Cà Mau' });
  });

  it('uses the merged units’ regions (Quảng Nam is Đà Nẵng, which is central)', () => {
    expect(geography({ province: 'hue' }, 'da-nang').score).toBe(GEOGRAPHY_SCALE.sameRegion);
    expect(geography({ province: 'ha-noi' }, 'da-nang').score).toBe(GEOGRAPHY_SCALE.far);
  });
});
