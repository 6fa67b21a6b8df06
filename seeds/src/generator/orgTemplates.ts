// Vocabulary for generated experts, investors and providers.
import type { InvestorTypeCode, NeedCategoryCode, ResourceKindCode, StageCode } from '../reference/index.js';

export const expertRoles: Record<NeedCategoryCode, { title: string; headline: string; about: string }> = {
  trademark: {
    title: 'Chuyên gia sở hữu trí tuệ',
    headline: 'Tư vấn đăng ký nhãn hiệu, bảo hộ sở hữu trí tuệ cho sản phẩm địa phương',
    about: 'hướng dẫn tra cứu, nộp đơn đăng ký nhãn hiệu, nhãn hiệu tập thể và chỉ dẫn địa lý',
  },
  standards: {
    title: 'Chuyên gia tiêu chuẩn chất lượng',
    headline: 'Tiêu chuẩn cơ sở, an toàn thực phẩm, mã vạch và nhãn hàng hóa',
    about: 'xây dựng tiêu chuẩn cơ sở, hồ sơ tự công bố, giấy chứng nhận ATTP, mã số mã vạch và hồ sơ OCOP',
  },
  distribution: {
    title: 'Chuyên gia kết nối tiêu thụ',
    headline: 'Kết nối siêu thị, nhà phân phối, hội chợ và sàn thương mại điện tử',
    about: 'đưa sản phẩm vào siêu thị, tìm nhà phân phối, đại lý và tổ chức gian hàng hội chợ',
  },
  workspace: {
    title: 'Tư vấn không gian và nhà xưởng',
    headline: 'Bố trí không gian làm việc, nhà xưởng và kho cho cơ sở nhỏ',
    about: 'tìm mặt bằng, bố trí nhà xưởng một chiều và không gian làm việc chung',
  },
  funding: {
    title: 'Chuyên gia tài chính và gọi vốn',
    headline: 'Chuẩn bị hồ sơ gọi vốn, vay ưu đãi và kết nối nhà đầu tư',
    about: 'lập mô hình tài chính, chuẩn bị hồ sơ gọi vốn, vay vốn ưu đãi và làm việc với quỹ đầu tư',
  },
  mentoring: {
    title: 'Cố vấn khởi nghiệp',
    headline: 'Cố vấn mô hình kinh doanh, kế hoạch kinh doanh và chiến lược',
    about: 'cố vấn mô hình kinh doanh, tính giá thành, kế hoạch kinh doanh và quản trị hợp tác xã',
  },
  technology: {
    title: 'Chuyên gia công nghệ',
    headline: 'Quy trình sản xuất, công nghệ chế biến, thiết bị và phần mềm',
    about: 'cải tiến quy trình sản xuất, công nghệ sấy, bảo quản, chế biến và phát triển sản phẩm mới',
  },
  legal: {
    title: 'Luật sư',
    headline: 'Thành lập doanh nghiệp, hợp tác xã, hợp đồng và thuế',
    about: 'thành lập doanh nghiệp, hợp tác xã, soạn và rà soát hợp đồng, kê khai thuế',
  },
  marketing: {
    title: 'Chuyên gia marketing',
    headline: 'Xây dựng thương hiệu, bao bì, marketing số và chuyển đổi số',
    about: 'xây dựng thương hiệu, thiết kế bao bì, chạy quảng cáo, làm nội dung và chuyển đổi số',
  },
  training: {
    title: 'Giảng viên tập huấn',
    headline: 'Tập huấn kỹ năng bán hàng, kỹ thuật sản xuất và quản lý',
    about: 'tổ chức lớp tập huấn, đào tạo nghề và bồi dưỡng kỹ năng cho hợp tác xã, hộ kinh doanh',
  },
};

/** Weights for an expert's main field: few experts specialise in venues. */
export const expertiseWeights: readonly (readonly [NeedCategoryCode, number])[] = [
  ['trademark', 10],
  ['standards', 12],
  ['distribution', 12],
  ['workspace', 2],
  ['funding', 9],
  ['mentoring', 15],
  ['technology', 14],
  ['legal', 9],
  ['marketing', 12],
  ['training', 8],
];

