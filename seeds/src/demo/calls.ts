// Demo call for entries (issue 19): the idea competition of the Lạng Sơn startup day, on the
// 100-point idea-competition rubric (the first template of server/src/modules/calls/templates.ts,
// criteria in its order: tính mới 25, thương mại hoá 30, đội ngũ 20, tác động xã hội 15, trình
// bày 10). Three expert judges: the standards expert has a declared conflict with the rattan
// cooperative his wife belongs to and recused from the black-jelly maker he advises (not with the
// honey cooperative: a conflict also keeps the pair apart in matching, and the demo's trademark
// officer is that cooperative's best match). Six
// entries (the noodle maker's submitted by staff), some scored; two entries tie. Entries stay open
// a few more days; results are not published. Played by server/src/seeding/demoCalls.ts.
import type { NeedCategoryCode } from '../reference/index.js';

export interface EntrySeed {
  startupKey: string;
  title: string;
  summary: string;
  answers: Record<string, string | number>;
  /** Active needs of the startup, by category, that the entry names. */
  needCategories: NeedCategoryCode[];
  /** Submitted by the organising staff for the founder. */
  assisted?: boolean;
}

export interface JudgementSeed {
  judgeKey: string;
  startupKey: string;
  /** Points per criterion in the rubric's order; absent for a recusal. */
  scores?: number[];
  comment?: string;
  recused?: string;
}

export interface CallSeed {
  eventKey: string;
  templateCode: string;
  /** Entries close on this day (from the day the demo loads) at this Vietnam hour. */
  closesDay: number;
  closesHour: number;
  judgeKeys: string[];
  conflicts: { judgeKey: string; startupKey: string; reason: string }[];
  entries: EntrySeed[];
  judgements: JudgementSeed[];
}

const SECTOR = 'Nông nghiệp, thực phẩm, OCOP';

