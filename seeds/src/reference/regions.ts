// The six socio-economic regions used for "nearby" matching (see docs/REFERENCE.md).
import type { CodedLabel } from './labels.js';

export const regions = [
  { code: 'trung-du-mien-nui-phia-bac', vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  { code: 'dong-bang-song-hong', vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  {
    code: 'bac-trung-bo-duyen-hai-mien-trung',
    vi: 'Bắc Trung Bộ và duyên hải miền Trung',
    en: 'North Central and Central Coast',
  },
  { code: 'tay-nguyen', vi: 'Tây Nguyên', en: 'Central Highlands' },
  { code: 'dong-nam-bo', vi: 'Đông Nam Bộ', en: 'Southeast' },
  { code: 'dong-bang-song-cuu-long', vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
] as const satisfies readonly CodedLabel[];

export type RegionCode = (typeof regions)[number]['code'];
export type Region = (typeof regions)[number];

export const regionCodes: RegionCode[] = regions.map((r) => r.code);

const regionsByCode = new Map<string, Region>(regions.map((r) => [r.code, r]));

export function regionByCode(code: string): Region | undefined {
  return regionsByCode.get(code);
}
