// The ten need categories (DESIGN.md) with the words founders actually type. The keyword lists
// feed the need classifier (server/src/modules/needs/classifier.ts) and search synonyms.
// Vietnamese entries keep their diacritics: matching folds them, but the classifier uses the
// marks to tell apart syllables that fold alike (quỹ "fund" vs quy trình "process").
import type { CodedLabel } from './labels.js';

export interface NeedCategoryDef<C extends string = string> extends CodedLabel<C> {
  readonly keywords: { readonly vi: readonly string[]; readonly en: readonly string[] };
}

export const needCategories = [
  {
    code: 'trademark',
    vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ',
    en: 'Trademark & IP',
    keywords: {
      vi: [
        'nhãn hiệu', 'đăng ký nhãn hiệu', 'bảo hộ nhãn hiệu', 'nhãn hiệu tập thể', 'nhãn hiệu chứng nhận',
        'tra cứu nhãn hiệu', 'trùng nhãn hiệu', 'tra cứu', 'trùng tên', 'bị trùng', 'đăng ký thương hiệu', 'bảo hộ thương hiệu', 'thương hiệu độc quyền',
        'đăng ký độc quyền', 'bảo hộ', 'văn bằng bảo hộ', 'sở hữu trí tuệ', 'sở hữu công nghiệp', 'cục sở hữu trí tuệ',
        'sáng chế', 'bằng sáng chế', 'giải pháp hữu ích', 'kiểu dáng công nghiệp', 'chỉ dẫn địa lý', 'bản quyền',
        'quyền tác giả', 'đăng ký logo', 'bảo hộ logo', 'nộp đơn', 'đơn đăng ký', 'hàng giả', 'hàng nhái', 'làm nhái',
        'bị nhái', 'giả mạo', 'xâm phạm', 'chuyển nhượng nhãn hiệu', 'li-xăng', 'tên thương mại', 'độc quyền',
      ],
      en: [
        'trademark', 'trade mark', 'trademark registration', 'register trademark', 'intellectual property',
        'ip protection', 'ip', 'patent', 'patents', 'utility solution', 'industrial design', 'copyright',
        'geographical indication', 'collective mark', 'certification mark', 'brand protection', 'counterfeit',
        'infringement', 'protect the invention', 'invention', 'madrid', 'noip', 'logo registration',
      ],
    },
  },
  {
    code: 'standards',
    vi: 'Tiêu chuẩn, chất lượng, điều kiện lưu thông',
    en: 'Standards & market-circulation conditions',
    keywords: {
      vi: [
        'tiêu chuẩn', 'tiêu chuẩn cơ sở', 'tiêu chuẩn chất lượng', 'TCVN', 'TCCS', 'QCVN', 'quy chuẩn',
        'công bố tiêu chuẩn', 'tự công bố', 'công bố sản phẩm', 'công bố chất lượng', 'hồ sơ công bố',
        'công bố hợp quy', 'hợp quy', 'hợp chuẩn', 'chất lượng', 'kiểm tra chất lượng', 'kiểm nghiệm',
        'phiếu kiểm nghiệm', 'mẫu kiểm nghiệm', 'chỉ tiêu', 'vi sinh', 'kiểm định', 'thử nghiệm mẫu',
        'an toàn thực phẩm', 'vệ sinh an toàn thực phẩm', 'ATTP', 'VSATTP', 'giấy chứng nhận an toàn thực phẩm',
        'đủ điều kiện an toàn thực phẩm', 'cơ sở đủ điều kiện', 'mã vạch', 'mã số mã vạch', 'GS1', 'mã QR',
        'tem truy xuất', 'truy xuất', 'truy xuất nguồn gốc', 'nguồn gốc xuất xứ', 'xuất xứ', 'nhãn mác',
        'nhãn hàng hóa', 'ghi nhãn', 'nhãn phụ', 'nhãn đúng quy định', 'hạn sử dụng', 'hạn dùng',
        'ngày sản xuất', 'định lượng', 'thành phần', 'điều kiện lưu thông', 'lưu thông', 'OCOP', 'đánh giá OCOP',
        'chứng nhận OCOP', 'phân hạng OCOP', 'sao OCOP', 'VietGAP', 'GlobalGAP', 'chứng nhận hữu cơ', 'ISO',
        'HACCP', 'GMP', 'chứng nhận', 'giấy chứng nhận', 'đạt chuẩn', 'chuẩn hóa chất lượng',
        'Halal', 'FDA',
      ],
      en: [
        'standard', 'standards', 'quality', 'quality control', 'quality criteria', 'food safety',
        'food safety certificate', 'barcode', 'barcodes', 'qr code', 'traceability', 'labelling', 'labeling',
        'label', 'labels', 'lab test', 'testing', 'certification', 'certified', 'organic certification',
        'shelf life', 'compliance', 'product declaration', 'audit',
      ],
    },
  },
  {
    code: 'distribution',
    vi: 'Kết nối tiêu thụ, phân phối',
    en: 'Distribution & sales channels',
    keywords: {
      vi: [
        'tiêu thụ', 'kết nối tiêu thụ', 'đầu ra', 'tìm đầu ra', 'đầu ra sản phẩm', 'phân phối', 'nhà phân phối',
        'kênh phân phối', 'hợp đồng phân phối', 'đại lý', 'siêu thị', 'chuỗi siêu thị', 'vào siêu thị',
        'chuỗi cửa hàng', 'cửa hàng tiện lợi', 'cửa hàng OCOP', 'điểm bán', 'lên kệ', 'kệ hàng', 'hội chợ',
        'hội chợ thương mại', 'triển lãm', 'gian hàng', 'sàn thương mại điện tử', 'sàn TMĐT', 'thương mại điện tử',
        'lên sàn', 'Shopee', 'Lazada', 'Tiki', 'TikTok Shop', 'Postmart', 'Voso', 'bán lẻ', 'bán buôn', 'bán sỉ',
        'mối sỉ', 'thu mua', 'người mua', 'bao tiêu', 'hợp đồng bao tiêu', 'xuất khẩu', 'nhà nhập khẩu',
        'mở rộng thị trường', 'thị trường', 'tìm khách hàng', 'khách sỉ', 'đơn hàng', 'kênh bán hàng',
        'bán hàng', 'bếp ăn', 'nhà hàng', 'chợ đầu mối', 'thương lái', 'kết nối cung cầu', 'giao thương',
        'Happy Mart', 'WinMart', 'Co.op Mart', 'Bách Hóa Xanh', 'MM Mega Market', 'Lotte Mart', 'chiết khấu',
        'nhà bán lẻ', 'cung cấp cho',
      ],
      en: [
        'distribution', 'distributor', 'distributors', 'sales channel', 'supermarket', 'supermarkets',
        'retail chain', 'retailer', 'retail', 'wholesale', 'buyer', 'buyers', 'trade fair',
        'fair', 'exhibition', 'e-commerce', 'ecommerce', 'marketplace', 'online marketplace', 'export',
        'exporter', 'exporters', 'importer', 'importers', 'offtake', 'market access', 'shelf space', 'listing',
        'list', 'dealer', 'sell to', 'shops', 'stores',
      ],
    },
  },
  {
    code: 'workspace',
    vi: 'Không gian làm việc chung, địa điểm',
    en: 'Co-working space & venues',
    keywords: {
      vi: [
        'không gian làm việc', 'không gian làm việc chung', 'khu làm việc chung', 'làm việc chung', 'co-working',
        'coworking', 'chỗ ngồi', 'chỗ ngồi làm việc', 'chỗ làm việc', 'nơi làm việc', 'văn phòng', 'thuê văn phòng',
        'văn phòng chia sẻ', 'mặt bằng', 'thuê mặt bằng', 'địa điểm', 'địa điểm tổ chức', 'hội trường',
        'mượn hội trường', 'phòng họp', 'mượn phòng', 'phòng hội thảo', 'phòng trưng bày', 'trưng bày',
        'không gian trưng bày', 'showroom', 'kho', 'kho lạnh', 'kho bãi', 'chỗ để hàng', 'nhà xưởng', 'xưởng nhỏ',
        'vườn ươm', 'bàn ghế', 'wifi', 'máy chiếu', 'thuê chỗ',
      ],
      en: [
        'co-working space', 'workspace', 'office', 'office space', 'desk', 'hot desk',
        'meeting room', 'venue', 'hall', 'event space', 'conference room', 'room', 'place', 'place to work', 'space',
        'warehouse', 'storage',
      ],
    },
  },
  {
    code: 'funding',
    vi: 'Gọi vốn, đầu tư',
    en: 'Funding & investment',
    keywords: {
      vi: [
        'vốn', 'gọi vốn', 'huy động vốn', 'nguồn vốn', 'vốn mồi', 'vốn đầu tư', 'vốn lưu động', 'vay vốn', 'vốn vay',
        'vay ưu đãi', 'khoản vay', 'cho vay', 'tín dụng', 'ngân hàng', 'lãi suất', 'thế chấp', 'nhà đầu tư',
        'đầu tư', 'đầu tư thiên thần', 'nhà đầu tư thiên thần', 'quỹ', 'quỹ đầu tư', 'quỹ khởi nghiệp',
        'quỹ hỗ trợ', 'quỹ phát triển khoa học và công nghệ', 'tài trợ', 'xin tài trợ', 'kinh phí', 'hỗ trợ kinh phí',
        'góp vốn', 'rót vốn', 'cổ phần', 'chia cổ phần', 'định giá', 'định giá công ty', 'pitch deck',
        'hồ sơ gọi vốn', 'Shark Tank', 'thiếu vốn', 'ứng tiền', 'gọi vốn cộng đồng',
      ],
      en: [
        'funding', 'fund', 'funds', 'investment', 'investor', 'investors', 'angel', 'angels', 'angel investor',
        'seed', 'seed round', 'seed funding', 'seed capital', 'venture capital', 'vc', 'grant', 'grants', 'loan',
        'capital', 'raise', 'raising', 'fundraising', 'equity', 'valuation', 'financing',
      ],
    },
  },
  {
    code: 'mentoring',
    vi: 'Cố vấn, hoàn thiện mô hình kinh doanh',
    en: 'Mentoring & business model',
    keywords: {
      vi: [
        'cố vấn', 'người cố vấn', 'chuyên gia cố vấn', 'mentor', 'mô hình kinh doanh', 'hoàn thiện mô hình',
        'mô hình doanh thu', 'kế hoạch kinh doanh', 'chiến lược', 'chiến lược kinh doanh', 'định hướng',
        'định hướng phát triển', 'quản trị', 'quản trị doanh nghiệp', 'quản lý', 'quản lý tài chính', 'dòng tiền',
        'giá thành', 'tính giá thành', 'định giá sản phẩm', 'giá bán', 'lãi lỗ', 'có lãi', 'lợi nhuận',
        'doanh thu', 'nghiên cứu thị trường', 'khảo sát khách hàng', 'khách hàng mục tiêu', 'đối thủ',
        'đối thủ cạnh tranh', 'ươm tạo', 'chương trình ươm tạo', 'tăng tốc', 'chương trình tăng tốc', 'kinh nghiệm',
        'người có kinh nghiệm', 'góp ý', 'phản biện', 'mở rộng quy mô', 'vận hành', 'mô hình canvas',
        'lean canvas', 'tư vấn chiến lược', 'tư vấn kinh doanh', 'chi nhánh',
      ],
      en: [
        'mentoring', 'mentorship', 'coach', 'coaching', 'advisor', 'advice', 'business model',
        'business plan', 'strategy', 'go-to-market', 'pricing', 'unit economics', 'cash flow',
        'accelerator', 'incubation', 'scale up', 'market research', 'customer discovery',
        'experienced founder', 'review our',
      ],
    },
  },
  {
    code: 'technology',
    vi: 'Công nghệ, quy trình sản xuất, phát triển sản phẩm',
    en: 'Technology & product development',
    keywords: {
      vi: [
        'công nghệ', 'chuyển giao công nghệ', 'quy trình', 'quy trình sản xuất', 'quy trình chế biến', 'chế biến',
        'công nghệ chế biến', 'máy móc', 'thiết bị', 'máy', 'dây chuyền', 'dây chuyền sản xuất', 'cải tiến',
        'phát triển sản phẩm', 'sản phẩm mới', 'nghiên cứu phát triển', 'kỹ thuật', 'sấy', 'máy sấy', 'sấy lạnh',
        'công nghệ sấy', 'bảo quản', 'thời gian bảo quản', 'máy đóng gói', 'tự động hóa', 'cơ giới hóa', 'IoT',
        'cảm biến', 'phần mềm', 'ứng dụng', 'ứng dụng di động', 'app', 'lập trình', 'lập trình viên', 'nền tảng',
        'hệ thống', 'thiết kế mạch', 'mạch', 'vi điều khiển', 'firmware', 'Arduino', 'ESP32', 'nguyên mẫu',
        'sản phẩm mẫu', 'công thức', 'công thức chế biến', 'phối trộn', 'nâng cấp', 'công suất', 'năng suất',
        'kỹ thuật nuôi', 'kỹ thuật trồng', 'canh tác', 'nhà kính', 'tưới nhỏ giọt', 'phòng thí nghiệm',
        'phòng lab', 'trí tuệ nhân tạo', 'dữ liệu', 'chiết xuất', 'chưng cất', 'lên men', 'cơ khí',
        'in 3D', 'chuẩn hóa quy trình',
      ],
      en: [
        'technology', 'tech', 'process', 'production process', 'production line', 'manufacturing', 'machinery',
        'machine', 'equipment', 'product development', 'r&d', 'prototype', 'sensor', 'sensors',
        'software', 'app development', 'engineer', 'engineering', 'hardware', 'hardware design',
        'pcb', 'drying', 'preservation', 'automation', 'extruder', 'dashboard', 'technology transfer', 'formula',
        'recipe', 'yield', 'mass production',
      ],
    },
  },
  {
    code: 'legal',
    vi: 'Pháp lý, thành lập doanh nghiệp',
    en: 'Legal & company formation',
    keywords: {
      vi: [
        'pháp lý', 'pháp luật', 'luật', 'luật sư', 'thủ tục pháp lý', 'thành lập doanh nghiệp', 'thành lập công ty',
        'lập công ty', 'đăng ký kinh doanh', 'đăng ký doanh nghiệp', 'giấy phép kinh doanh',
        'giấy chứng nhận đăng ký doanh nghiệp', 'hộ kinh doanh', 'hộ kinh doanh cá thể', 'hợp tác xã',
        'thành lập hợp tác xã', 'lập HTX', 'công ty TNHH', 'công ty cổ phần', 'loại hình doanh nghiệp', 'điều lệ',
        'hợp đồng', 'soạn hợp đồng', 'rà soát hợp đồng', 'mẫu hợp đồng', 'hợp đồng lao động', 'điều khoản', 'thuế',
        'kê khai thuế', 'hóa đơn', 'hóa đơn điện tử', 'hóa đơn VAT', 'giấy phép', 'xin giấy phép', 'thủ tục',
        'thủ tục hành chính', 'tranh chấp', 'khởi kiện', 'quyền lợi', 'thỏa thuận cổ đông', 'cổ đông',
        'quyền biểu quyết', 'bảo hiểm xã hội', 'đăng ký lưu trú', 'đất đai',
      ],
      en: [
        'legal', 'legally', 'lawyer', 'law', 'company registration', 'business registration', 'incorporate',
        'incorporation', 'business license', 'license', 'licence', 'permit', 'contract', 'contracts', 'tax',
        'taxes', 'invoice', 'shareholder agreement', 'co-founder agreement', 'dispute', 'company type',
        'legal requirements',
      ],
    },
  },
  {
    code: 'marketing',
    vi: 'Truyền thông, thương hiệu, chuyển đổi số',
    en: 'Marketing, branding & digital',
    keywords: {
      vi: [
        'truyền thông', 'kế hoạch truyền thông', 'marketing', 'tiếp thị', 'quảng cáo', 'chạy quảng cáo',
        'quảng bá', 'quảng bá sản phẩm', 'thương hiệu', 'xây dựng thương hiệu', 'nhận diện thương hiệu',
        'bộ nhận diện', 'câu chuyện thương hiệu', 'câu chuyện sản phẩm', 'thiết kế logo', 'logo', 'thiết kế bao bì',
        'bao bì', 'mẫu mã', 'chuyển đổi số', 'số hóa', 'mạng xã hội', 'Facebook', 'fanpage', 'Zalo OA', 'TikTok',
        'YouTube', 'Instagram', 'livestream', 'video', 'quay video', 'chụp ảnh', 'hình ảnh sản phẩm', 'ảnh sản phẩm',
        'nội dung', 'viết nội dung', 'content', 'website', 'trang web', 'SEO', 'KOL', 'KOC', 'người có ảnh hưởng',
        'báo chí', 'truyền hình', 'PR', 'nhiều người biết', 'người biết đến',
      ],
      en: [
        'branding', 'brand', 'brand identity', 'brand story', 'visual identity', 'packaging design',
        'logo design', 'social media', 'digital marketing', 'advertising', 'ads', 'videos',
        'photos', 'photography', 'influencer', 'press', 'digital transformation',
      ],
    },
  },
  {
    code: 'training',
    vi: 'Đào tạo, tập huấn',
    en: 'Training & capacity building',
    keywords: {
      vi: [
        'đào tạo', 'tập huấn', 'lớp tập huấn', 'khóa học', 'khoá học', 'khóa đào tạo', 'lớp học', 'lớp',
        'bồi dưỡng', 'lớp bồi dưỡng', 'nâng cao năng lực', 'kỹ năng', 'kỹ năng mềm', 'kỹ năng bán hàng', 'học',
        'học nghề', 'dạy nghề', 'đào tạo nghề', 'dạy', 'giảng viên', 'học viên', 'chứng chỉ', 'huấn luyện',
        'workshop', 'buổi chia sẻ', 'cầm tay chỉ việc', 'trang bị kiến thức', 'kiến thức', 'nghiệp vụ',
        'tiếng Anh', 'đào tạo nhân viên', 'hướng dẫn sử dụng',
      ],
      en: [
        'training', 'train', 'trainer', 'course', 'courses', 'workshops', 'class', 'classes',
        'capacity building', 'upskilling', 'skills', 'teach', 'learn', 'learning', 'bootcamp', 'seminar',
        'lesson', 'sessions',
      ],
    },
  },
] as const satisfies readonly NeedCategoryDef[];

export type NeedCategory = (typeof needCategories)[number];
export type NeedCategoryCode = NeedCategory['code'];

export const needCategoryCodes: NeedCategoryCode[] = needCategories.map((c) => c.code);

const categoriesByCode = new Map<string, NeedCategory>(needCategories.map((c) => [c.code, c]));

export function needCategoryByCode(code: string): NeedCategory | undefined {
  return categoriesByCode.get(code);
}

export function isNeedCategoryCode(code: string): code is NeedCategoryCode {
  return categoriesByCode.has(code);
}