export const expertOrganizations = [
  'Trung tâm Hỗ trợ Khởi nghiệp {place}',
  'Trường Đại học {brand}',
  'Công ty Tư vấn {brand}',
  'Văn phòng Luật {brand}',
  'Hiệp hội Doanh nghiệp nhỏ và vừa {place}',
  'Viện Nghiên cứu {brand}',
] as const;

export interface InvestorStyle {
  names: readonly string[];
  headline: string;
  about: string;
  ticket: { min: number; max: number };
  stages: readonly StageCode[];
}

export const investorStyles: Record<InvestorTypeCode, InvestorStyle> = {
  angel: {
    names: ['Nhà đầu tư thiên thần {person}', 'CLB Đầu tư và Khởi nghiệp {place}'],
    headline: 'Đầu tư thiên thần và đồng hành cùng dự án khởi nghiệp giai đoạn sớm',
    about: 'Rót vốn nhỏ, tham gia cố vấn và mở mạng lưới khách hàng cho dự án ở giai đoạn ý tưởng và sản phẩm mẫu.',
    ticket: { min: 50_000_000, max: 1_000_000_000 },
    stages: ['idea', 'prototype', 'early_revenue'],
  },
  vc: {
    names: ['Quỹ {brand} Ventures', 'Quỹ mạo hiểm {brand}'],
    headline: 'Quỹ đầu tư mạo hiểm vòng hạt giống và Series A',
    about: 'Đầu tư vào startup công nghệ có sản phẩm, doanh thu ban đầu và khả năng mở rộng ra nhiều tỉnh.',
    ticket: { min: 2_000_000_000, max: 30_000_000_000 },
    stages: ['early_revenue', 'growth'],
  },
  fund: {
    names: ['Quỹ Đầu tư {brand}', 'Quỹ Tác động {brand}'],
    headline: 'Vốn tăng trưởng cho doanh nghiệp chế biến và hợp tác xã',
    about: 'Góp vốn cổ phần hoặc khoản vay chuyển đổi cho doanh nghiệp có đầu ra ổn định và tác động tích cực tới địa phương.',
    ticket: { min: 1_000_000_000, max: 15_000_000_000 },
    stages: ['early_revenue', 'growth'],
  },
  corporate: {
    names: ['Công ty {brand} – Khối đầu tư', 'Tập đoàn {brand}'],
    headline: 'Đầu tư chiến lược kèm bao tiêu sản phẩm',
    about: 'Doanh nghiệp đầu tư vào nhà cung cấp tiềm năng, hỗ trợ đạt chuẩn và ký hợp đồng bao tiêu dài hạn.',
    ticket: { min: 500_000_000, max: 10_000_000_000 },
    stages: ['early_revenue', 'growth'],
  },
  public: {
    names: ['Quỹ Phát triển Khoa học và Công nghệ {place}', 'Quỹ Hỗ trợ Khởi nghiệp {place}'],
    headline: 'Tài trợ và cho vay ưu đãi cho dự án khởi nghiệp đổi mới sáng tạo',
    about: 'Quỹ công xét chọn dự án ứng dụng khoa học công nghệ, tài trợ một phần kinh phí hoặc cho vay không lãi.',
    ticket: { min: 50_000_000, max: 500_000_000 },
    stages: ['idea', 'prototype'],
  },
};

export const investorTypeWeights: readonly (readonly [InvestorTypeCode, number])[] = [
  ['angel', 35],
  ['vc', 15],
  ['fund', 20],
  ['corporate', 15],
  ['public', 15],
];

export interface ProviderStyle {
  names: readonly string[];
  headline: string;
  about: string;
  offerings: readonly NeedCategoryCode[];
  resources: readonly { name: string; kind: ResourceKindCode; capacity?: readonly [number, number] }[];
}

