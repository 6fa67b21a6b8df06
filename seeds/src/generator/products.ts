// Products and project ideas by sector, so generated profiles carry the vocabulary founders use
// (mật ong, miến ngô, chè, quế, hồi, cà phê, thổ cẩm…).
import type { SectorCode } from '../reference/index.js';

export interface ProductIdea {
  name: string;
  /** Short description used on the product card. */
  description: string;
  sectors: SectorCode[];
  /** Headline for services and technology; goods get "<name> <quality word> từ <province>". */
  pitch?: string;
}

const food = (name: string, description: string, extra: SectorCode[] = []): ProductIdea => ({
  name,
  description,
  sectors: ['agri_food_ocop', ...extra],
});

export const productIdeas: ProductIdea[] = [
  food('Mật ong rừng', 'Mật ong khai thác tự nhiên, chai thủy tinh 500 ml', ['forestry_herbal']),
  food('Mật ong hoa bạc hà', 'Mật ong vụ đông từ hoa bạc hà cao nguyên đá'),
  food('Miến ngô', 'Sợi miến từ ngô bản địa, phơi nắng, không chất tẩy trắng', ['manufacturing']),
  food('Bún ngô khô', 'Bún ngô sấy khô, nấu nhanh 5 phút', ['manufacturing']),
  food('Miến dong', 'Miến dong riềng làm thủ công', ['manufacturing']),
  food('Chè Shan tuyết', 'Chè búp cây cổ thụ, sao tay', ['forestry_herbal']),
  food('Chè xanh', 'Chè búp sao sấy, túi 200 g'),
  food('Hồng trà', 'Chè lên men tự nhiên, hộp 100 g'),
  food('Quế vỏ', 'Quế bào vỏ sạch, đóng bao', ['forestry_herbal']),
  food('Hoa hồi khô', 'Hồi vụ mùa phơi sấy', ['forestry_herbal']),
  food('Tinh dầu quế', 'Tinh dầu chưng cất hơi nước, chai 10 ml', ['forestry_herbal', 'health']),
  food('Cà phê robusta rang mộc', 'Cà phê hái chín, rang vừa, không tẩm', ['retail_ecommerce']),
  food('Cà phê arabica', 'Arabica chế biến ướt, rang xay 250 g'),
  food('Hạt mắc ca', 'Mắc ca sấy nứt vỏ, hộp 500 g'),
  food('Hồ tiêu', 'Tiêu đen phơi sấy, hũ 100 g'),
  food('Thạch đen', 'Thạch đen nấu từ cây thạch đen phơi khô', ['manufacturing']),
  food('Na sấy dẻo', 'Na sấy dẻo ăn liền, túi zip 200 g'),
  food('Mận hậu sấy', 'Mận sấy dẻo, không phẩm màu'),
  food('Cam sành', 'Cam tuyển chọn, hộp 5 kg'),
  food('Bưởi đặc sản', 'Bưởi tuyển chọn theo mùa'),
  food('Thanh long sấy giòn', 'Thanh long ruột đỏ sấy chân không', ['manufacturing']),
  food('Măng khô', 'Măng nứa luộc, phơi khô, túi 500 g', ['forestry_herbal']),
  food('Nấm linh chi', 'Nấm linh chi thái lát, hộp 250 g', ['health', 'forestry_herbal']),
  food('Gạo hữu cơ', 'Gạo trồng không hóa chất, túi 5 kg'),
  food('Rau hữu cơ', 'Rau theo mùa, giao theo tuần'),
  food('Đường thốt nốt', 'Đường nấu thủ công, bánh 1 kg'),
  food('Nước mắm truyền thống', 'Nước mắm ủ chượp 12 tháng', ['aquaculture']),
  food('Tôm khô', 'Tôm đất phơi nắng', ['aquaculture']),
  food('Cá lóc khô', 'Cá lóc một nắng', ['aquaculture']),
  food('Nem chua', 'Nem chua gói lá, bảo quản mát'),
  food('Bánh gai', 'Bánh gai nhân đỗ, hút chân không'),
  food('Mứt gừng', 'Mứt gừng dẻo, hộp 300 g'),
  food('Rượu men lá', 'Rượu ngô men lá truyền thống', ['manufacturing']),
  food('Trà hoa vàng', 'Hoa trà vàng sấy lạnh', ['forestry_herbal', 'health']),
  { name: 'Ba kích tím', description: 'Ba kích rút lõi sấy khô', sectors: ['forestry_herbal', 'agri_food_ocop'] },
  { name: 'Sâm Ngọc Linh', description: 'Sâm trồng dưới tán rừng, bán theo củ', sectors: ['forestry_herbal', 'health'] },
  { name: 'Đảng sâm', description: 'Sâm dây thái lát sấy khô', sectors: ['forestry_herbal'] },
  { name: 'Cà gai leo', description: 'Trà túi lọc cà gai leo', sectors: ['forestry_herbal', 'health'] },
  { name: 'Giảo cổ lam', description: 'Trà giảo cổ lam túi lọc', sectors: ['forestry_herbal', 'health'] },
  { name: 'Thổ cẩm dệt tay', description: 'Khăn, túi thổ cẩm dệt tay hoa văn truyền thống', sectors: ['handicrafts', 'tourism'] },
  { name: 'Mây tre đan', description: 'Giỏ, khay, chụp đèn đan tay', sectors: ['handicrafts', 'forestry_herbal'] },
  { name: 'Gốm thủ công', description: 'Bình, chén gốm nung củi', sectors: ['handicrafts'] },
  { name: 'Đồ gỗ mỹ nghệ', description: 'Đồ gia dụng gỗ rừng trồng', sectors: ['handicrafts', 'manufacturing'] },
  {
    name: 'Homestay bản',
    description: 'Nhà sàn đón khách, trải nghiệm nấu ăn cùng chủ nhà',
    sectors: ['tourism'],
    pitch: 'Nhà sàn đón khách và trải nghiệm đời sống bản làng',
  },
  {
    name: 'Tour du lịch cộng đồng',
    description: 'Tour hai ngày đi bộ qua bản, ruộng bậc thang',
    sectors: ['tourism'],
    pitch: 'Tour đi bộ qua bản làng do người địa phương dẫn',
  },
  {
    name: 'Ứng dụng quản lý hợp tác xã',
    description: 'Ghi thu chi, công nợ, sản lượng thành viên',
    sectors: ['it_software', 'fintech'],
    pitch: 'Phần mềm sổ sách và công nợ trên điện thoại cho hợp tác xã',
  },
  {
    name: 'Ứng dụng ôn thi',
    description: 'Đề ôn thi, video lời giải dùng được khi mạng yếu',
    sectors: ['education', 'it_software'],
    pitch: 'Ứng dụng ôn thi cho học sinh vùng khó khăn, dùng được khi mạng yếu',
  },
  {
    name: 'Chương trình hướng nghiệp',
    description: 'Trắc nghiệm nghề và buổi trải nghiệm nghề cho học sinh',
    sectors: ['education'],
    pitch: 'Hướng nghiệp và trải nghiệm nghề cho học sinh THPT',
  },
  {
    name: 'Bộ điều khiển tưới tự động',
    description: 'Điều khiển bơm tưới qua điện thoại, cảm biến độ ẩm đất',
    sectors: ['iot_hardware', 'agri_food_ocop'],
    pitch: 'Thiết bị IoT điều khiển bơm tưới qua điện thoại cho nông hộ',
  },
  {
    name: 'Thiết bị giám sát ao nuôi',
    description: 'Cảm biến oxy hòa tan, cảnh báo qua Zalo',
    sectors: ['iot_hardware', 'aquaculture'],
    pitch: 'Cảm biến giám sát ao nuôi, cảnh báo sớm qua điện thoại',
  },
  {
    name: 'Sàn đặc sản vùng miền',
    description: 'Cửa hàng trực tuyến bán đặc sản của HTX',
    sectors: ['retail_ecommerce'],
    pitch: 'Cửa hàng trực tuyến đưa đặc sản của hợp tác xã tới người mua ở thành phố',
  },
  {
    name: 'Ghép chuyến vận chuyển nông sản',
    description: 'Kết nối xe tải chiều về với HTX có hàng',
    sectors: ['logistics', 'it_software'],
    pitch: 'Ghép chuyến xe tải chiều về để chở nông sản giá rẻ',
  },
  {
    name: 'Ví thanh toán cho chợ phiên',
    description: 'Thanh toán QR cho tiểu thương vùng cao',
    sectors: ['fintech'],
    pitch: 'Thanh toán bằng mã QR cho tiểu thương chợ phiên vùng cao',
  },
  {
    name: 'Hộp bã mía phân hủy sinh học',
    description: 'Hộp, khay dùng một lần thay hộp xốp',
    sectors: ['environment', 'manufacturing'],
    pitch: 'Hộp đựng thức ăn từ bã mía thay hộp xốp',
  },
  {
    name: 'Phân bón hữu cơ vi sinh',
    description: 'Ủ từ phụ phẩm nông nghiệp',
    sectors: ['environment', 'agri_food_ocop'],
    pitch: 'Phân bón hữu cơ vi sinh ủ từ phụ phẩm nông nghiệp',
  },
  {
    name: 'Điện mặt trời áp mái cho trang trại',
    description: 'Lắp đặt và vận hành hệ thống điện mặt trời nhỏ',
    sectors: ['energy'],
    pitch: 'Điện mặt trời áp mái giúp trang trại giảm tiền điện',
  },
  {
    name: 'Lò sấy sinh khối',
    description: 'Lò sấy đốt vỏ trấu, lõi ngô cho nông sản',
    sectors: ['energy', 'manufacturing'],
    pitch: 'Lò sấy nông sản đốt vỏ trấu, lõi ngô thay củi',
  },
  {
    name: 'Khám bệnh từ xa',
    description: 'Tư vấn sức khỏe qua video cho trạm y tế xã',
    sectors: ['health', 'it_software'],
    pitch: 'Tư vấn sức khỏe qua video cho trạm y tế xã',
  },
  {
    name: 'Kênh video ẩm thực bản địa',
    description: 'Video ngắn giới thiệu món ăn, đặc sản địa phương',
    sectors: ['media_creative', 'tourism'],
    pitch: 'Video ngắn kể chuyện món ăn và đặc sản địa phương',
  },
];

export const qualityWords = ['sạch', 'hữu cơ', 'truyền thống', 'thủ công', 'đặc sản', 'chuẩn OCOP', 'bản địa', 'tự nhiên'] as const;

export const salesChannels = [
  'chợ phiên',
  'người quen',
  'Facebook',
  'Zalo',
  'cửa hàng đặc sản',
  'thương lái',
  'hội chợ',
  'khách du lịch',
  'sàn thương mại điện tử',
] as const;