export const demoCalls: CallSeed[] = [
  {
    eventKey: 'ngay-hoi-khoi-nghiep-lang-son',
    templateCode: 'y_tuong_khoi_nghiep',
    closesDay: 5,
    closesHour: 17,
    judgeKeys: ['co-van-lang-son', 'can-bo-shtt-lang-son', 'chuyen-gia-tieu-chuan-lang-son'],
    conflicts: [
      { judgeKey: 'chuyen-gia-tieu-chuan-lang-son', startupKey: 'may-tre-binh-gia', reason: 'Vợ tôi là xã viên của hợp tác xã.' },
    ],
    entries: [
      {
        startupKey: 'iot-xu-lang',
        title: 'Hộp điều khiển tưới và quạt chuồng qua 4G cho hộ chăn nuôi',
        summary:
          'Thiết bị nhỏ điều khiển máy bơm, quạt và đèn sưởi qua điện thoại, chạy được khi mất Wi-Fi nhờ 4G; cảnh báo mất điện cho trại gà, lợn.',
        answers: {
          linh_vuc: 'Công nghệ thông tin, chuyển đổi số',
          giai_doan: 'Đã có sản phẩm mẫu',
          van_de: 'Hộ chăn nuôi mất cả đàn khi mất điện đêm mà không ai biết; thiết bị ngoại đắt và cần Wi-Fi.',
          khach_hang: 'Trại gà, lợn quy mô hộ ở Lạng Sơn, Cao Bằng; bán qua đại lý vật tư nông nghiệp.',
          so_thanh_vien: 4,
          don_vi_gioi_thieu: 'Đoàn Thanh niên',
        },
        needCategories: ['funding'],
      },
      {
        startupKey: 'mat-ong-chi-lang',
        title: 'Mật ong chanh rừng Chi Lăng có truy xuất nguồn gốc',
        summary: 'Đưa mật ong một vụ của 12 hộ ra thị trường quà biếu với nhãn hiệu riêng, tem truy xuất và bao bì mới.',
        answers: {
          linh_vuc: SECTOR,
          giai_doan: 'Đã có doanh thu',
          van_de: 'Mật ong thật bị lẫn với hàng trộn đường; người mua ở xa không có cách nào tin.',
          khach_hang: 'Cửa hàng đặc sản ở Hà Nội, khách mua quà Tết; bán trực tiếp và qua sàn.',
          so_thanh_vien: 12,
          don_vi_gioi_thieu: 'UBND xã, phường',
        },
        needCategories: ['trademark', 'marketing'],
      },
      {
        startupKey: 'thach-den-hong-nhung',
        title: 'Thạch đen Tràng Định đóng hộp bảo quản 30 ngày',
        summary: 'Thạch đen nấu sẵn đóng hộp thanh trùng, giữ được một tháng để bán ở siêu thị ngoài tỉnh.',
        answers: {
          linh_vuc: SECTOR,
          giai_doan: 'Đã có doanh thu',
          van_de: 'Thạch nấu sẵn chỉ để được 5 ngày nên chỉ bán quanh huyện.',
          khach_hang: 'Siêu thị, quán chè ở Hà Nội và Bắc Ninh.',
          so_thanh_vien: 5,
          don_vi_gioi_thieu: 'Hội Liên hiệp Phụ nữ',
        },
        needCategories: ['standards'],
      },
      {
        startupKey: 'mien-ngo-thuan-anh',
        title: 'Miến ngô không tẩy trắng cho bếp ăn trường học',
        summary: 'Miến và bún ngô khô từ ngô địa phương, làm thủ công không chất tẩy, đóng gói cho bếp ăn tập thể.',
        answers: {
          linh_vuc: SECTOR,
          giai_doan: 'Đã có doanh thu',
          van_de: 'Ngô bán thô rẻ; miến ngô ngoài chợ thường có chất tẩy trắng.',
          khach_hang: 'Bếp ăn trường học, cửa hàng thực phẩm sạch.',
          so_thanh_vien: 3,
          don_vi_gioi_thieu: 'Hội Nông dân',
        },
        needCategories: ['distribution'],
        assisted: true,
      },
      {
        startupKey: 'tumany',
        title: 'Ngày hội trải nghiệm nghề cho học sinh vùng cao',
        summary: 'Trắc nghiệm sở thích nghề và buổi gặp người làm nghề tại trường, để học sinh THPT chọn ngành có cơ sở.',
        answers: {
          linh_vuc: 'Giáo dục, đào tạo',
          giai_doan: 'Đã có sản phẩm mẫu',
          van_de: 'Học sinh vùng cao chọn ngành theo bạn bè, bỏ học giữa chừng nhiều.',
          khach_hang: 'Trường THPT, phụ huynh; tài trợ từ doanh nghiệp tuyển dụng.',
          so_thanh_vien: 3,
          don_vi_gioi_thieu: 'Trường học',
        },
        needCategories: ['mentoring'],
      },
      {
        startupKey: 'may-tre-binh-gia',
        title: 'Mây tre đan Bình Gia cho khách sạn và quà tặng doanh nghiệp',
        summary: 'Khay, giỏ, hộp quà mây tre đan theo mẫu đặt, cho khách sạn và quà tặng doanh nghiệp.',
        answers: {
          linh_vuc: 'Thủ công mỹ nghệ',
          giai_doan: 'Đã có doanh thu',
          van_de: 'Thợ đan lớn tuổi bỏ nghề vì hàng chợ bán không đủ sống.',
          khach_hang: 'Khách sạn, doanh nghiệp đặt quà; bán qua đơn vị thu mua.',
          so_thanh_vien: 9,
        },
        needCategories: ['distribution'],
      },
    ],
    judgements: [
      {
        judgeKey: 'co-van-lang-son',
        startupKey: 'iot-xu-lang',
        scores: [20, 24, 16, 10, 8],
        comment: 'Giải đúng nỗi lo mất điện; cần tính giá thành khi sản xuất 100 bộ.',
      },
      {
        judgeKey: 'can-bo-shtt-lang-son',
        startupKey: 'iot-xu-lang',
        scores: [22, 25, 17, 11, 8],
        comment: 'Nên nộp đơn nhãn hiệu trước khi bán rộng.',
      },
      {
        judgeKey: 'chuyen-gia-tieu-chuan-lang-son',
        startupKey: 'iot-xu-lang',
        scores: [19, 22, 15, 10, 7],
        comment: 'Cần kiểm định an toàn điện.',
      },
      {
        judgeKey: 'co-van-lang-son',
        startupKey: 'thach-den-hong-nhung',
        scores: [15, 25, 14, 13, 7],
        comment: 'Thị trường rõ, cần làm xong công bố chất lượng.',
      },
      {
        judgeKey: 'can-bo-shtt-lang-son',
        startupKey: 'thach-den-hong-nhung',
        scores: [16, 24, 15, 12, 8],
        comment: 'Sản phẩm đặc sản tốt.',
      },
      {
        judgeKey: 'chuyen-gia-tieu-chuan-lang-son',
        startupKey: 'thach-den-hong-nhung',
        recused: 'Tôi đang hướng dẫn cơ sở làm hồ sơ công bố chất lượng thạch đen.',
      },
      {
        judgeKey: 'co-van-lang-son',
        startupKey: 'mat-ong-chi-lang',
        scores: [14, 26, 15, 13, 8],
        comment: 'Khách hàng sẵn, cần nhãn hiệu và bao bì.',
      },
      {
        judgeKey: 'chuyen-gia-tieu-chuan-lang-son',
        startupKey: 'mat-ong-chi-lang',
        scores: [15, 25, 14, 12, 8],
        comment: 'Nên kiểm nghiệm độ ẩm, đường khử.',
      },
      {
        judgeKey: 'co-van-lang-son',
        startupKey: 'mien-ngo-thuan-anh',
        scores: [12, 20, 12, 13, 6],
        comment: 'Đầu ra bếp trường học cần hợp đồng cụ thể.',
      },
      {
        judgeKey: 'co-van-lang-son',
        startupKey: 'tumany',
        scores: [20, 20, 15, 12, 8],
        comment: 'Ý nghĩa xã hội lớn, mô hình thu tiền chưa rõ.',
      },
      {
        judgeKey: 'can-bo-shtt-lang-son',
        startupKey: 'tumany',
        scores: [19, 21, 14, 10, 6],
        comment: 'Cần đối tác là doanh nghiệp tuyển dụng.',
      },
      {
        judgeKey: 'co-van-lang-son',
        startupKey: 'may-tre-binh-gia',
        scores: [16, 22, 14, 12, 6],
        comment: 'Có đơn hàng, cần thêm mẫu mới.',
      },
      {
        judgeKey: 'can-bo-shtt-lang-son',
        startupKey: 'may-tre-binh-gia',
        scores: [18, 24, 15, 12, 6],
        comment: 'Giữ nghề cho người già, rất đáng ủng hộ.',
      },
    ],
  },
];
