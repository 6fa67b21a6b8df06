// The 34 provincial units in force since 1 July 2025 (Resolution 202/2025/QH15) and the lookup
// that maps any current or pre-2025 name, slug or common spelling to the current code.
// `mergedFrom` lists the former provinces folded into each unit (itself included);
// `seatIn` names the former province that hosts the new seat, which decides the region.
import { slugify } from '@ketnoi/search';
import type { RegionCode } from './regions.js';

interface ProvinceRow {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly region: RegionCode;
  readonly seatIn: string;
  readonly mergedFrom: readonly string[];
  readonly legacyNames: readonly string[];
}

const NB = 'trung-du-mien-nui-phia-bac';
const RRD = 'dong-bang-song-hong';
const NCC = 'bac-trung-bo-duyen-hai-mien-trung';
const CH = 'tay-nguyen';
const SE = 'dong-nam-bo';
const MD = 'dong-bang-song-cuu-long';

/**
 * One unit's row. Most units kept their borders: their seat is in the province of their own name,
 * they were formed from it alone and have no other names; a merged unit says what differs.
 */
function unit<const C extends string, const R extends RegionCode>(
  code: C,
  name: string,
  nameEn: string,
  region: R,
  { seatIn = name, mergedFrom = [name], legacyNames = [] }: Partial<Pick<ProvinceRow, 'seatIn' | 'mergedFrom' | 'legacyNames'>> = {},
) {
  return { code, name, nameEn, region, seatIn, mergedFrom, legacyNames } satisfies ProvinceRow;
}