export const providerStyles: readonly ProviderStyle[] = [
  {
    names: ['Không gian khởi nghiệp {place}', 'Co-working {brand}'],
    headline: 'Không gian làm việc chung, phòng họp và hội trường cho dự án khởi nghiệp',
    about: 'Chỗ ngồi làm việc, văn phòng chia sẻ, phòng họp và hội trường tổ chức sự kiện, đăng ký theo ngày hoặc theo tháng.',
    offerings: ['workspace', 'training'],
    resources: [
      { name: 'Hội trường', kind: 'hall', capacity: [60, 200] },
      { name: 'Văn phòng chia sẻ', kind: 'shared_office', capacity: [10, 40] },
      { name: 'Phòng họp', kind: 'meeting_room', capacity: [6, 16] },
    ],
  },
  {
    names: ['Siêu thị {brand} Mart', 'Chuỗi cửa hàng {brand}'],
    headline: 'Kệ hàng đặc sản vùng miền và sản phẩm OCOP',
    about: 'Nhận sản phẩm có nhãn đúng quy định, giấy ATTP và mã vạch; hỗ trợ quầy dùng thử cho sản phẩm mới.',
    offerings: ['distribution'],
    resources: [
      { name: 'Kệ đặc sản', kind: 'shelf_space', capacity: [20, 80] },
      { name: 'Quầy dùng thử', kind: 'booth', capacity: [1, 4] },
    ],
  },
  {
    names: ['Hội chợ {brand}', 'Trung tâm Xúc tiến Thương mại {place}'],
    headline: 'Gian hàng hội chợ OCOP, nông sản và thủ công mỹ nghệ',
    about: 'Tổ chức hội chợ, triển lãm nhiều lần mỗi năm, có gian hàng ưu đãi cho dự án khởi nghiệp.',
    offerings: ['distribution', 'marketing'],
    resources: [
      { name: 'Gian hàng tiêu chuẩn', kind: 'booth', capacity: [20, 100] },
      { name: 'Khu trưng bày', kind: 'showroom', capacity: [10, 40] },
    ],
  },
  {
    names: ['Sàn {brand}', 'Chợ số {brand}'],
    headline: 'Sàn thương mại điện tử cho đặc sản và sản phẩm OCOP',
    about: 'Mở gian hàng trực tuyến, hỗ trợ chụp ảnh, đăng sản phẩm và kết nối vận chuyển.',
    offerings: ['distribution', 'marketing'],
    resources: [{ name: 'Gian hàng trực tuyến', kind: 'online_store' }],
  },
  {
    names: ['Phòng thí nghiệm {brand}', 'Trung tâm Kiểm nghiệm {place}'],
    headline: 'Kiểm nghiệm an toàn thực phẩm và thử nghiệm công nghệ chế biến',
    about: 'Nhận mẫu kiểm nghiệm vi sinh, hóa lý với giá hỗ trợ; cho thuê thiết bị sấy, chiết xuất thử nghiệm.',
    offerings: ['standards', 'technology'],
    resources: [
      { name: 'Phòng kiểm nghiệm', kind: 'lab' },
      { name: 'Thiết bị dùng chung', kind: 'equipment', capacity: [1, 5] },
    ],
  },
  {
    names: ['Trung tâm Đào tạo {brand}', 'Trường Doanh nhân {place}'],
    headline: 'Khóa học, lớp tập huấn và chương trình ươm tạo',
    about: 'Khóa học ngắn về khởi nghiệp, marketing số, tài chính cho hộ kinh doanh; cho mượn phòng đào tạo.',
    offerings: ['training', 'mentoring'],
    resources: [
      { name: 'Phòng đào tạo', kind: 'training_room', capacity: [20, 60] },
      { name: 'Hội trường', kind: 'hall', capacity: [80, 200] },
    ],
  },
  {
    names: ['Kho vận {brand}', 'Trung tâm Logistics {place}'],
    headline: 'Kho lạnh, kho khô và gom hàng nông sản',
    about: 'Cho thuê kho theo tháng, gom hàng và vận chuyển nông sản về các thành phố lớn.',
    offerings: ['distribution', 'workspace'],
    resources: [{ name: 'Kho lạnh', kind: 'warehouse', capacity: [20, 200] }],
  },
];
