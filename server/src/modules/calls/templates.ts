// Rubric templates the call editor starts from (GET /api/calls/templates), after the scoring
// regulations (quy chế chấm điểm) provincial idea competitions publish: the four common criteria —
// tính mới/sáng tạo, khả năng thương mại hoá, năng lực đội ngũ, tác động xã hội — weighted as those
// regulations weigh them. Where a regulation gives points (25 + 30 + 20 + 15 + 10 = 100), weight
// equals the maximum, so the total by the contract's formula is the sum of the points.
import type { CallCriterion, CallTemplate } from '@ketnoi/contract';

const SECTORS = [
  'Nông nghiệp, thực phẩm, OCOP',
  'Du lịch, dịch vụ',
  'Công nghệ thông tin, chuyển đổi số',
  'Thủ công mỹ nghệ',
  'Giáo dục, đào tạo',
  'Khác',
];
const STAGES = ['Mới là ý tưởng', 'Đã có sản phẩm mẫu', 'Đã có doanh thu'];
const REFERRERS = ['UBND xã, phường', 'Trường học', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Hội Nông dân', 'Tự đăng ký'];

const QUESTIONS: CallTemplate['questions'] = [
  { code: 'linh_vuc', label: 'Lĩnh vực', labelEn: 'Sector', type: 'choice', options: SECTORS, required: true },
  { code: 'giai_doan', label: 'Giai đoạn phát triển', labelEn: 'Stage', type: 'choice', options: STAGES, required: true },
  {
    code: 'van_de',
    label: 'Ý tưởng giải quyết vấn đề gì, cho ai?',
    labelEn: 'What problem does the idea solve, and for whom?',
    type: 'text',
    required: true,
  },
  {
    code: 'khach_hang',
    label: 'Khách hàng là ai và mua như thế nào?',
    labelEn: 'Who are the customers and how do they buy?',
    type: 'text',
    required: true,
  },
  { code: 'so_thanh_vien', label: 'Số thành viên nhóm', labelEn: 'Team members', type: 'number', required: true },
  {
    code: 'don_vi_gioi_thieu',
    label: 'Đơn vị giới thiệu',
    labelEn: 'Referred by',
    hint: 'Nếu hồ sơ do xã, trường hoặc hội đoàn thể gửi lên.',
    type: 'choice',
    options: REFERRERS,
    required: false,
  },
];

type CriterionText = Omit<CallCriterion, 'weight' | 'max'>;

// What each criterion asks the judges; a template gives it a weight and a maximum.
const CRITERIA = {
  novelty: {
    code: 'tinh_moi_sang_tao',
    label: 'Tính mới, sáng tạo',
    labelEn: 'Novelty and creativity',
    hint: 'Điểm mới so với sản phẩm, dịch vụ đang có; cách làm sáng tạo, có thể bảo hộ.',
  },
  commercial: {
    code: 'kha_nang_thuong_mai_hoa',
    label: 'Khả năng thương mại hoá',
    labelEn: 'Commercial viability',
    hint: 'Khách hàng rõ ràng, thị trường đủ lớn, mô hình doanh thu và kênh bán hàng khả thi.',
  },
  team: {
    code: 'nang_luc_doi_ngu',
    label: 'Năng lực đội ngũ',
    labelEn: 'Team capability',
    hint: 'Kinh nghiệm, kỹ năng bổ trợ cho nhau và cam kết theo đuổi của các thành viên.',
  },
  impact: {
    code: 'tac_dong_xa_hoi',
    label: 'Tác động xã hội',
    labelEn: 'Social impact',
    hint: 'Việc làm, thu nhập cho người dân địa phương, phát huy sản vật, bảo vệ môi trường.',
  },
  pitch: {
    code: 'trinh_bay',
    label: 'Chất lượng hồ sơ, trình bày',
    labelEn: 'Submission and pitch',
    hint: 'Hồ sơ đầy đủ, rõ ràng; trình bày mạch lạc, trả lời đúng trọng tâm.',
  },
  finances: {
    code: 'mo_hinh_tai_chinh',
    label: 'Mô hình kinh doanh, tài chính',
    labelEn: 'Business model and finances',
    hint: 'Chi phí, giá bán, điểm hoà vốn và nhu cầu vốn có cơ sở.',
  },
  scalability: {
    code: 'kha_nang_mo_rong',
    label: 'Khả năng mở rộng',
    labelEn: 'Scalability',
    hint: 'Có thể nhân rộng sang địa bàn, thị trường khác.',
  },
} satisfies Record<string, CriterionText>;

const RULES_VI =
  'Đối tượng: cá nhân, nhóm (tối đa 5 người) và doanh nghiệp khởi nghiệp dưới 5 năm. Mỗi đơn vị gửi một hồ sơ; ' +
  'có thể sửa hồ sơ đến hết hạn nộp. Ban giám khảo chấm độc lập theo các tiêu chí dưới đây; giám khảo có quan hệ ' +
  'với đội thi không chấm hồ sơ đó. Kết quả được công bố công khai.';
const RULES_EN =
  'Open to individuals, teams (up to 5 people) and startups under 5 years old. One entry each, editable until the ' +
  'deadline. Judges score independently on the criteria below; a judge connected to a team does not score its entry. ' +
  'Results are published.';

type CriterionName = keyof typeof CRITERIA;
/** [criterion, weight, max] in the order the judges see them. */
type Scoring = [CriterionName, number, number][];

/** A regulation that gives each criterion points: its weight is its maximum. */
function points(byCriterion: Partial<Record<CriterionName, number>>): Scoring {
  return Object.entries(byCriterion).map(([criterion, max]) => [criterion as CriterionName, max, max]);
}

/** Every criterion scored 0 to `max`, then multiplied by its weight. */
function weighted(max: number, byCriterion: Partial<Record<CriterionName, number>>): Scoring {
  return Object.entries(byCriterion).map(([criterion, weight]) => [criterion as CriterionName, weight, max]);
}

interface TemplateSpec {
  code: string;
  name: CallTemplate['name'];
  description: CallTemplate['description'];
  scoring: Scoring;
  normalizeJudges: boolean;
}

/** Every template shares the rules and the questions; only the scoring differs. */
function template({ code, name, description, scoring, normalizeJudges }: TemplateSpec): CallTemplate {
  return {
    code,
    name,
    description,
    rules: { vi: RULES_VI, en: RULES_EN },
    questions: QUESTIONS,
    criteria: scoring.map(([criterion, weight, max]) => ({ ...CRITERIA[criterion], weight, max })),
    normalizeJudges,
  };
}

export const CALL_TEMPLATES: readonly CallTemplate[] = [
  template({
    code: 'y_tuong_khoi_nghiep',
    name: { vi: 'Cuộc thi ý tưởng khởi nghiệp (thang 100 điểm)', en: 'Startup idea competition (100 points)' },
    description: {
      vi: 'Năm tiêu chí theo quy chế chấm điểm phổ biến của các tỉnh: tính mới 25, thương mại hoá 30, đội ngũ 20, tác động xã hội 15, hồ sơ và trình bày 10.',
      en: 'Five criteria as provincial scoring rules usually set them: novelty 25, commercial viability 30, team 20, social impact 15, submission and pitch 10.',
    },
    scoring: points({ novelty: 25, commercial: 30, team: 20, impact: 15, pitch: 10 }),
    normalizeJudges: false,
  }),
  template({
    code: 'du_an_doi_moi_sang_tao',
    name: { vi: 'Dự án khởi nghiệp đổi mới sáng tạo (thang 10, có trọng số)', en: 'Innovative startup project (0–10, weighted)' },
    description: {
      vi: 'Sáu tiêu chí, mỗi tiêu chí chấm 0–10 điểm, nhân trọng số; chuẩn hoá giám khảo dễ tính và khó tính khi ban giám khảo đông.',
      en: 'Six criteria scored 0–10 each, weighted; lenient and strict judges are normalised, for larger juries.',
    },
    scoring: weighted(10, { novelty: 20, commercial: 25, finances: 15, team: 20, impact: 10, scalability: 10 }),
    normalizeJudges: true,
  }),
  template({
    code: 'khoi_nghiep_cong_dong',
    name: { vi: 'Khởi nghiệp nông thôn, cộng đồng (thang 10)', en: 'Rural and community startups (0–10)' },
    description: {
      vi: 'Bốn tiêu chí chính, tác động xã hội nặng ngang thương mại hoá: phù hợp cuộc thi của Hội Phụ nữ, Đoàn Thanh niên, Hội Nông dân.',
      en: 'The four main criteria, social impact weighing as much as viability: for women’s, youth and farmers’ union competitions.',
    },
    scoring: weighted(10, { novelty: 2, commercial: 3, team: 2, impact: 3 }),
    normalizeJudges: false,
  }),
];
