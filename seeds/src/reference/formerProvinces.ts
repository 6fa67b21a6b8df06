// The 63 provinces and centrally-run cities in force until 30 June 2025, with the socio-economic
// region each belonged to then. Used to document and check how merged units were assigned a
// region (docs/REFERENCE.md: a merged unit takes the region of the former province that hosts
// its new seat).
import type { RegionCode } from './regions.js';

export const formerProvinceRegions: Readonly<Record<string, RegionCode>> = {
  // Trung du và miền núi phía Bắc (14)
  'Hà Giang': 'trung-du-mien-nui-phia-bac',
  'Cao Bằng': 'trung-du-mien-nui-phia-bac',
  'Bắc Kạn': 'trung-du-mien-nui-phia-bac',
  'Lạng Sơn': 'trung-du-mien-nui-phia-bac',
  'Tuyên Quang': 'trung-du-mien-nui-phia-bac',
  'Thái Nguyên': 'trung-du-mien-nui-phia-bac',
  'Phú Thọ': 'trung-du-mien-nui-phia-bac',
  'Bắc Giang': 'trung-du-mien-nui-phia-bac',
  'Lào Cai': 'trung-du-mien-nui-phia-bac',
  'Yên Bái': 'trung-du-mien-nui-phia-bac',
  'Điện Biên': 'trung-du-mien-nui-phia-bac',
  'Hòa Bình': 'trung-du-mien-nui-phia-bac',
  'Lai Châu': 'trung-du-mien-nui-phia-bac',
  'Sơn La': 'trung-du-mien-nui-phia-bac',
  // Đồng bằng sông Hồng (11)
  'Hà Nội': 'dong-bang-song-hong',
  'Vĩnh Phúc': 'dong-bang-song-hong',
  'Bắc Ninh': 'dong-bang-song-hong',
  'Quảng Ninh': 'dong-bang-song-hong',
  'Hải Dương': 'dong-bang-song-hong',
  'Hải Phòng': 'dong-bang-song-hong',
  'Hưng Yên': 'dong-bang-song-hong',
  'Thái Bình': 'dong-bang-song-hong',
  'Hà Nam': 'dong-bang-song-hong',
  'Nam Định': 'dong-bang-song-hong',
  'Ninh Bình': 'dong-bang-song-hong',
  // Bắc Trung Bộ và duyên hải miền Trung (14)
  'Thanh Hóa': 'bac-trung-bo-duyen-hai-mien-trung',
  'Nghệ An': 'bac-trung-bo-duyen-hai-mien-trung',
  'Hà Tĩnh': 'bac-trung-bo-duyen-hai-mien-trung',
  'Quảng Bình': 'bac-trung-bo-duyen-hai-mien-trung',
  'Quảng Trị': 'bac-trung-bo-duyen-hai-mien-trung',
  'Thừa Thiên Huế': 'bac-trung-bo-duyen-hai-mien-trung',
  'Đà Nẵng': 'bac-trung-bo-duyen-hai-mien-trung',
  'Quảng Nam': 'bac-trung-bo-duyen-hai-mien-trung',
  'Quảng Ngãi': 'bac-trung-bo-duyen-hai-mien-trung',
  'Bình Định': 'bac-trung-bo-duyen-hai-mien-trung',
  'Phú Yên': 'bac-trung-bo-duyen-hai-mien-trung',
  'Khánh Hòa': 'bac-trung-bo-duyen-hai-mien-trung',
  'Ninh Thuận': 'bac-trung-bo-duyen-hai-mien-trung',
  'Bình Thuận': 'bac-trung-bo-duyen-hai-mien-trung',
  // Tây Nguyên (5)
  'Kon Tum': 'tay-nguyen',
  'Gia Lai': 'tay-nguyen',
  'Đắk Lắk': 'tay-nguyen',
  'Đắk Nông': 'tay-nguyen',
  'Lâm Đồng': 'tay-nguyen',
  // Đông Nam Bộ (6)
  'Bình Phước': 'dong-nam-bo',
  'Tây Ninh': 'dong-nam-bo',
  'Bình Dương': 'dong-nam-bo',
  'Đồng Nai': 'dong-nam-bo',
  'Bà Rịa – Vũng Tàu': 'dong-nam-bo',
  'TP Hồ Chí Minh': 'dong-nam-bo',
  // Đồng bằng sông Cửu Long (13)
  'Long An': 'dong-bang-song-cuu-long',
  'Tiền Giang': 'dong-bang-song-cuu-long',
  'Bến Tre': 'dong-bang-song-cuu-long',
  'Trà Vinh': 'dong-bang-song-cuu-long',
  'Vĩnh Long': 'dong-bang-song-cuu-long',
  'Đồng Tháp': 'dong-bang-song-cuu-long',
  'An Giang': 'dong-bang-song-cuu-long',
  'Kiên Giang': 'dong-bang-song-cuu-long',
  'Cần Thơ': 'dong-bang-song-cuu-long',
  'Hậu Giang': 'dong-bang-song-cuu-long',
  'Sóc Trăng': 'dong-bang-song-cuu-long',
  'Bạc Liêu': 'dong-bang-song-cuu-long',
  'Cà Mau': 'dong-bang-song-cuu-long',
};

export const formerProvinceNames: string[] = Object.keys(formerProvinceRegions);
