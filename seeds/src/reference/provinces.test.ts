import { describe, expect, it } from 'vitest';
import { slugify } from '@ketnoi/search';
import {
  formerProvinceNames,
  formerProvinceRegions,
  provinceByCode,
  provinces,
  provincesInRegion,
  regionCodes,
  regionOf,
  regions,
  resolveProvince,
} from '../index.js';

describe('provinces (34 units since 1 July 2025)', () => {
  it('has 34 units with unique codes equal to the slug of the current name', () => {
    expect(provinces).toHaveLength(34);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
    for (const p of provinces) expect(p.code).toBe(slugify(p.name));
  });

  it('uses the codes the API contract names', () => {
    for (const code of ['lang-son', 'phu-tho', 'da-nang', 'ha-noi', 'tp-ho-chi-minh', 'hue', 'can-tho']) {
      expect(provinceByCode(code)?.code).toBe(code);
    }
  });

  it('assigns every unit one of the six regions', () => {
    expect(regions).toHaveLength(6);
    for (const p of provinces) expect(regionCodes).toContain(p.region);
    const total = regionCodes.reduce((n, r) => n + provincesInRegion(r).length, 0);
    expect(total).toBe(34);
  });

  it('covers each of the 63 former provinces exactly once', () => {
    expect(formerProvinceNames).toHaveLength(63);
    const merged = provinces.flatMap((p) => p.mergedFrom);
    expect(merged).toHaveLength(63);
    expect(new Set(merged)).toEqual(new Set(formerProvinceNames));
  });

  it('takes the region of the former province hosting the new seat', () => {
    for (const p of provinces) {
      expect(p.mergedFrom as readonly string[]).toContain(p.seatIn);
      expect(p.region, p.code).toBe(formerProvinceRegions[p.seatIn]);
    }
  });

  it('resolves every former province name to the unit that absorbed it', () => {
    for (const p of provinces) {
      for (const former of p.mergedFrom) {
        expect(resolveProvince(former), former).toBe(p.code);
        expect(resolveProvince(slugify(former)), slugify(former)).toBe(p.code);
      }
    }
  });

  it('lists merged former provinces in legacyNames with diacritics', () => {
    expect(provinceByCode('da-nang')?.legacyNames).toContain('Quảng Nam');
    expect(provinceByCode('tuyen-quang')?.legacyNames).toContain('Hà Giang');
    expect(provinceByCode('tp-ho-chi-minh')?.legacyNames).toEqual(expect.arrayContaining(['Bình Dương', 'Bà Rịa – Vũng Tàu']));
    expect(provinceByCode('hue')?.legacyNames).toContain('Thừa Thiên Huế');
  });
});

describe('resolveProvince', () => {
  it.each([
    ['lang-son', 'lang-son'],
    ['Lạng Sơn', 'lang-son'],
    ['quang-nam', 'da-nang'],
    ['Quảng Nam', 'da-nang'],
    ['quang nam', 'da-nang'],
    ['QUẢNG NAM', 'da-nang'],
    ['  Quảng   Nam ', 'da-nang'],
    ['Hà Giang', 'tuyen-quang'],
    ['ba-ria-vung-tau', 'tp-ho-chi-minh'],
    ['Bà Rịa - Vũng Tàu', 'tp-ho-chi-minh'],
    ['Bình Dương', 'tp-ho-chi-minh'],
    ['Thành phố Hồ Chí Minh', 'tp-ho-chi-minh'],
    ['TP.HCM', 'tp-ho-chi-minh'],
    ['HCM', 'tp-ho-chi-minh'],
    ['Sài Gòn', 'tp-ho-chi-minh'],
    ['Ho Chi Minh City', 'tp-ho-chi-minh'],
    ['Thừa Thiên - Huế', 'hue'],
    ['thua thien hue', 'hue'],
    ['Tỉnh Bắc Kạn', 'thai-nguyen'],
    ['Bắc Cạn', 'thai-nguyen'],
    ['Daklak', 'dak-lak'],
    ['Đắk Nông', 'lam-dong'],
    ['Kon Tum', 'quang-ngai'],
    ['Hanoi', 'ha-noi'],
    ['TP. Cần Thơ', 'can-tho'],
    ['Hậu Giang', 'can-tho'],
    ['Long An', 'tay-ninh'],
    ['Hoà Bình', 'phu-tho'],
    ['Vĩnh Phúc', 'phu-tho'],
    ['Lang Son Province', 'lang-son'],
  ])('%s → %s', (input, code) => {
    expect(resolveProvince(input)).toBe(code);
  });

  it('accepts decomposed (NFD) input', () => {
    const nfd = 'Quảng Nam'.normalize('NFD');
    expect(nfd).not.toBe('Quảng Nam');
    expect(resolveProvince(nfd)).toBe('da-nang');
    expect(resolveProvince('Thừa Thiên Huế'.normalize('NFD'))).toBe('hue');
    expect(resolveProvince('Đà Nẵng'.normalize('NFD'))).toBe('da-nang');
  });

  it('returns null for unknown or empty input', () => {
    expect(resolveProvince('Atlantis')).toBeNull();
    expect(resolveProvince('')).toBeNull();
    expect(resolveProvince('   ')).toBeNull();
    expect(resolveProvince('tinh')).toBeNull();
    expect(resolveProvince('quang')).toBeNull();
    expect(resolveProvince('tp-')).toBeNull();
  });

  it('resolves every code and current name to itself', () => {
    for (const p of provinces) {
      expect(resolveProvince(p.code)).toBe(p.code);
      expect(resolveProvince(p.name)).toBe(p.code);
      expect(resolveProvince(p.nameEn)).toBe(p.code);
    }
  });
});

describe('regionOf / provincesInRegion', () => {
  it('gives the region of current and legacy names', () => {
    expect(regionOf('lang-son')).toBe('trung-du-mien-nui-phia-bac');
    expect(regionOf('Quảng Nam')).toBe('bac-trung-bo-duyen-hai-mien-trung');
    expect(regionOf('Bình Thuận')).toBe('tay-nguyen');
    expect(regionOf('nowhere')).toBeNull();
  });

  it('lists the units of a region', () => {
    const mekong = provincesInRegion('dong-bang-song-cuu-long').map((p) => p.code);
    expect(mekong).toEqual(expect.arrayContaining(['can-tho', 'an-giang', 'ca-mau', 'tay-ninh']));
    expect(provincesInRegion('unknown-region')).toEqual([]);
  });
});
