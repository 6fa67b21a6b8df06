// Sectors relevant to provincial startups. Codes are ASCII snake_case and never change;
// labels may be reworded.
import { codesOf, type CodedLabel } from './labels.js';

export const sectors = [
  { code: 'agri_food_ocop', vi: 'Nông sản, thực phẩm & OCOP', en: 'Agriculture, food & OCOP products' },
  { code: 'forestry_herbal', vi: 'Lâm sản & dược liệu', en: 'Forestry & herbal medicine' },
  { code: 'aquaculture', vi: 'Thủy sản', en: 'Aquaculture & fisheries' },
  { code: 'handicrafts', vi: 'Thủ công mỹ nghệ & làng nghề', en: 'Handicrafts & craft villages' },
  { code: 'education', vi: 'Giáo dục & hướng nghiệp', en: 'Education & career guidance' },
  { code: 'tourism', vi: 'Du lịch & dịch vụ lưu trú', en: 'Tourism & hospitality' },
  { code: 'it_software', vi: 'Công nghệ thông tin & phần mềm', en: 'IT & software' },
  { code: 'iot_hardware', vi: 'IoT & thiết bị điện tử', en: 'IoT & hardware' },
  { code: 'health', vi: 'Y tế & chăm sóc sức khỏe', en: 'Health & wellbeing' },
  { code: 'environment', vi: 'Môi trường & kinh tế tuần hoàn', en: 'Environment & circular economy' },
  { code: 'logistics', vi: 'Logistics & vận tải', en: 'Logistics & transport' },
  { code: 'retail_ecommerce', vi: 'Bán lẻ & thương mại điện tử', en: 'Retail & e-commerce' },
  { code: 'manufacturing', vi: 'Sản xuất & chế biến', en: 'Manufacturing & processing' },
  { code: 'fintech', vi: 'Tài chính & fintech', en: 'Finance & fintech' },
  { code: 'media_creative', vi: 'Truyền thông & sáng tạo nội dung', en: 'Media & creative content' },
  { code: 'energy', vi: 'Năng lượng', en: 'Energy' },
] as const satisfies readonly CodedLabel[];

export type Sector = (typeof sectors)[number];
export type SectorCode = Sector['code'];

export const sectorCodes: SectorCode[] = codesOf(sectors);

const sectorSet = new Set<string>(sectorCodes);

export function isSectorCode(code: string): code is SectorCode {
  return sectorSet.has(code);
}
