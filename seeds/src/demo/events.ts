// Demo events (issue 16): a Lạng Sơn startup day with one-to-one meetings, a Đà Nẵng training
// that already took place (with check-ins and an introduction that followed), and a regional
// OCOP trade fair led by Phú Thọ with Lạng Sơn, Tuyên Quang and Thái Nguyên. Times are days from
// the day the demo loads (negative = past) and Vietnam local hours, so the calendar always shows
// upcoming events. Played through the real services by server/src/seeding/demoEvents.ts.
import type { NeedCategoryCode, ProvinceCode } from '../reference/index.js';

export type EventKindSeed = 'startup_day' | 'competition' | 'workshop' | 'training' | 'forum' | 'trade_fair' | 'meetup';

export interface EventRegistrantSeed {
  key: string;
  offers?: NeedCategoryCode[];
  seeks?: NeedCategoryCode[];
  note?: string;
  /** Registered by the organising staff on the founder's behalf. */
  assisted?: boolean;
  /** Checked in at the door (past events). */
  checkedIn?: boolean;
}

export interface MeetingSeed {
  from: string;
  to: string;
  message: string;
  answer: 'accept' | 'decline' | null;
}

export interface EventSeed {
  key: string;
  /** The staff account that creates it. */
  organiserKey: string;
  kind: EventKindSeed;
  title: string;
  description: string;
  coOrganizers: ProvinceCode[];
  topics: NeedCategoryCode[];
  /** When the organiser creates and publishes it, registration opening at once. */
  createdDay: number;
  startDay: number;
  startHour: number;
  endDay: number;
  endHour: number;
  venue: { name: string; address?: string; providerKey?: string; resource?: string };
  capacity?: number;
  meetings?: { slotMinutes: number; tables: number; day: number; fromHour: number; toHour: number; maxPerParticipant: number };
  registrants: EventRegistrantSeed[];
  meetingRequests: MeetingSeed[];
  /** Marked completed by the organiser after it ended. */
  completed?: boolean;
}

