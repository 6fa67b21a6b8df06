// Geography, from the helper towards the startup's province. The scale (DESIGN.md: same province
// > serves the province or remote > same region > far):
//   1.00 same province (visits, local offices, knows the department's programmes)
//   0.80 declares it serves the startup's province
//   0.70 works remotely (or an investor with no province restriction)
//   0.45 same socio-economic region (half a day by road)
//   0.15 elsewhere
import { regionOf } from '@ketnoi/seeds';
import { provinceName, regionName } from './labels.js';
import type { CriterionResult } from './types.js';
import { result } from './types.js';

export const GEOGRAPHY_SCALE = { sameProvince: 1, serves: 0.8, remote: 0.7, sameRegion: 0.45, far: 0.15 } as const;

export interface Reach {
  province: string;
  servesProvinces?: readonly string[];
  /** Works remotely (experts), or has no province restriction (investors without a list). */
  anywhere?: boolean;
}

export function geography(helper: Reach, startupProvince: string): CriterionResult {
  const place = provinceName(startupProvince);
  if (helper.province === startupProvince)
    return result(GEOGRAPHY_SCALE.sameProvince, `Cùng tỉnh ${place.vi}`, `Same province: ${place.en}`);
  if (helper.servesProvinces?.includes(startupProvince)) {
    return result(GEOGRAPHY_SCALE.serves, `Nhận hỗ trợ tại ${place.vi}`, `Serves ${place.en}`);
  }
  if (helper.anywhere) return result(GEOGRAPHY_SCALE.remote, 'Làm việc từ xa, mọi tỉnh', 'Works remotely, any province');
  const region = regionOf(startupProvince);
  if (region !== null && region === regionOf(helper.province)) {
    const r = regionName(region);
    return result(GEOGRAPHY_SCALE.sameRegion, `Cùng vùng ${r.vi}`, `Same region: ${r.en}`);
  }
  const home = provinceName(helper.province);
  return result(GEOGRAPHY_SCALE.far, `Ở xa: ${home.vi}`, `Far away: ${home.en}`);
}
