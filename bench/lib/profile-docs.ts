// Profile-like documents (~1 KB of JSON each) for the store benchmark: the shape and size of
// what the profiles collection will hold, with a unique e-mail and a province code.
import { NEED_CATEGORY_CODES } from '@ketnoi/search';
import type { Random } from './random.js';
import { mulberry32, pick, randomInt } from './random.js';

export const PROVINCES = [
  'ha-noi',
  'hue',
  'hai-phong',
  'da-nang',
  'tp-ho-chi-minh',
  'can-tho',
  'lai-chau',
  'dien-bien',
  'son-la',
  'lang-son',
  'quang-ninh',
  'thanh-hoa',
  'nghe-an',
  'ha-tinh',
  'cao-bang',
  'tuyen-quang',
  'lao-cai',
  'thai-nguyen',
  'phu-tho',
  'bac-ninh',
  'hung-yen',
  'ninh-binh',
  'quang-tri',
  'quang-ngai',
  'gia-lai',
  'khanh-hoa',
  'lam-dong',
  'dak-lak',
  'dong-nai',
  'tay-ninh',
  'vinh-long',
  'dong-thap',
  'ca-mau',
  'an-giang',
] as const;

export const KINDS = ['startup', 'expert', 'investor', 'provider'] as const;
const SECTORS = ['agriculture', 'food', 'handicraft', 'tourism', 'education', 'health', 'iot', 'software', 'cosmetics', 'logistics'];
const NEEDS = NEED_CATEGORY_CODES;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Nam', 'Nhung', 'Sơn', 'Thảo', 'Yến'];
const PRODUCTS = [
  'mật ong rừng',
  'miến dong',
  'thạch đen',
  'chè shan tuyết',
  'hoa hồi',
  'quế',
  'na Chi Lăng',
  'mì ngô',
  'nấm hương',
  'vải thổ cẩm',
];
const COMMUNES = ['Chi Lăng', 'Tràng Định', 'Đình Lập', 'Na Rì', 'Đông Giang', 'Tây Giang', 'Mộc Châu', 'Bắc Hà', 'Hữu Lũng'];
const SENTENCES = [
  'Chúng tôi sản xuất {p} tại xã {c}, theo công thức gia truyền và không dùng chất bảo quản.',
  'Sản phẩm {p} đã đạt chứng nhận OCOP 3 sao và đang mở rộng thị trường sang các tỉnh lân cận.',
  'Nhóm gồm giáo viên và nông dân địa phương, cần hoàn thiện nhãn mác, mã vạch và truy xuất nguồn gốc.',
  'Đang tìm kênh phân phối vào chuỗi siêu thị ở Hà Nội và tham gia hội chợ xúc tiến thương mại.',
  'Doanh thu năm ngoái tăng 30% nhờ bán {p} trên sàn thương mại điện tử.',
];

export interface ProfileDoc {
  _id: string;
  email: string;
  kind: (typeof KINDS)[number];
  province: string;
  commune: string;
  name: string;
  headline: string;
  about: string;
  sectors: string[];
  languages: string[];
  verified: boolean;
  score: number;
  needs: { category: string; title: string; status: 'open' | 'met'; createdAt: string }[];
  contact: { phone: string; zalo: string | null };
  stats: { views: number; intros: number };
  createdAt: string;
  updatedAt: string;
  [key: string]: unknown;
}

export function profileId(i: number): string {
  return `pf${i.toString(36).padStart(8, '0')}`;
}

function profile(random: Random, i: number): ProfileDoc {
  const product = pick(random, PRODUCTS);
  const commune = pick(random, COMMUNES);
  const fill = (s: string) => s.replace('{p}', product).replace('{c}', commune);
  const created = new Date(Date.UTC(2024, 0, 1) + randomInt(random, 600) * 86_400_000).toISOString();
  return {
    _id: profileId(i),
    email: `nguoi-dung-${i}@example.vn`,
    kind: pick(random, KINDS),
    province: pick(random, PROVINCES),
    commune,
    name: `${pick(random, FAMILY)} ${pick(random, GIVEN)} — ${product}`,
    headline: `${product} từ ${commune}`,
    about: Array.from({ length: 4 }, () => fill(pick(random, SENTENCES))).join(' '),
    sectors: [pick(random, SECTORS), pick(random, SECTORS)],
    languages: random() < 0.3 ? ['vi', 'en'] : ['vi'],
    verified: random() < 0.4,
    score: Math.round(random() * 1000) / 10,
    needs: Array.from({ length: 1 + randomInt(random, 2) }, () => ({
      category: pick(random, NEEDS),
      title: `Cần hỗ trợ cho ${product}`,
      status: random() < 0.8 ? ('open' as const) : ('met' as const),
      createdAt: created,
    })),
    contact: { phone: `09${String(10_000_000 + i).slice(-8)}`, zalo: random() < 0.5 ? `09${String(20_000_000 + i).slice(-8)}` : null },
    stats: { views: randomInt(random, 500), intros: randomInt(random, 20) },
    createdAt: created,
    updatedAt: created,
  };
}

/** Documents `from` … `from + count - 1`, the same on every run. */
export function generateProfileDocs(from: number, count: number, seed = 2025): ProfileDoc[] {
  const random = mulberry32(seed + from);
  return Array.from({ length: count }, (_, k) => profile(random, from + k));
}

export function averageJsonBytes(docs: readonly object[]): number {
  if (docs.length === 0) return 0;
  let total = 0;
  for (const doc of docs) total += Buffer.byteLength(JSON.stringify(doc));
  return total / docs.length;
}