export const provinces = [
  // Trung du và miền núi phía Bắc
  unit('lai-chau', 'Lai Châu', 'Lai Chau', NB),
  unit('dien-bien', 'Điện Biên', 'Dien Bien', NB),
  unit('son-la', 'Sơn La', 'Son La', NB),
  unit('lang-son', 'Lạng Sơn', 'Lang Son', NB),
  unit('cao-bang', 'Cao Bằng', 'Cao Bang', NB),
  unit('tuyen-quang', 'Tuyên Quang', 'Tuyen Quang', NB, { mergedFrom: ['Tuyên Quang', 'Hà Giang'], legacyNames: ['Hà Giang'] }),
  unit('lao-cai', 'Lào Cai', 'Lao Cai', NB, { seatIn: 'Yên Bái', mergedFrom: ['Lào Cai', 'Yên Bái'], legacyNames: ['Yên Bái'] }),
  unit('thai-nguyen', 'Thái Nguyên', 'Thai Nguyen', NB, { mergedFrom: ['Thái Nguyên', 'Bắc Kạn'], legacyNames: ['Bắc Kạn', 'Bắc Cạn'] }),
  unit('phu-tho', 'Phú Thọ', 'Phu Tho', NB, {
    mergedFrom: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
    legacyNames: ['Vĩnh Phúc', 'Hòa Bình', 'Hoà Bình'],
  }),
  unit('bac-ninh', 'Bắc Ninh', 'Bac Ninh', NB, { seatIn: 'Bắc Giang', mergedFrom: ['Bắc Ninh', 'Bắc Giang'], legacyNames: ['Bắc Giang'] }),
  // Đồng bằng sông Hồng
  unit('ha-noi', 'Hà Nội', 'Hanoi', RRD, { legacyNames: ['Thành phố Hà Nội', 'Thủ đô Hà Nội', 'Hà Tây'] }),
  unit('quang-ninh', 'Quảng Ninh', 'Quang Ninh', RRD),
  unit('hai-phong', 'Hải Phòng', 'Hai Phong', RRD, {
    mergedFrom: ['Hải Phòng', 'Hải Dương'],
    legacyNames: ['Hải Dương', 'Thành phố Hải Phòng'],
  }),
  unit('hung-yen', 'Hưng Yên', 'Hung Yen', RRD, { mergedFrom: ['Hưng Yên', 'Thái Bình'], legacyNames: ['Thái Bình'] }),
  unit('ninh-binh', 'Ninh Bình', 'Ninh Binh', RRD, {
    mergedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'],
    legacyNames: ['Hà Nam', 'Nam Định'],
  }),
  // Bắc Trung Bộ và duyên hải miền Trung
  unit('thanh-hoa', 'Thanh Hóa', 'Thanh Hoa', NCC, { legacyNames: ['Thanh Hoá'] }),
  unit('nghe-an', 'Nghệ An', 'Nghe An', NCC),
  unit('ha-tinh', 'Hà Tĩnh', 'Ha Tinh', NCC),
  unit('quang-tri', 'Quảng Trị', 'Quang Tri', NCC, {
    seatIn: 'Quảng Bình',
    mergedFrom: ['Quảng Trị', 'Quảng Bình'],
    legacyNames: ['Quảng Bình'],
  }),
  unit('hue', 'Huế', 'Hue', NCC, {
    seatIn: 'Thừa Thiên Huế',
    mergedFrom: ['Thừa Thiên Huế'],
    legacyNames: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT Huế', 'Thành phố Huế'],
  }),
  unit('da-nang', 'Đà Nẵng', 'Da Nang', NCC, { mergedFrom: ['Đà Nẵng', 'Quảng Nam'], legacyNames: ['Quảng Nam', 'Thành phố Đà Nẵng'] }),
  unit('quang-ngai', 'Quảng Ngãi', 'Quang Ngai', NCC, { mergedFrom: ['Quảng Ngãi', 'Kon Tum'], legacyNames: ['Kon Tum', 'Kontum'] }),
  unit('gia-lai', 'Gia Lai', 'Gia Lai', NCC, { seatIn: 'Bình Định', mergedFrom: ['Gia Lai', 'Bình Định'], legacyNames: ['Bình Định'] }),
  unit('khanh-hoa', 'Khánh Hòa', 'Khanh Hoa', NCC, { mergedFrom: ['Khánh Hòa', 'Ninh Thuận'], legacyNames: ['Ninh Thuận', 'Khánh Hoà'] }),
  // Tây Nguyên
  unit('lam-dong', 'Lâm Đồng', 'Lam Dong', CH, {
    mergedFrom: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'],
    legacyNames: ['Đắk Nông', 'Đăk Nông', 'Bình Thuận'],
  }),
  unit('dak-lak', 'Đắk Lắk', 'Dak Lak', CH, { mergedFrom: ['Đắk Lắk', 'Phú Yên'], legacyNames: ['Phú Yên', 'Đắc Lắc', 'Đăk Lăk'] }),
  // Đông Nam Bộ
  unit('tp-ho-chi-minh', 'TP Hồ Chí Minh', 'Ho Chi Minh City', SE, {
    mergedFrom: ['TP Hồ Chí Minh', 'Bình Dương', 'Bà Rịa – Vũng Tàu'],
    legacyNames: [
      'Bình Dương',
      'Bà Rịa – Vũng Tàu',
      'Bà Rịa - Vũng Tàu',
      'BR-VT',
      'Vũng Tàu',
      'Thành phố Hồ Chí Minh',
      'Hồ Chí Minh',
      'TP.HCM',
      'TPHCM',
      'HCM',
      'HCMC',
      'Sài Gòn',
    ],
  }),
  unit('dong-nai', 'Đồng Nai', 'Dong Nai', SE, { mergedFrom: ['Đồng Nai', 'Bình Phước'], legacyNames: ['Bình Phước'] }),
  // Đồng bằng sông Cửu Long
  unit('tay-ninh', 'Tây Ninh', 'Tay Ninh', MD, { seatIn: 'Long An', mergedFrom: ['Tây Ninh', 'Long An'], legacyNames: ['Long An'] }),
  unit('dong-thap', 'Đồng Tháp', 'Dong Thap', MD, {
    seatIn: 'Tiền Giang',
    mergedFrom: ['Đồng Tháp', 'Tiền Giang'],
    legacyNames: ['Tiền Giang'],
  }),
  unit('vinh-long', 'Vĩnh Long', 'Vinh Long', MD, {
    mergedFrom: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
    legacyNames: ['Bến Tre', 'Trà Vinh'],
  }),
  unit('can-tho', 'Cần Thơ', 'Can Tho', MD, {
    mergedFrom: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'],
    legacyNames: ['Sóc Trăng', 'Hậu Giang', 'Thành phố Cần Thơ'],
  }),
  unit('an-giang', 'An Giang', 'An Giang', MD, {
    seatIn: 'Kiên Giang',
    mergedFrom: ['An Giang', 'Kiên Giang'],
    legacyNames: ['Kiên Giang'],
  }),
  unit('ca-mau', 'Cà Mau', 'Ca Mau', MD, { mergedFrom: ['Cà Mau', 'Bạc Liêu'], legacyNames: ['Bạc Liêu'] }),
] as const;

