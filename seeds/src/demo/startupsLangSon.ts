// Startups of Lạng Sơn: the cases the province's own reports describe (DESIGN.md).
import type { DemoEntry } from './entries.js';

export const langSonStartups: DemoEntry[] = [
  {
    key: 'mat-ong-chi-lang',
    person: 'Hoàng Văn Lâm',
    phoneSuffix: 101,
    profile: {
      kind: 'startup',
      name: 'Mật ong chanh rừng Chi Lăng',
      headline: 'Mật ong từ hoa chanh rừng Chi Lăng, khai thác theo mùa, không pha trộn',
      about:
        'Tổ hợp tác 12 hộ nuôi ong ở Chi Lăng. Đàn ong đặt ven rừng chanh, mỗi năm chỉ quay mật một vụ vào tháng Ba. ' +
        'Sản phẩm đã bán ổn định hai năm qua người quen và chợ phiên nhưng chưa có nhãn hiệu riêng, bao bì còn đơn giản.',
      province: 'lang-son',
      commune: 'Chi Lăng',
      sectors: ['agri_food_ocop', 'forestry_herbal'],
      languages: ['vi'],
      verified: true,
      stage: 'early_revenue',
      teamSize: 12,
      foundedYear: 2021,
      products: [
        { name: 'Mật ong chanh rừng 500 ml', description: 'Mật ong nguyên chất, chai thủy tinh, vụ tháng Ba.' },
        { name: 'Mật ong ngâm chanh', description: 'Chanh rừng thái lát ngâm mật, dùng pha nước ấm.' },
      ],
    },
    needs: [
      {
        category: 'trademark',
        title: 'Đăng ký nhãn hiệu cho mật ong chanh rừng',
        description:
          'Chúng tôi muốn đăng ký nhãn hiệu "Mật ong chanh rừng Chi Lăng" để bảo hộ tên sản phẩm. ' +
          'Cần người hướng dẫn tra cứu, chuẩn bị hồ sơ và nộp đơn lên Cục Sở hữu trí tuệ.',
        urgency: 'high',
      },
      {
        category: 'marketing',
        title: 'Thiết kế lại bao bì và câu chuyện sản phẩm',
        description: 'Chai mật ong đang dán nhãn in tại hiệu photo. Muốn có bao bì đẹp hơn để làm quà biếu và bán ở cửa hàng đặc sản.',
        urgency: 'normal',
      },
    ],
  },
  {
    key: 'thach-den-hong-nhung',
    person: 'Nông Thị Hồng Nhung',
    phoneSuffix: 102,
    profile: {
      kind: 'startup',
      name: 'Thạch đen Hồng Nhung',
      headline: 'Thạch đen Tràng Định nấu từ cây thạch đen trồng tại địa phương',
      about:
        'Cơ sở gia đình ở Tràng Định, nấu thạch đen theo cách truyền thống từ cây thạch đen phơi khô. ' +
        'Một chuỗi siêu thị ở Hà Nội đã nếm thử và muốn nhập hàng nếu sản phẩm đáp ứng điều kiện lưu thông.',
      province: 'lang-son',
      commune: 'Tràng Định',
      sectors: ['agri_food_ocop', 'manufacturing'],
      languages: ['vi'],
      verified: true,
      stage: 'early_revenue',
      teamSize: 5,
      foundedYear: 2019,
      products: [
        { name: 'Thạch đen hộp 1 kg', description: 'Thạch đen nấu sẵn, bảo quản mát 5 ngày.' },
        { name: 'Cây thạch đen khô', description: 'Cây thạch đen phơi khô, bó 1 kg, để tự nấu.' },
      ],
    },
    needs: [
      {
        category: 'standards',
        title: 'Hoàn thiện nhãn, giấy ATTP và mã vạch để vào siêu thị',
        description:
          'Happy Mart yêu cầu nhãn hàng hóa đúng quy định, giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm và mã số mã vạch. ' +
          'Cơ sở chưa có giấy tờ nào, cần người hướng dẫn từng bước và gửi mẫu kiểm nghiệm.',
        urgency: 'high',
      },
      {
        category: 'distribution',
        title: 'Ký hợp đồng phân phối với chuỗi siêu thị Happy Mart',
        description: 'Sau khi có đủ giấy tờ, muốn được kết nối để đàm phán chiết khấu, số lượng và lịch giao hàng với Happy Mart ở Hà Nội.',
        urgency: 'normal',
      },
    ],
  },
  {
    key: 'mien-ngo-thuan-anh',
    person: 'Lường Văn Thuận',
    phoneSuffix: 103,
    profile: {
      kind: 'startup',
      name: 'Miến ngô Thuận Anh',
      headline: 'Miến ngô, bún ngô khô từ ngô bản địa Đình Lập',
      about:
        'Xưởng nhỏ ở Đình Lập làm miến ngô và bún ngô khô từ ngô nếp bản địa. Năm ngoái doanh số tăng khoảng 30% ' +
        'nhờ đi các hội chợ do Sở kết nối. Muốn đi thêm hội chợ ở miền Trung và miền Nam, đồng thời cải tiến khâu sấy.',
      province: 'lang-son',
      commune: 'Đình Lập',
      sectors: ['agri_food_ocop', 'manufacturing'],
      languages: ['vi'],
      verified: true,
      stage: 'growth',
      teamSize: 9,
      foundedYear: 2018,
      products: [
        { name: 'Miến ngô 500 g', description: 'Sợi miến dai, không chất tẩy trắng.' },
        { name: 'Bún ngô khô 400 g', description: 'Bún ngô sấy khô, nấu 5 phút.' },
      ],
    },
    needs: [
      {
        category: 'distribution',
        title: 'Tham gia hội chợ thương mại ở Đà Nẵng và TP Hồ Chí Minh',
        description: 'Cần thông tin các hội chợ OCOP, hội chợ nông sản cuối năm và hỗ trợ đăng ký gian hàng để tìm đại lý phía Nam.',
        urgency: 'normal',
      },
      {
        category: 'technology',
        title: 'Cải tiến máy sấy miến ngô',
        description: 'Mùa mưa miến phơi lâu khô, dễ mốc. Cần chuyên gia tư vấn máy sấy phù hợp công suất 300 kg mỗi ngày.',
        urgency: 'low',
      },
    ],
  },
  {
    key: 'tumany',
    person: 'Vi Thị Thu Trang',
    phoneSuffix: 104,
    website: 'https://tumany.demo.ketnoi.vn',
    profile: {
      kind: 'startup',
      name: 'Tumany – Hướng nghiệp cho học sinh THPT',
      headline: 'Trắc nghiệm sở thích nghề và buổi trải nghiệm nghề cho học sinh THPT miền núi',
      about:
        'Nhóm ba giáo viên trẻ xây dựng bộ trắc nghiệm hướng nghiệp và tổ chức các buổi gặp người làm nghề cho học sinh lớp 10–12. ' +
        'Đã thử nghiệm ở hai trường tại thành phố Lạng Sơn, dùng hội trường của Sở trong 10 ngày để tổ chức các buổi chia sẻ.',
      province: 'lang-son',
      sectors: ['education', 'it_software'],
      languages: ['vi', 'en'],
      stage: 'prototype',
      teamSize: 3,
      foundedYear: 2024,
      products: [
        { name: 'Bộ trắc nghiệm sở thích nghề', description: 'Bài trắc nghiệm 40 câu, có báo cáo cho học sinh và phụ huynh.' },
        { name: 'Ngày hội trải nghiệm nghề', description: 'Buổi gặp gỡ người làm nghề tại trường.' },
      ],
    },
    needs: [
      {
        category: 'workspace',
        title: 'Cần chỗ ngồi làm việc và hội trường trong 10 ngày',
        description: 'Nhóm cần chỗ ngồi làm việc cho 3 người và mượn hội trường vài buổi để tổ chức gặp gỡ học sinh trong đợt tuyển sinh.',
        urgency: 'high',
      },
      {
        category: 'mentoring',
        title: 'Hoàn thiện mô hình kinh doanh cho dự án hướng nghiệp',
        description:
          'Hiện làm miễn phí cho học sinh, chưa biết thu phí từ nhà trường, phụ huynh hay doanh nghiệp. Cần cố vấn mô hình doanh thu.',
        urgency: 'normal',
      },
    ],
  },
  {
    key: 'iot-xu-lang',
    person: 'Đinh Công Minh',
    phoneSuffix: 105,
    profile: {
      kind: 'startup',
      name: 'XứLạng IoT – thiết bị điều khiển qua Internet',
      headline: 'Bộ điều khiển bơm tưới và đèn chuồng trại qua điện thoại, do giảng viên cao đẳng chế tạo',
      about:
        'Nhóm bốn giảng viên khoa Điện – Điện tử của một trường cao đẳng tại Lạng Sơn chế tạo bộ điều khiển thiết bị qua Internet: ' +
        'bật tắt bơm tưới, quạt, đèn sưởi chuồng trại từ điện thoại, có cảnh báo mất điện. Đã lắp thử cho 15 hộ nuôi gà và trồng rau.',
      province: 'lang-son',
      sectors: ['iot_hardware', 'agri_food_ocop'],
      languages: ['vi', 'en'],
      stage: 'prototype',
      teamSize: 4,
      foundedYear: 2023,
      fundingAsk: { min: 300_000_000, max: 800_000_000 },
      products: [
        { name: 'Hộp điều khiển 4 kênh', description: 'Điều khiển 4 thiết bị qua Wi-Fi hoặc 4G, có hẹn giờ.' },
        { name: 'Ứng dụng di động', description: 'Theo dõi trạng thái, nhận cảnh báo mất điện, quá nhiệt.' },
      ],
    },
    needs: [
      {
        category: 'funding',
        title: 'Tìm nhà đầu tư tại ngày hội khởi nghiệp của tỉnh',
        description:
          'Cần khoảng 500 triệu đồng vốn mồi để sản xuất lô 200 bộ đầu tiên. Mong gặp nhà đầu tư thiên thần hoặc quỹ quan tâm nông nghiệp thông minh.',
        urgency: 'normal',
      },
      {
        category: 'trademark',
        title: 'Bảo hộ giải pháp hữu ích cho bộ điều khiển',
        description:
          'Muốn biết thiết kế mạch và cách cảnh báo mất điện có đăng ký sáng chế hoặc giải pháp hữu ích được không trước khi giới thiệu rộng rãi.',
        urgency: 'low',
      },
    ],
  },
  {
    key: 'may-tre-binh-gia',
    person: 'Hà Thị Mai',
    phoneSuffix: 106,
    profile: {
      kind: 'startup',
      name: 'HTX Mây tre đan Bình Gia',
      headline: 'Giỏ, khay, đèn mây tre đan thủ công của phụ nữ Tày Bình Gia',
      about:
        'Hợp tác xã 30 thành viên, phần lớn là phụ nữ, đan giỏ, khay và chụp đèn từ mây, tre, giang khai thác bền vững. ' +
        'Đã có đơn hàng nhỏ từ cửa hàng quà tặng ở Hà Nội, muốn tìm khách sỉ và xuất khẩu.',
      province: 'lang-son',
      commune: 'Bình Gia',
      sectors: ['handicrafts', 'forestry_herbal'],
      languages: ['vi'],
      verified: true,
      stage: 'early_revenue',
      teamSize: 30,
      foundedYear: 2020,
      products: [
        { name: 'Giỏ mây đựng đồ', description: 'Ba kích cỡ, quai da, đan tay.' },
        { name: 'Chụp đèn tre', description: 'Chụp đèn treo trần, đường kính 30–45 cm.' },
      ],
    },
    needs: [
      {
        category: 'distribution',
        title: 'Tìm khách sỉ và nhà nhập khẩu đồ mây tre',
        description: 'Muốn bán sỉ cho chuỗi cửa hàng nội thất và tìm đối tác xuất khẩu sang châu Âu, Nhật Bản.',
        urgency: 'normal',
      },
      {
        category: 'training',
        title: 'Đào tạo thêm thợ đan cho đơn hàng lớn',
        description: 'Cần lớp dạy nghề đan mây tre cho khoảng 20 lao động trẻ trong xã, mỗi khóa hai tháng.',
        urgency: 'normal',
      },
    ],
  },
  {
    key: 'tinh-dau-hoi-van-quan',
    person: 'Lục Văn Sơn',
    phoneSuffix: 107,
    profile: {
      kind: 'startup',
      name: 'Tinh dầu hồi Văn Quan',
      headline: 'Chưng cất tinh dầu hồi từ hoa hồi xứ Lạng',
      about:
        'Gia đình trồng hồi ba đời ở Văn Quan, bắt đầu chưng cất tinh dầu từ năm 2022 bằng nồi tự chế. ' +
        'Muốn nâng cấp thiết bị để tăng hiệu suất và làm hồ sơ công bố chất lượng cho tinh dầu.',
      province: 'lang-son',
      commune: 'Văn Quan',
      sectors: ['forestry_herbal', 'manufacturing'],
      languages: ['vi'],
      stage: 'early_revenue',
      teamSize: 4,
      foundedYear: 2022,
      products: [
        { name: 'Tinh dầu hồi 10 ml', description: 'Chai thủy tinh tối màu, có ống nhỏ giọt.' },
        { name: 'Hoa hồi khô', description: 'Hồi vụ mùa, phơi sấy, đóng túi 500 g.' },
      ],
    },
    needs: [
      {
        category: 'technology',
        title: 'Nâng cấp thiết bị chưng cất tinh dầu hồi',
        description: 'Nồi chưng cất tự chế hao củi, hiệu suất thấp. Cần tư vấn dây chuyền chưng cất hơi nước quy mô nhỏ.',
        urgency: 'normal',
      },
      {
        category: 'standards',
        title: 'Công bố chất lượng tinh dầu',
        description: 'Cần làm tiêu chuẩn cơ sở, gửi mẫu kiểm nghiệm hàm lượng anethol và ghi nhãn đúng quy định.',
        urgency: 'low',
      },
    ],
  },
  {
    key: 'na-say-chi-lang',
    person: 'Triệu Thị Hương',
    phoneSuffix: 108,
    profile: {
      kind: 'startup',
      name: 'Na sấy dẻo Chi Lăng',
      headline: 'Na Chi Lăng sấy dẻo, ăn liền, không đường hóa học',
      about:
        'Nhóm thanh niên ở Chi Lăng làm na sấy dẻo để bán quanh năm thay vì chỉ một mùa. ' +
        'Đang sấy bằng tủ sấy nhỏ, muốn chuẩn hóa quy trình và tham gia đánh giá OCOP.',
      province: 'lang-son',
      commune: 'Chi Lăng',
      sectors: ['agri_food_ocop'],
      languages: ['vi'],
      stage: 'prototype',
      teamSize: 3,
      foundedYear: 2024,
      products: [{ name: 'Na sấy dẻo 200 g', description: 'Túi zip, bảo quản nơi khô mát 6 tháng.' }],
    },
    needs: [
      {
        category: 'technology',
        title: 'Chuẩn hóa quy trình sấy dẻo na',
        description: 'Mỗi mẻ sấy màu và độ dẻo khác nhau. Cần chuyên gia công nghệ thực phẩm giúp xây dựng quy trình và chọn máy sấy.',
        urgency: 'normal',
      },
      {
        category: 'standards',
        title: 'Chuẩn bị hồ sơ đánh giá OCOP',
        description: 'Muốn đưa na sấy dẻo vào đợt đánh giá phân hạng OCOP năm sau, cần biết tiêu chí và hồ sơ.',
        urgency: 'low',
      },
    ],
  },
];
