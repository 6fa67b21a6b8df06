// Providers: the Lạng Sơn department's co-working space, a supermarket chain, a trade-fair
// organiser, a digital marketplace, a laboratory and a training centre.
import { provinceCodes } from '../reference/index.js';
import type { DemoEntry } from './entries.js';

export const providers: DemoEntry[] = [
  {
    key: 'khong-gian-khoi-nghiep-lang-son',
    person: 'Nông Thị Vân',
    phoneSuffix: 601,
    profile: {
      kind: 'provider',
      name: 'Không gian làm việc chung – Sở KH&CN Lạng Sơn',
      headline: 'Hội trường, thư viện và văn phòng chia sẻ miễn phí cho dự án khởi nghiệp trong tỉnh',
      about:
        'Không gian hỗ trợ khởi nghiệp của Sở Khoa học và Công nghệ: dự án được xét duyệt dùng chỗ ngồi, phòng họp, ' +
        'hội trường tổ chức sự kiện và thư viện tài liệu khởi nghiệp. Mở cửa giờ hành chính, đăng ký trước qua KếtNối.',
      province: 'lang-son',
      sectors: ['education', 'it_software', 'agri_food_ocop'],
      languages: ['vi'],
      verified: true,
      offerings: ['workspace', 'training'],
      // Office hours (giờ hành chính); the shared office also on Saturday mornings.
      resources: [
        {
          name: 'Hội trường tầng 2',
          kind: 'hall',
          capacity: 120,
          description: 'Máy chiếu, âm thanh, bàn ghế di động.',
          openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '17:00' }],
        },
        {
          name: 'Văn phòng chia sẻ',
          kind: 'shared_office',
          capacity: 20,
          description: '20 chỗ ngồi, Wi-Fi, tủ khóa.',
          openingHours: [
            { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '17:00' },
            { days: ['sat'], opens: '08:00', closes: '11:30' },
          ],
        },
        {
          name: 'Phòng họp nhỏ',
          kind: 'meeting_room',
          capacity: 10,
          openingHours: [
            { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '11:30' },
            { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
          ],
        },
        { name: 'Thư viện khởi nghiệp', kind: 'library', description: 'Sách, tài liệu hướng dẫn sở hữu trí tuệ, tiêu chuẩn, gọi vốn.' },
      ],
      servesProvinces: ['lang-son'],
    },
  },
  {
    key: 'happy-mart',
    person: 'Trịnh Văn Phong',
    phoneSuffix: 602,
    website: 'https://happymart.demo.ketnoi.vn',
    profile: {
      kind: 'provider',
      name: 'Chuỗi siêu thị Happy Mart',
      headline: 'Kệ hàng đặc sản vùng miền tại 18 siêu thị mini ở Hà Nội',
      about:
        'Chuỗi siêu thị mini dành một khu kệ cho đặc sản và sản phẩm OCOP. Nhận hàng khi có nhãn đúng quy định, giấy ATTP, ' +
        'mã vạch; hỗ trợ quầy dùng thử cuối tuần cho sản phẩm mới.',
      province: 'ha-noi',
      sectors: ['retail_ecommerce', 'agri_food_ocop'],
      languages: ['vi'],
      verified: true,
      offerings: ['distribution'],
      resources: [
        { name: 'Kệ đặc sản vùng miền', kind: 'shelf_space', capacity: 40, description: '40 mã sản phẩm, xoay vòng theo quý.' },
        { name: 'Quầy dùng thử cuối tuần', kind: 'booth', capacity: 2 },
      ],
      servesProvinces: ['ha-noi', 'lang-son', 'bac-ninh', 'hai-phong', 'hung-yen', 'phu-tho', 'thai-nguyen', 'tuyen-quang'],
    },
  },
  {
    key: 'hoi-cho-ket-noi-viet',
    person: 'Mai Thị Thu',
    phoneSuffix: 603,
    profile: {
      kind: 'provider',
      name: 'Công ty Hội chợ Kết Nối Việt (demo)',
      headline: 'Gian hàng hội chợ OCOP và nông sản tại Hà Nội, Đà Nẵng, TP Hồ Chí Minh',
      about: 'Tổ chức 6 hội chợ mỗi năm, dành gian hàng giá ưu đãi cho dự án khởi nghiệp được Sở giới thiệu.',
      province: 'ha-noi',
      sectors: ['agri_food_ocop', 'handicrafts', 'retail_ecommerce'],
      languages: ['vi', 'en'],
      offerings: ['distribution', 'marketing'],
      resources: [
        { name: 'Gian hàng tiêu chuẩn 9 m²', kind: 'booth', capacity: 60 },
        { name: 'Khu trưng bày sản phẩm OCOP', kind: 'showroom', capacity: 30 },
      ],
      servesProvinces: [...provinceCodes],
    },
  },
  {
    key: 'cho-phien-so',
    person: 'Đoàn Minh Quân',
    phoneSuffix: 604,
    website: 'https://chophienso.demo.ketnoi.vn',
    profile: {
      kind: 'provider',
      name: 'Chợ Phiên Số',
      headline: 'Sàn thương mại điện tử cho đặc sản và sản phẩm OCOP, hỗ trợ vận chuyển',
      about: 'Mở gian hàng miễn phí cho cơ sở được Sở giới thiệu, hỗ trợ chụp ảnh, đăng sản phẩm và kết nối đơn vị vận chuyển.',
      province: 'tp-ho-chi-minh',
      sectors: ['retail_ecommerce', 'logistics'],
      languages: ['vi', 'en'],
      verified: true,
      offerings: ['distribution', 'marketing'],
      resources: [{ name: 'Gian hàng trực tuyến', kind: 'online_store', description: 'Tối đa 30 sản phẩm, phí 0 đồng năm đầu.' }],
      servesProvinces: [...provinceCodes],
    },
  },
  {
    key: 'phong-thi-nghiem-thai-nguyen',
    person: 'TS. Lò Thị Hằng',
    phoneSuffix: 605,
    profile: {
      kind: 'provider',
      name: 'Phòng thí nghiệm Thực phẩm và Dược liệu (demo)',
      headline: 'Kiểm nghiệm chỉ tiêu an toàn thực phẩm, thử nghiệm công thức và thiết bị sấy dùng chung',
      about:
        'Phòng thí nghiệm của trường đại học, nhận mẫu kiểm nghiệm với giá hỗ trợ cho dự án khởi nghiệp và cho thuê thiết bị sấy thử nghiệm.',
      province: 'thai-nguyen',
      sectors: ['agri_food_ocop', 'forestry_herbal', 'health'],
      languages: ['vi', 'en'],
      verified: true,
      offerings: ['standards', 'technology'],
      resources: [
        { name: 'Phòng kiểm nghiệm vi sinh – hóa lý', kind: 'lab', description: 'Kết quả trong 7 ngày làm việc.' },
        { name: 'Máy sấy lạnh và sấy chân không thử nghiệm', kind: 'equipment', capacity: 2 },
      ],
      servesProvinces: ['thai-nguyen', 'lang-son', 'cao-bang', 'tuyen-quang', 'lao-cai', 'phu-tho', 'bac-ninh', 'ha-noi'],
    },
  },
  {
    key: 'trung-tam-dao-tao-mien-trung',
    person: 'Hồ Văn Tâm',
    phoneSuffix: 606,
    profile: {
      kind: 'provider',
      name: 'Trung tâm Đào tạo Khởi nghiệp Miền Trung (demo)',
      headline: 'Lớp tập huấn, phòng đào tạo và chương trình ươm tạo cho dự án miền Trung',
      about: 'Tổ chức khóa học ngắn về khởi nghiệp, marketing số, tài chính cho hộ kinh doanh; cho mượn phòng đào tạo và hội trường.',
      province: 'da-nang',
      sectors: ['education', 'tourism', 'agri_food_ocop'],
      languages: ['vi', 'en'],
      offerings: ['training', 'mentoring', 'workspace'],
      resources: [
        { name: 'Phòng đào tạo 40 chỗ', kind: 'training_room', capacity: 40 },
        { name: 'Hội trường 150 chỗ', kind: 'hall', capacity: 150 },
        { name: 'Chỗ ngồi ươm tạo', kind: 'desk', capacity: 12 },
      ],
      servesProvinces: ['da-nang', 'hue', 'quang-ngai', 'quang-tri', 'gia-lai'],
    },
  },
];
