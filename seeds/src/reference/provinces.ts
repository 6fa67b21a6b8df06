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

export const provinces = [
  // Trung du và miền núi phía Bắc
  { code: 'lai-chau', name: 'Lai Châu', nameEn: 'Lai Chau', region: NB, seatIn: 'Lai Châu', mergedFrom: ['Lai Châu'], legacyNames: [] },
  {
    code: 'dien-bien',
    name: 'Điện Biên',
    nameEn: 'Dien Bien',
    region: NB,
    seatIn: 'Điện Biên',
    mergedFrom: ['Điện Biên'],
    legacyNames: [],
  },
  { code: 'son-la', name: 'Sơn La', nameEn: 'Son La', region: NB, seatIn: 'Sơn La', mergedFrom: ['Sơn La'], legacyNames: [] },
  { code: 'lang-son', name: 'Lạng Sơn', nameEn: 'Lang Son', region: NB, seatIn: 'Lạng Sơn', mergedFrom: ['Lạng Sơn'], legacyNames: [] },
  { code: 'cao-bang', name: 'Cao Bằng', nameEn: 'Cao Bang', region: NB, seatIn: 'Cao Bằng', mergedFrom: ['Cao Bằng'], legacyNames: [] },
  {
    code: 'tuyen-quang',
    name: 'Tuyên Quang',
    nameEn: 'Tuyen Quang',
    region: NB,
    seatIn: 'Tuyên Quang',
    mergedFrom: ['Tuyên Quang', 'Hà Giang'],
    legacyNames: ['Hà Giang'],
  },
  {
    code: 'lao-cai',
    name: 'Lào Cai',
    nameEn: 'Lao Cai',
    region: NB,
    seatIn: 'Yên Bái',
    mergedFrom: ['Lào Cai', 'Yên Bái'],
    legacyNames: ['Yên Bái'],
  },
  {
    code: 'thai-nguyen',
    name: 'Thái Nguyên',
    nameEn: 'Thai Nguyen',
    region: NB,
    seatIn: 'Thái Nguyên',
    mergedFrom: ['Thái Nguyên', 'Bắc Kạn'],
    legacyNames: ['Bắc Kạn', 'Bắc Cạn'],
  },
  {
    code: 'phu-tho',
    name: 'Phú Thọ',
    nameEn: 'Phu Tho',
    region: NB,
    seatIn: 'Phú Thọ',
    mergedFrom: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
    legacyNames: ['Vĩnh Phúc', 'Hòa Bình', 'Hoà Bình'],
  },
  {
    code: 'bac-ninh',
    name: 'Bắc Ninh',
    nameEn: 'Bac Ninh',
    region: NB,
    seatIn: 'Bắc Giang',
    mergedFrom: ['Bắc Ninh', 'Bắc Giang'],
    legacyNames: ['Bắc Giang'],
  },
  // Đồng bằng sông Hồng
  {
    code: 'ha-noi',
    name: 'Hà Nội',
    nameEn: 'Hanoi',
    region: RRD,
    seatIn: 'Hà Nội',
    mergedFrom: ['Hà Nội'],
    legacyNames: ['Thành phố Hà Nội', 'Thủ đô Hà Nội', 'Hà Tây'],
  },
  {
    code: 'quang-ninh',
    name: 'Quảng Ninh',
    nameEn: 'Quang Ninh',
    region: RRD,
    seatIn: 'Quảng Ninh',
    mergedFrom: ['Quảng Ninh'],
    legacyNames: [],
  },
  {
    code: 'hai-phong',
    name: 'Hải Phòng',
    nameEn: 'Hai Phong',
    region: RRD,
    seatIn: 'Hải Phòng',
    mergedFrom: ['Hải Phòng', 'Hải Dương'],
    legacyNames: ['Hải Dương', 'Thành phố Hải Phòng'],
  },
  {
    code: 'hung-yen',
    name: 'Hưng Yên',
    nameEn: 'Hung Yen',
    region: RRD,
    seatIn: 'Hưng Yên',
    mergedFrom: ['Hưng Yên', 'Thái Bình'],
    legacyNames: ['Thái Bình'],
  },
  {
    code: 'ninh-binh',
    name: 'Ninh Bình',
    nameEn: 'Ninh Binh',
    region: RRD,
    seatIn: 'Ninh Bình',
    mergedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'],
    legacyNames: ['Hà Nam', 'Nam Định'],
  },
  // Bắc Trung Bộ và duyên hải miền Trung
  {
    code: 'thanh-hoa',
    name: 'Thanh Hóa',
    nameEn: 'Thanh Hoa',
    region: NCC,
    seatIn: 'Thanh Hóa',
    mergedFrom: ['Thanh Hóa'],
    legacyNames: ['Thanh Hoá'],
  },
  { code: 'nghe-an', name: 'Nghệ An', nameEn: 'Nghe An', region: NCC, seatIn: 'Nghệ An', mergedFrom: ['Nghệ An'], legacyNames: [] },
  { code: 'ha-tinh', name: 'Hà Tĩnh', nameEn: 'Ha Tinh', region: NCC, seatIn: 'Hà Tĩnh', mergedFrom: ['Hà Tĩnh'], legacyNames: [] },
  {
    code: 'quang-tri',
    name: 'Quảng Trị',
    nameEn: 'Quang Tri',
    region: NCC,
    seatIn: 'Quảng Bình',
    mergedFrom: ['Quảng Trị', 'Quảng Bình'],
    legacyNames: ['Quảng Bình'],
  },
  {
    code: 'hue',
    name: 'Huế',
    nameEn: 'Hue',
    region: NCC,
    seatIn: 'Thừa Thiên Huế',
    mergedFrom: ['Thừa Thiên Huế'],
    legacyNames: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT Huế', 'Thành phố Huế'],
  },
  {
    code: 'da-nang',
    name: 'Đà Nẵng',
    nameEn: 'Da Nang',
    region: NCC,
    seatIn: 'Đà Nẵng',
    mergedFrom: ['Đà Nẵng', 'Quảng Nam'],
    legacyNames: ['Quảng Nam', 'Thành phố Đà Nẵng'],
  },
  {
    code: 'quang-ngai',
    name: 'Quảng Ngãi',
    nameEn: 'Quang Ngai',
    region: NCC,
    seatIn: 'Quảng Ngãi',
    mergedFrom: ['Quảng Ngãi', 'Kon Tum'],
    legacyNames: ['Kon Tum', 'Kontum'],
  },
  {
    code: 'gia-lai',
    name: 'Gia Lai',
    nameEn: 'Gia Lai',
    region: NCC,
    seatIn: 'Bình Định',
    mergedFrom: ['Gia Lai', 'Bình Định'],
    legacyNames: ['Bình Định'],
  },
  {
    code: 'khanh-hoa',
    name: 'Khánh Hòa',
    nameEn: 'Khanh Hoa',
    region: NCC,
    seatIn: 'Khánh Hòa',
    mergedFrom: ['Khánh Hòa', 'Ninh Thuận'],
    legacyNames: ['Ninh Thuận', 'Khánh Hoà'],
  },
  // Tây Nguyên
  {
    code: 'lam-dong',
    name: 'Lâm Đồng',
    nameEn: 'Lam Dong',
    region: CH,
    seatIn: 'Lâm Đồng',
    mergedFrom: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'],
    legacyNames: ['Đắk Nông', 'Đăk Nông', 'Bình Thuận'],
  },
  {
    code: 'dak-lak',
    name: 'Đắk Lắk',
    nameEn: 'Dak Lak',
    region: CH,
    seatIn: 'Đắk Lắk',
    mergedFrom: ['Đắk Lắk', 'Phú Yên'],
    legacyNames: ['Phú Yên', 'Đắc Lắc', 'Đăk Lăk'],
  },
  // Đông Nam Bộ
  {
    code: 'tp-ho-chi-minh',
    name: 'TP Hồ Chí Minh',
    nameEn: 'Ho Chi Minh City',
    region: SE,
    seatIn: 'TP Hồ Chí Minh',
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
  },
  {
    code: 'dong-nai',
    name: 'Đồng Nai',
    nameEn: 'Dong Nai',
    region: SE,
    seatIn: 'Đồng Nai',
    mergedFrom: ['Đồng Nai', 'Bình Phước'],
    legacyNames: ['Bình Phước'],
  },
  // Đồng bằng sông Cửu Long
  {
    code: 'tay-ninh',
    name: 'Tây Ninh',
    nameEn: 'Tay Ninh',
    region: MD,
    seatIn: 'Long An',
    mergedFrom: ['Tây Ninh', 'Long An'],
    legacyNames: ['Long An'],
  },
  {
    code: 'dong-thap',
    name: 'Đồng Tháp',
    nameEn: 'Dong Thap',
    region: MD,
    seatIn: 'Tiền Giang',
    mergedFrom: ['Đồng Tháp', 'Tiền Giang'],
    legacyNames: ['Tiền Giang'],
  },
  {
    code: 'vinh-long',
    name: 'Vĩnh Long',
    nameEn: 'Vinh Long',
    region: MD,
    seatIn: 'Vĩnh Long',
    mergedFrom: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
    legacyNames: ['Bến Tre', 'Trà Vinh'],
  },
  {
    code: 'can-tho',
    name: 'Cần Thơ',
    nameEn: 'Can Tho',
    region: MD,
    seatIn: 'Cần Thơ',
    mergedFrom: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'],
    legacyNames: ['Sóc Trăng', 'Hậu Giang', 'Thành phố Cần Thơ'],
  },
  {
    code: 'an-giang',
    name: 'An Giang',
    nameEn: 'An Giang',
    region: MD,
    seatIn: 'Kiên Giang',
    mergedFrom: ['An Giang', 'Kiên Giang'],
    legacyNames: ['Kiên Giang'],
  },
  {
    code: 'ca-mau',
    name: 'Cà Mau',
    nameEn: 'Ca Mau',
    region: MD,
    seatIn: 'Cà Mau',
    mergedFrom: ['Cà Mau', 'Bạc Liêu'],
    legacyNames: ['Bạc Liêu'],
  },
] as const satisfies readonly ProvinceRow[];

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