export const demoEvents: EventSeed[] = [
  {
    key: 'ngay-hoi-khoi-nghiep-lang-son',
    organiserKey: 'staff-lang-son',
    kind: 'startup_day',
    title: 'Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn 2026 (demo)',
    description:
      'Gian trưng bày dự án, vòng chung kết cuộc thi ý tưởng khởi nghiệp và buổi chiều gặp gỡ 1-1 giữa dự án với nhà đầu tư, ' +
      'chuyên gia sở hữu trí tuệ, tiêu chuẩn và nhà phân phối. Đăng ký trước để được xếp lịch gặp.',
    coOrganizers: [],
    topics: ['funding', 'trademark', 'distribution'],
    createdDay: -6,
    startDay: 12,
    startHour: 8,
    endDay: 12,
    endHour: 17,
    venue: {
      name: 'Hội trường tầng 2, Không gian khởi nghiệp Sở KH&CN Lạng Sơn',
      address: 'Thành phố Lạng Sơn',
      providerKey: 'khong-gian-khoi-nghiep-lang-son',
      resource: 'Hội trường tầng 2',
    },
    capacity: 120,
    meetings: { slotMinutes: 20, tables: 8, day: 12, fromHour: 13.5, toHour: 16.5, maxPerParticipant: 4 },
    registrants: [
      { key: 'iot-xu-lang', note: 'Mang theo nguyên mẫu thiết bị để trình diễn.' },
      { key: 'mat-ong-chi-lang' },
      { key: 'thach-den-hong-nhung' },
      { key: 'mien-ngo-thuan-anh', assisted: true, note: 'Chủ cơ sở không dùng điện thoại thông minh; cán bộ in lịch gặp.' },
      { key: 'may-tre-binh-gia' },
      { key: 'tumany' },
      { key: 'clb-dau-tu-lang-son' },
      { key: 'quy-khcn-lang-son' },
      { key: 'can-bo-shtt-lang-son' },
      { key: 'chuyen-gia-tieu-chuan-lang-son' },
      { key: 'happy-mart' },
      { key: 'hoi-cho-ket-noi-viet' },
    ],
    meetingRequests: [
      {
        from: 'iot-xu-lang',
        to: 'clb-dau-tu-lang-son',
        message: 'Xin 20 phút giới thiệu nguyên mẫu và kế hoạch sản xuất thử 100 bộ.',
        answer: 'accept',
      },
      { from: 'iot-xu-lang', to: 'quy-khcn-lang-son', message: 'Nhóm muốn hỏi về hồ sơ xin tài trợ của Quỹ.', answer: 'accept' },
      { from: 'mat-ong-chi-lang', to: 'can-bo-shtt-lang-son', message: 'Hỏi tiếp về tiến độ đơn nhãn hiệu đã nộp.', answer: 'accept' },
      { from: 'thach-den-hong-nhung', to: 'happy-mart', message: 'Trao đổi điều kiện lên kệ đặc sản vùng miền.', answer: 'accept' },
      { from: 'mien-ngo-thuan-anh', to: 'hoi-cho-ket-noi-viet', message: 'Đăng ký gian hàng ở hội chợ OCOP vùng.', answer: 'accept' },
      { from: 'may-tre-binh-gia', to: 'happy-mart', message: 'Giới thiệu sản phẩm mây tre đan cho chuỗi siêu thị.', answer: null },
      { from: 'tumany', to: 'clb-dau-tu-lang-son', message: 'Tìm vốn mồi cho nền tảng hướng nghiệp.', answer: 'decline' },
    ],
  },
  {
    key: 'hoi-thao-goi-von-lang-son',
    organiserKey: 'staff-lang-son',
    kind: 'workshop',
    title: 'Hội thảo chuẩn bị hồ sơ gọi vốn và đưa sản phẩm vào siêu thị (demo)',
    description:
      'Buổi sáng hướng dẫn viết hồ sơ gọi vốn và chuẩn bị hàng vào chuỗi siêu thị; buổi chiều gặp 1-1 giữa dự án với nhà đầu tư ' +
      'và nhà phân phối.',
    coOrganizers: [],
    topics: ['funding', 'distribution'],
    createdDay: -50,
    startDay: -21,
    startHour: 8,
    endDay: -21,
    endHour: 16.5,
    venue: { name: 'Phòng họp lớn, Không gian khởi nghiệp Sở KH&CN Lạng Sơn', address: 'Thành phố Lạng Sơn' },
    capacity: 60,
    meetings: { slotMinutes: 20, tables: 4, day: -21, fromHour: 13.5, toHour: 15.5, maxPerParticipant: 3 },
    registrants: [
      { key: 'iot-xu-lang', checkedIn: true },
      { key: 'may-tre-binh-gia', checkedIn: true },
      { key: 'tumany', checkedIn: true },
      { key: 'na-say-chi-lang', checkedIn: false },
      { key: 'clb-dau-tu-lang-son', checkedIn: true },
      { key: 'ket-noi-sieu-thi', checkedIn: true },
    ],
    meetingRequests: [
      { from: 'iot-xu-lang', to: 'clb-dau-tu-lang-son', message: 'Xin góp ý cho bản hồ sơ gọi vốn đầu tiên của nhóm.', answer: 'accept' },
      { from: 'may-tre-binh-gia', to: 'ket-noi-sieu-thi', message: 'Hỏi điều kiện đưa hàng mây tre đan vào siêu thị.', answer: 'accept' },
      { from: 'na-say-chi-lang', to: 'ket-noi-sieu-thi', message: 'Giới thiệu na sấy Chi Lăng cho kệ đặc sản.', answer: null },
    ],
    completed: true,
  },
  {
    key: 'tap-huan-nhan-hieu-da-nang',
    organiserKey: 'staff-da-nang',
    kind: 'training',
    title: 'Tập huấn đăng ký nhãn hiệu và tiêu chuẩn chất lượng cho sản phẩm OCOP miền núi (demo)',
    description:
      'Một ngày tập huấn cho hộ kinh doanh và HTX vùng Đông Giang, Tây Giang: tra cứu và nộp đơn nhãn hiệu, ghi nhãn hàng hóa, ' +
      'tự công bố sản phẩm và hồ sơ an toàn thực phẩm.',
    coOrganizers: [],
    topics: ['trademark', 'standards'],
    createdDay: -40,
    startDay: -9,
    startHour: 8,
    endDay: -9,
    endHour: 16.5,
    venue: {
      name: 'Phòng đào tạo 40 chỗ, Trung tâm Đào tạo Khởi nghiệp Miền Trung',
      address: 'Đà Nẵng',
      providerKey: 'trung-tam-dao-tao-mien-trung',
      resource: 'Phòng đào tạo 40 chỗ',
    },
    capacity: 40,
    registrants: [
      { key: 'ba-kich-dong-giang', checkedIn: true },
      { key: 'mat-ong-tay-giang', checkedIn: true },
      { key: 'tho-cam-co-tu', checkedIn: true },
      { key: 'dang-sam-tay-giang', assisted: true, checkedIn: false },
      { key: 'tra-cung-dinh-hue', checkedIn: true },
      { key: 'luat-su-da-nang', offers: ['legal', 'trademark'], checkedIn: true },
    ],
    meetingRequests: [],
    completed: true,
  },
  {
    key: 'hoi-cho-ocop-trung-du-mien-nui',
    organiserKey: 'staff-phu-tho',
    kind: 'trade_fair',
    title: 'Hội chợ kết nối cung cầu sản phẩm OCOP vùng Trung du và miền núi phía Bắc (demo)',
    description:
      'Ba ngày trưng bày sản phẩm OCOP của Phú Thọ, Lạng Sơn, Tuyên Quang và Thái Nguyên, với buổi gặp 1-1 giữa cơ sở sản xuất ' +
      'và nhà phân phối, siêu thị, sàn thương mại điện tử vào ngày thứ hai.',
    coOrganizers: ['lang-son', 'tuyen-quang', 'thai-nguyen'],
    topics: ['distribution', 'marketing'],
    createdDay: -2,
    startDay: 33,
    startHour: 8,
    endDay: 35,
    endHour: 17,
    venue: { name: 'Khu trưng bày sản phẩm OCOP, Hội chợ Kết nối Việt', address: 'Việt Trì, Phú Thọ', providerKey: 'hoi-cho-ket-noi-viet' },
    capacity: 300,
    meetings: { slotMinutes: 30, tables: 12, day: 34, fromHour: 8.5, toHour: 11.5, maxPerParticipant: 5 },
    registrants: [
      { key: 'tinh-dau-buoi-doan-hung' },
      { key: 'che-shan-hoang-su-phi' },
      { key: 'que-huu-co-van-yen' },
      { key: 'na-say-chi-lang' },
      { key: 'happy-mart' },
      { key: 'cho-phien-so' },
      { key: 'ket-noi-sieu-thi' },
    ],
    meetingRequests: [
      {
        from: 'tinh-dau-buoi-doan-hung',
        to: 'happy-mart',
        message: 'Giới thiệu tinh dầu bưởi Đoàn Hùng cho kệ đặc sản.',
        answer: 'accept',
      },
      { from: 'che-shan-hoang-su-phi', to: 'cho-phien-so', message: 'Mở gian hàng trực tuyến cho chè Shan tuyết.', answer: 'accept' },
      { from: 'que-huu-co-van-yen', to: 'ket-noi-sieu-thi', message: 'Tìm đầu mối đưa quế hữu cơ vào siêu thị.', answer: null },
    ],
  },
];