export type Province = (typeof provinces)[number];
export type ProvinceCode = Province['code'];

export const provinceCodes: ProvinceCode[] = provinces.map((p) => p.code);

// ---------------------------------------------------------------------------------------------
// Lookup. Every spelling is reduced to an ASCII slug (fold + slugify) and, as a second chance,
// to that slug without hyphens ("Daklak", "Hanoi", "tphcm"). Both maps are built once.

const ADMIN_PREFIXES = ['tinh-', 'thanh-pho-', 'tp-'];
const ENGLISH_SUFFIXES = ['-province', '-city'];

const bySlug = new Map<string, ProvinceCode>();
const byCompactSlug = new Map<string, ProvinceCode>();
const byCode = new Map<string, Province>(provinces.map((p) => [p.code, p]));

function register(map: Map<string, ProvinceCode>, key: string, code: ProvinceCode): void {
  const existing = map.get(key);
  if (existing !== undefined && existing !== code) {
    // A spelling must never point at two units; fail loudly at load time, not silently at lookup.
    throw new Error(`Province alias "${key}" maps to both ${existing} and ${code}`);
  }
  map.set(key, code);
}

for (const p of provinces) {
  const spellings: string[] = [p.code, p.name, p.nameEn, ...p.mergedFrom, ...p.legacyNames];
  for (const spelling of spellings) {
    const slug = slugify(spelling);
    register(bySlug, slug, p.code);
    register(byCompactSlug, slug.replace(/-/g, ''), p.code);
  }
}

function lookupSlug(slug: string): ProvinceCode | undefined {
  return bySlug.get(slug) ?? byCompactSlug.get(slug.replace(/-/g, ''));
}

/**
 * Map any spelling of a province (current code or name, a pre-2025 name or slug, common
 * abbreviations, with or without diacritics, NFC or NFD) to its current code; null if unknown.
 */
export function resolveProvince(input: string): ProvinceCode | null {
  const slug = slugify(input);
  if (slug === '') return null;
  const direct = lookupSlug(slug);
  if (direct !== undefined) return direct;
  // "Tỉnh Quảng Nam", "TP. Cần Thơ", "Lang Son Province": retry without the administrative word.
  let stripped = slug;
  for (const prefix of ADMIN_PREFIXES) {
    if (stripped.startsWith(prefix)) {
      stripped = stripped.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ENGLISH_SUFFIXES) {
    if (stripped.endsWith(suffix)) {
      stripped = stripped.slice(0, -suffix.length);
      break;
    }
  }
  if (stripped === slug || stripped === '') return null;
  return lookupSlug(stripped) ?? null;
}

export function isProvinceCode(code: string): code is ProvinceCode {
  return byCode.has(code);
}

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code);
}

/** The region of a province; accepts anything resolveProvince accepts. */
export function regionOf(province: string): RegionCode | null {
  const code = resolveProvince(province);
  return code === null ? null : (byCode.get(code)?.region ?? null);
}

export function provincesInRegion(region: RegionCode | string): Province[] {
  return provinces.filter((p) => p.region === region);
}
