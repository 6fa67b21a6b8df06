// Startups of Đà Nẵng (including former Quảng Nam: Đông Giang, Tây Giang) and Huế.
import type { DemoEntry } from './entries.js';

export const daNangStartups: DemoEntry[] = [
  {
    key: 'ba-kich-dong-giang',
    person: 'Bhríu Thị Liên',
    phoneSuffix: 201,
    profile: {
      kind: 'startup',
      name: 'Ba kích tím Đông Giang',
      headline: 'Ba kích tím trồng dưới tán rừng Đông Giang, sấy khô và ngâm mật ong',
      about:
        'Hợp tác xã của đồng bào Cơ Tu ở Đông Giang trồng ba kích tím dưới tán rừng, năm thứ tư cho thu hoạch. ' +
        'Tổ công tác xã đã khảo sát và đưa vào danh sách dự án dựa trên sản phẩm OCOP của địa phương.',
      province: 'da-nang',
      commune: 'Đông Giang',
      sectors: ['forestry_herbal', 'agri_food_ocop'],
      languages: ['vi'],
      verified: true,
      stage: 'early_revenue',
      teamSize: 18,
      foundedYear: 2020,
      products: [
        { name: 'Ba kích tím khô', description: 'Rễ ba kích rút lõi, sấy khô, túi 500 g.' },
        { name: 'Ba kích ngâm mật ong', description: 'Hũ thủy tinh 1 lít.' },
      ],
    },
    needs: [
      {
        category: 'standards',
        title: 'Nâng hạng OCOP 3 sao cho ba kích',
        description: 'Sản phẩm đã đạt OCOP 3 sao cấp huyện cũ, muốn hoàn thiện hồ sơ, kiểm nghiệm và truy xuất nguồn gốc để lên 4 sao.',
        urgency: 'normal',
      },
      {
        category: 'distribution',
        title: 'Đưa ba kích lên sàn thương mại điện tử',
        description: 'Cần hỗ trợ mở gian hàng trên sàn thương mại điện tử và tìm cửa hàng đặc sản ở trung tâm Đà Nẵng nhận hàng.',
        urgency: 'normal',
      },
    ],
  },
  {
    key: 'dang-sam-tay-giang',
    person: 'Alăng Văn Bốn',
    phoneSuffix: 202,
    profile: {
      kind: 'startup',
      name: 'Đảng sâm Tây Giang',
      headline: 'Đảng sâm (sâm dây) trồng trên đất dốc Tây Giang, chế biến thành trà và rượu',
      about:
        'Tổ hợp tác 20 hộ ở Tây Giang trồng đảng sâm xen rừng. Hiện bán củ tươi cho thương lái, ' +
        'muốn tự chế biến trà túi lọc và cao đảng sâm để giữ giá trị ở lại bản.',
      province: 'da-nang',
      commune: 'Tây Giang',
      sectors: ['forestry_herbal', 'agri_food_ocop'],
      languages: ['vi'],
      stage: 'prototype',
      teamSize: 20,
      foundedYear: 2022,
      fundingAsk: { min: 200_000_000, max: 600_000_000 },
      products: [
        { name: 'Đảng sâm tươi', description: 'Củ tươi loại 1, thu hoạch tháng 10–12.' },
        { name: 'Trà đảng sâm túi lọc (mẫu thử)', description: 'Hộp 20 túi, đang hoàn thiện công thức.' },
      ],
    },
    needs: [
      {
        category: 'funding',
        title: 'Gọi vốn xây xưởng sơ chế đảng sâm',
        description: 'Cần khoảng 400 triệu để làm nhà sơ chế, mua máy thái và máy sấy. Sẵn sàng vay ưu đãi hoặc đón nhà đầu tư góp vốn.',
        urgency: 'normal',
      },
      {
        category: 'technology',
        title: 'Hoàn thiện công thức trà đảng sâm túi lọc',
        description: 'Cần chuyên gia chế biến dược liệu giúp phối trộn, sấy và đóng gói trà túi lọc giữ được hương vị.',
        urgency: 'low',
      },
    ],
  },
  {
    key: 'mat-ong-tay-giang',
    person: 'Briu Thị Hoa',
    phoneSuffix: 203,
    profile: {
      kind: 'startup',
      name: 'Mật ong rừng Tây Giang',
      headline: 'Mật ong rừng nguyên sinh do người Cơ Tu khai thác',
      about:
        'Nhóm thanh niên Cơ Tu khai thác mật ong rừng theo cách giữ tổ, không đốt. Mật có độ ẩm cao nên cần ' +
        'kiểm nghiệm và hạ thủy phần trước khi bán xa.',
      province: 'da-nang',
      commune: 'Tây Giang',
      sectors: ['agri_food_ocop', 'forestry_herbal'],
      languages: ['vi'],
      stage: 'early_revenue',
      teamSize: 6,
      foundedYear: 2023,
      products: [{ name: 'Mật ong rừng 1 lít', description: 'Mật ong rừng nguyên chất, chai nhựa thực phẩm.' }],
    },
    needs: [
      {
        category: 'standards',
        title: 'Kiểm nghiệm và công bố chất lượng mật ong rừng',
        description: 'Cần biết gửi mẫu kiểm nghiệm ở đâu ở Đà Nẵng, chỉ tiêu nào bắt buộc và cách làm hồ sơ tự công bố sản phẩm.',
        urgency: 'high',
      },
      {
        category: 'marketing',
        title: 'Kể câu chuyện mật ong rừng Cơ Tu',
        description: 'Muốn có video ngắn và trang fanpage giới thiệu cách người Cơ Tu giữ rừng, giữ tổ ong.',
        urgency: 'low',
      },
    ],
  },
  {
    key: 'tho-cam-co-tu',
    person: 'Zơrâm Thị Ngân',
    phoneSuffix: 204,
    profile: {
      kind: 'startup',
      name: 'Dệt thổ cẩm Cơ Tu Đông Giang',
      headline: 'Thổ cẩm dệt tay đính cườm của phụ nữ Cơ Tu: khăn, túi, áo',
      about:
        'Tổ dệt 25 chị em ở Đông Giang dệt thổ cẩm đính hạt cườm theo hoa văn truyền thống. ' +
        'Bán chủ yếu cho khách du lịch ghé bản, muốn có kênh bán ổn định và làm sản phẩm hợp thị hiếu hơn.',
      province: 'da-nang',
      commune: 'Đông Giang',
      sectors: ['handicrafts', 'tourism'],
      languages: ['vi'],
      verified: true,
      stage: 'early_revenue',
      teamSize: 25,
      foundedYear: 2017,
      products: [
        { name: 'Khăn thổ cẩm đính cườm', description: 'Dệt tay, dài 1,6 m.' },
        { name: 'Túi xách thổ cẩm', description: 'Túi đeo chéo, lót vải bố.' },
      ],
    },
    needs: [
      {
        category: 'marketing',
        title: 'Xây dựng thương hiệu và kênh mạng xã hội cho thổ cẩm',
        description: 'Cần bộ nhận diện, ảnh sản phẩm đẹp và kế hoạch truyền thông trên Facebook, TikTok để bán cho khách ở xa.',
        urgency: 'normal',
      },
      {
        category: 'distribution',
        title: 'Tìm cửa hàng lưu niệm và khách sạn nhận bán thổ cẩm',
        description: 'Muốn gửi hàng tại cửa hàng lưu niệm, khách sạn ở Hội An, Đà Nẵng theo hình thức ký gửi hoặc bán sỉ.',
        urgency: 'normal',
      },
    ],
  },
  {
    key: 'hoc-vui',
    person: 'Trần Quốc Bảo',
    phoneSuffix: 205,
    website: 'https://hocvui.demo.ketnoi.vn',
    profile: {
      kind: 'startup',
      name: 'HọcVui',
      headline: 'Ứng dụng ôn thi có lời giải bằng video cho học sinh vùng khó khăn, dùng được khi mạng yếu',
      about:
        'Nhóm kỹ sư phần mềm ở Đà Nẵng làm ứng dụng ôn thi THPT chạy được ngoại tuyến. 1.200 học sinh ở các xã miền núi ' +
        'đang dùng thử qua nhà trường. Chuẩn bị gọi vốn vòng hạt giống và thành lập công ty.',
      province: 'da-nang',
      sectors: ['education', 'it_software'],
      languages: ['vi', 'en'],
      stage: 'prototype',
      teamSize: 5,
      foundedYear: 2024,
      fundingAsk: { min: 1_000_000_000, max: 2_000_000_000 },
      products: [{ name: 'Ứng dụng HọcVui', description: 'Đề ôn thi, video lời giải tải về xem không cần mạng.' }],
    },
    needs: [
      {
        category: 'funding',
        title: 'Gọi vốn hạt giống 2 tỷ đồng',
        description: 'Cần kết nối nhà đầu tư thiên thần và quỹ đầu tư quan tâm giáo dục. Đã có bộ hồ sơ gọi vốn và số liệu người dùng.',
        urgency: 'normal',
      },
      {
        category: 'legal',
        title: 'Thành lập công ty cổ phần trước khi nhận vốn',
        description: 'Cần tư vấn loại hình doanh nghiệp, điều lệ và thỏa thuận cổ đông giữa ba người sáng lập.',
        urgency: 'high',
      },
    ],
  },
  {
    key: 'tra-cung-dinh-hue',
    person: 'Tôn Nữ Minh Châu',
    phoneSuffix: 206,
    profile: {
      kind: 'startup',
      name: 'Trà thảo mộc Cung Đình Huế',
      headline: 'Trà thảo mộc phối theo công thức xưa, đóng hộp quà tặng',
      about:
        'Cơ sở nhỏ ở Huế phối trà từ cúc, la hán, cam thảo, táo đỏ theo công thức gia truyền. Bán cho khách du lịch và cửa hàng đặc sản.',
      province: 'hue',
      sectors: ['agri_food_ocop', 'tourism'],
      languages: ['vi', 'en'],
      stage: 'early_revenue',
      teamSize: 4,
      foundedYear: 2021,
      products: [{ name: 'Hộp trà cung đình 12 gói', description: 'Hộp giấy in hoa văn, làm quà biếu.' }],
    },
    needs: [
      {
        category: 'trademark',
        title: 'Đăng ký nhãn hiệu trước khi mở rộng',
        description:
          'Tên "Cung Đình" có nhiều nơi dùng. Cần chuyên gia sở hữu trí tuệ tra cứu khả năng đăng ký và gợi ý tên khác nếu trùng.',
        urgency: 'normal',
      },
      {
        category: 'marketing',
        title: 'Làm website và chụp ảnh sản phẩm',
        description: 'Muốn có website song ngữ giới thiệu sản phẩm cho khách nước ngoài và bộ ảnh sản phẩm chuyên nghiệp.',
        urgency: 'low',
      },
    ],
  },
];
